import { and, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated } from '../../core/errors.js';
import { rounds } from '../../db/schema/index.js';
import { roundPolicy } from '../../policies/round-policy.js';

/** A round the caller may see, or 404: others may not even learn that it exists. */
export async function findVisibleRound(ctx: Ctx, id: string) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select()
    .from(rounds)
    .where(and(eq(rounds.id, id), roundPolicy.visibleWhere(actor)));
  if (!row) throw notFound('巡察轮次');
  return { actor, round: row };
}
