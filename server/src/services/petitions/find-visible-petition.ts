import { and, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated } from '../../core/errors.js';
import { petitions } from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';

/** A petition the caller may see, or 404: others may not even learn that it exists. */
export async function findVisiblePetition(ctx: Ctx, id: string) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select()
    .from(petitions)
    .where(and(eq(petitions.id, id), petitionPolicy.visibleWhere(actor)));
  if (!row) throw notFound('信访件');
  return { actor, petition: row };
}
