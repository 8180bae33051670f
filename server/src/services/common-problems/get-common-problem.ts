import { and, asc, eq, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import type { ItemState } from '../../core/rectification-vocabulary.js';
import { commonProblems } from '../../db/schema/index.js';
import { commonProblemPolicy } from '../../policies/common-problem-policy.js';
import { findVisibleCommonProblem } from './find-visible.js';
import { presentCommonProblem, presentSummaries } from './present.js';

/** `GET /api/common-problems/:id`. */
export async function getCommonProblem(ctx: Ctx, id: string) {
  const { actor, row } = await findVisibleCommonProblem(ctx, id);
  return presentCommonProblem(ctx, actor, row);
}

/** `GET /api/common-problems`: the caller's visible tasks, soonest deadline first. */
export async function listCommonProblems(
  ctx: Ctx,
  input: { page: number; pageSize: number; state?: ItemState; overdue?: boolean; unitId?: string },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const where: SQL = and(
    commonProblemPolicy.visibleWhere(actor),
    input.state ? eq(commonProblems.state, input.state) : undefined,
    input.overdue
      ? and(ne(commonProblems.state, 'closed'), lt(commonProblems.dueOn, cstDate(now(ctx))))
      : undefined,
    input.unitId
      ? or(
          eq(commonProblems.leadUnitId, input.unitId),
          sql`${input.unitId}::uuid = any(${commonProblems.cooperatingUnitIds})`,
        )
      : undefined,
  )!;
  const rows = await dbOf(ctx)
    .select()
    .from(commonProblems)
    .where(where)
    .orderBy(asc(commonProblems.dueOn), asc(commonProblems.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [{ total } = { total: 0 }] = await dbOf(ctx)
    .select({ total: sql<number>`count(*)::int` })
    .from(commonProblems)
    .where(where);
  return {
    items: await presentSummaries(ctx, rows),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}
