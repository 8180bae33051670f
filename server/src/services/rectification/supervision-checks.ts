import { and, asc, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import type { checkKinds, checkResults } from '../../core/rectification-vocabulary.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, notFound, unauthenticated, unprocessable } from '../../core/errors.js';
import { updateVersioned } from '../../core/versioned-update.js';
import {
  rectificationItems,
  rectificationPlans,
  roundTargets,
  supervisionChecks,
} from '../../db/schema/index.js';
import { isOnAssignedTeam } from '../../policies/checks.js';
import { rectificationPolicy } from '../../policies/rectification-policy.js';
import { findVisiblePlan, type PlanRow } from './find-visible-plan.js';

type Kind = (typeof checkKinds)[number];
type Result = (typeof checkResults)[number];

export interface CheckInput {
  planId: string;
  itemId?: string | null;
  kind: Kind;
  plannedOn: string;
  doneOn?: string | null;
  result?: Result | null;
  note?: string | null;
}

/** Who supervises a plan: the office, or the team that inspected the unit in that round. */
export async function maySupervise(ctx: Ctx, plan: PlanRow): Promise<boolean> {
  const actor = ctx.actor!;
  if (rectificationPolicy.canReview(actor, plan.jurisdictionId)) return true;
  const [target] = await dbOf(ctx)
    .select({ teamId: roundTargets.teamId })
    .from(roundTargets)
    .where(and(eq(roundTargets.roundId, plan.roundId), eq(roundTargets.unitId, plan.unitId)));
  return isOnAssignedTeam(actor, target?.teamId ?? null);
}

export async function authorizeSupervision(ctx: Ctx, plan: PlanRow) {
  if (!(await maySupervise(ctx, plan))) throw forbidden('只有巡察办或该单位的巡察组可以记录督查');
}

function checkDates(ctx: Ctx, input: { doneOn?: string | null; result?: Result | null }) {
  if (input.doneOn && input.doneOn > cstDate(now(ctx)))
    throw unprocessable('督查日期不能晚于今天', [{ path: 'doneOn', message: '不能晚于今天' }]);
  if (input.result && !input.doneOn)
    throw unprocessable('记录督查结果须填写督查日期', [
      { path: 'doneOn', message: '请填写督查日期' },
    ]);
}

const present = (c: typeof supervisionChecks.$inferSelect) => ({
  id: c.id,
  planId: c.planId,
  itemId: c.itemId,
  kind: c.kind,
  plannedOn: c.plannedOn,
  doneOn: c.doneOn,
  result: c.result,
  note: c.note,
  version: c.version,
});

/** `POST /api/supervision-checks` (督查清单): a planned or done check of the plan or one item. */
export async function createCheck(ctx: Ctx, input: CheckInput) {
  const { plan } = await findVisiblePlan(ctx, input.planId);
  await authorizeSupervision(ctx, plan);
  if (plan.state === 'drafting' || plan.state === 'submitted')
    throw unprocessable('整改方案批准后才能督查', [{ path: 'planId', message: '方案尚未批准' }]);
  if (input.itemId) {
    const [item] = await dbOf(ctx)
      .select({ id: rectificationItems.id })
      .from(rectificationItems)
      .where(and(eq(rectificationItems.id, input.itemId), eq(rectificationItems.planId, plan.id)));
    if (!item)
      throw unprocessable('整改事项不存在', [{ path: 'itemId', message: '整改事项不存在' }]);
  }
  checkDates(ctx, input);
  return withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(supervisionChecks)
      .values({
        planId: plan.id,
        itemId: input.itemId ?? null,
        jurisdictionId: plan.jurisdictionId,
        kind: input.kind,
        plannedOn: input.plannedOn,
        doneOn: input.doneOn ?? null,
        result: input.result ?? null,
        note: input.note?.trim() || null,
        createdBy: ctx.actor!.userId,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning();
    await emitAudit(ctx, {
      action: 'rectification.check_recorded',
      entityType: 'supervision_check',
      entityId: row!.id,
      jurisdictionId: plan.jurisdictionId,
      detail: { planId: plan.id, itemId: input.itemId ?? null, result: input.result ?? null },
    });
    return present(row!);
  });
}

/** `PATCH /api/supervision-checks/:id`: the check done, with its result. */
export async function recordCheck(
  ctx: Ctx,
  id: string,
  input: { version: number; doneOn?: string | null; result?: Result | null; note?: string | null },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select({ check: supervisionChecks })
    .from(supervisionChecks)
    .innerJoin(rectificationPlans, eq(rectificationPlans.id, supervisionChecks.planId))
    .where(and(eq(supervisionChecks.id, id), rectificationPolicy.visibleWhere(actor)));
  if (!row) throw notFound('督查记录');
  const { plan } = await findVisiblePlan(ctx, row.check.planId);
  await authorizeSupervision(ctx, plan);
  checkDates(ctx, { doneOn: input.doneOn ?? row.check.doneOn, result: input.result });
  return withTransaction(ctx, async (ctx) => {
    const updated = await updateVersioned(ctx, supervisionChecks, id, input.version, {
      ...(input.doneOn !== undefined ? { doneOn: input.doneOn } : {}),
      ...(input.result !== undefined ? { result: input.result } : {}),
      ...(input.note !== undefined ? { note: input.note?.trim() || null } : {}),
    });
    await emitAudit(ctx, {
      action: 'rectification.check_recorded',
      entityType: 'supervision_check',
      entityId: id,
      jurisdictionId: plan.jurisdictionId,
      detail: { result: input.result ?? null },
    });
    return present(updated);
  });
}

/** `GET /api/supervision-checks?planId=`: the plan's 督查清单. */
export async function listChecks(ctx: Ctx, input: { planId: string }) {
  const { plan } = await findVisiblePlan(ctx, input.planId);
  const rows = await dbOf(ctx)
    .select()
    .from(supervisionChecks)
    .where(eq(supervisionChecks.planId, plan.id))
    .orderBy(asc(supervisionChecks.plannedOn));
  return { items: rows.map(present) };
}
