import { and, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated } from '../../core/errors.js';
import { commonProblems } from '../../db/schema/index.js';
import { commonProblemPolicy } from '../../policies/common-problem-policy.js';

export type CommonProblemRow = typeof commonProblems.$inferSelect;

/** A common problem the caller may see, or 404. */
export async function findVisibleCommonProblem(ctx: Ctx, id: string) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select()
    .from(commonProblems)
    .where(and(eq(commonProblems.id, id), commonProblemPolicy.visibleWhere(actor)));
  if (!row) throw notFound('共性问题');
  return { actor, row };
}
