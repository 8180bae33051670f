import { and, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated } from '../../core/errors.js';
import { clues } from '../../db/schema/index.js';
import { cluePolicy } from '../../policies/clue-policy.js';

export type ClueRow = typeof clues.$inferSelect;

/** A clue the caller may see, or 404: others may not even learn that it exists. */
export async function findVisibleClue(ctx: Ctx, id: string) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select()
    .from(clues)
    .where(and(eq(clues.id, id), cluePolicy.visibleWhere(actor)));
  if (!row) throw notFound('问题线索');
  return { actor, clue: row };
}
