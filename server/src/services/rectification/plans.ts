import { and, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { cstDate } from '../../core/calendar.js';
import type { planStates } from '../../core/rectification-vocabulary.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { unauthenticated, unprocessable } from '../../core/errors.js';
import { applyTransition } from '../../core/workflow/apply-transition.js';
import {
  findings,
  rectificationItems,
  rectificationPlans,
  rounds,
  units,
} from '../../db/schema/index.js';
import { rectificationPolicy } from '../../policies/rectification-policy.js';
import { findVisiblePlan } from './find-visible-plan.js';
import { getPlan } from './get-plan.js';
import { scheduleFollowUp } from './follow-up.js';
import { planMachine } from './rectification-machines.js';
import { reportOf } from './report.js';

/** `GET /api/rectification-plans`: the caller's visible plans with their item counts. */
export async function listPlans(
  ctx: Ctx,
  input: {
    page: number;
    pageSize: number;
    roundId?: string;
    unitId?: string;
    state?: (typeof planStates)[number];
  },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const today = cstDate(now(ctx));
  const where: SQL = and(
    rectificationPolicy.visibleWhere(actor),
    input.roundId ? eq(rectificationPlans.roundId, input.roundId) : undefined,
    input.unitId ? eq(rectificationPlans.unitId, input.unitId) : undefined,
    input.state ? eq(rectificationPlans.state, input.state) : undefined,
  )!;
  const i = rectificationItems;
  const rows = await dbOf(ctx)
    .select({
      plan: rectificationPlans,
      roundName: rounds.name,
      unitName: units.name,
      open: sql<number>`(select count(*)::int from ${i} where ${i.planId} = ${rectificationPlans.id} and ${i.state} = 'open')`,
      closureRequested: sql<number>`(select count(*)::int from ${i} where ${i.planId} = ${rectificationPlans.id} and ${i.state} = 'closureRequested')`,
      closed: sql<number>`(select count(*)::int from ${i} where ${i.planId} = ${rectificationPlans.id} and ${i.state} = 'closed')`,
      overdue: sql<number>`(select count(*)::int from ${i} where ${i.planId} = ${rectificationPlans.id} and ${i.state} <> 'closed' and ${i.dueOn} < ${today})`,
    })
    .from(rectificationPlans)
    .innerJoin(rounds, eq(rounds.id, rectificationPlans.roundId))
    .innerJoin(units, eq(units.id, rectificationPlans.unitId))
    .where(where)
    .orderBy(desc(rectificationPlans.feedbackOn), units.name)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [{ total } = { total: 0 }] = await dbOf(ctx)
    .select({ total: sql<number>`count(*)::int` })
    .from(rectificationPlans)
    .where(where);
  return {
    items: rows.map((r) => ({
      id: r.plan.id,
      jurisdictionId: r.plan.jurisdictionId,
      roundId: r.plan.roundId,
      roundName: r.roundName,
      unitId: r.plan.unitId,
      unitName: r.unitName,
      state: r.plan.state,
      feedbackOn: r.plan.feedbackOn,
      dueOn: r.plan.dueOn,
      counts: {
        open: Number(r.open),
        closureRequested: Number(r.closureRequested),
        closed: Number(r.closed),
        overdue: Number(r.overdue),
      },
      version: r.plan.version,
    })),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}

/**
 * `POST /api/rectification-plans/:id/transitions`: the unit submits (every finding covered by an
 * item), the office approves or returns it with an opinion.
 */
export async function transitionPlan(
  ctx: Ctx,
  id: string,
  input: { action: string; version: number; opinion?: string | null },
) {
  const { actor, plan } = await findVisiblePlan(ctx, id);
  planMachine.check(actor, plan, input.action, { ...input });
  if (input.action === 'submit') {
    const items = await dbOf(ctx)
      .select({ findingId: rectificationItems.findingId })
      .from(rectificationItems)
      .where(eq(rectificationItems.planId, plan.id));
    if (items.length === 0)
      throw unprocessable('整改方案还没有整改事项', [
        { path: 'items', message: '请先起草整改事项' },
      ]);
    const found = await dbOf(ctx)
      .select({ id: findings.id, problem: findings.problem })
      .from(findings)
      .where(and(eq(findings.roundId, plan.roundId), eq(findings.unitId, plan.unitId)));
    const uncovered = found.filter((f) => !items.some((i) => i.findingId === f.id));
    if (uncovered.length)
      throw unprocessable(
        `还有 ${uncovered.length} 个巡察发现问题没有对应的整改事项`,
        uncovered.map((f) => ({ path: 'findings', message: f.problem })),
      );
  }
  if (input.action === 'submit_report' && !(await reportOf(ctx, plan.id))?.valid)
    throw unprocessable('整改报告须由单位党组织书记签署真实性承诺书后报送', [
      { path: 'report', message: '承诺书未签署或报告签署后已修改' },
    ]);
  if (input.action === 'accept') {
    const open = await dbOf(ctx)
      .select({ problem: rectificationItems.problem })
      .from(rectificationItems)
      .where(and(eq(rectificationItems.planId, plan.id), ne(rectificationItems.state, 'closed')));
    if (open.length)
      throw unprocessable(
        `还有 ${open.length} 个整改事项未销号`,
        open.map((i) => ({ path: 'items', message: i.problem })),
      );
  }
  await withTransaction(ctx, async (ctx) => {
    await applyTransition(ctx, {
      machine: planMachine,
      table: rectificationPlans,
      record: plan,
      action: input.action,
      version: input.version,
      input: { ...input },
      patch: input.action === 'approve' ? { approvedBy: actor.userId, approvedAt: now(ctx) } : {},
    });
    if (input.action === 'accept') await scheduleFollowUp(ctx, plan);
  });
  return getPlan(ctx, id);
}
