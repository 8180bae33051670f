import { and, asc, eq, lt, ne, sql, type SQL } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import type { itemStates } from '../../core/rectification-vocabulary.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated, unprocessable, type FieldError } from '../../core/errors.js';
import { updateVersioned } from '../../core/versioned-update.js';
import { applyTransition } from '../../core/workflow/apply-transition.js';
import { findings, rectificationItems, rectificationPlans } from '../../db/schema/index.js';
import { rectificationPolicy } from '../../policies/rectification-policy.js';
import { findVisibleItem, findVisiblePlan, type PlanRow } from './find-visible-plan.js';
import { presentItems } from './get-plan.js';
import { closureStep } from './closure-step.js';
import { itemMachine } from './rectification-machines.js';

export interface ItemInput {
  findingId?: string | null;
  problem?: string | null;
  responsibleLeader?: string;
  responsiblePersons?: string | null;
  measures?: string;
  dueOn?: string | null;
  immediateFix?: boolean;
}

/** Items are drafted while the plan is drafted, by the unit (or the office for it). */
function authorizeDraft(ctx: Ctx, plan: PlanRow) {
  if (!rectificationPolicy.canActForUnit(ctx.actor!, plan))
    throw forbidden('只有被巡察单位的联络员（或巡察办）可以起草整改事项');
  if (plan.state !== 'drafting')
    throw unprocessable('整改方案已报审，不能再修改整改事项', [
      { path: 'planId', message: '整改方案已报审' },
    ]);
}

async function checkItem(ctx: Ctx, plan: PlanRow, input: ItemInput, creating: boolean) {
  const errors: FieldError[] = [];
  let problem = input.problem?.trim() || null;
  if (input.findingId) {
    const [finding] = await dbOf(ctx)
      .select()
      .from(findings)
      .where(
        and(
          eq(findings.id, input.findingId),
          eq(findings.roundId, plan.roundId),
          eq(findings.unitId, plan.unitId),
        ),
      );
    if (!finding) errors.push({ path: 'findingId', message: '巡察发现问题不存在' });
    problem ??= finding?.problem ?? null;
  }
  if (creating && !problem)
    errors.push({ path: 'problem', message: '请填写问题（或选择巡察发现问题）' });
  if (input.dueOn && input.dueOn < plan.feedbackOn)
    errors.push({ path: 'dueOn', message: '整改时限不能早于反馈日期' });
  if (errors.length) throw unprocessable(errors[0]!.message, errors);
  return problem;
}

/** `POST /api/rectification-items`: one item of the four lists, by default due with the plan. */
export async function createItem(ctx: Ctx, input: ItemInput & { planId: string }) {
  const { actor, plan } = await findVisiblePlan(ctx, input.planId);
  authorizeDraft(ctx, plan);
  const problem = await checkItem(ctx, plan, input, true);
  const id = await withTransaction(ctx, async (ctx) => {
    const [item] = await dbOf(ctx)
      .insert(rectificationItems)
      .values({
        planId: plan.id,
        jurisdictionId: plan.jurisdictionId,
        findingId: input.findingId ?? null,
        problem: problem!,
        responsibleLeader: input.responsibleLeader!,
        responsiblePersons: input.responsiblePersons?.trim() || null,
        measures: input.measures!,
        dueOn: input.dueOn ?? plan.dueOn,
        immediateFix: input.immediateFix ?? false,
        createdBy: actor.userId,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning({ id: rectificationItems.id });
    await emitAudit(ctx, {
      action: 'rectification.item_created',
      entityType: 'rectification_item',
      entityId: item!.id,
      jurisdictionId: plan.jurisdictionId,
      detail: { planId: plan.id, findingId: input.findingId ?? null },
    });
    return item!.id;
  });
  return getItem(ctx, id);
}

/** `PATCH /api/rectification-items/:id`: corrections while the plan is drafted. */
export async function updateItem(ctx: Ctx, id: string, input: ItemInput & { version: number }) {
  const { plan, item } = await findVisibleItem(ctx, id);
  authorizeDraft(ctx, plan);
  const problem = await checkItem(ctx, plan, input, false);
  await withTransaction(ctx, async (ctx) => {
    await updateVersioned(ctx, rectificationItems, item.id, input.version, {
      ...(input.findingId !== undefined ? { findingId: input.findingId } : {}),
      ...(problem ? { problem } : {}),
      ...(input.responsibleLeader !== undefined
        ? { responsibleLeader: input.responsibleLeader }
        : {}),
      ...(input.responsiblePersons !== undefined
        ? { responsiblePersons: input.responsiblePersons?.trim() || null }
        : {}),
      ...(input.measures !== undefined ? { measures: input.measures } : {}),
      ...(input.dueOn ? { dueOn: input.dueOn } : {}),
      ...(input.immediateFix !== undefined ? { immediateFix: input.immediateFix } : {}),
    });
    await emitAudit(ctx, {
      action: 'rectification.item_updated',
      entityType: 'rectification_item',
      entityId: item.id,
      jurisdictionId: plan.jurisdictionId,
      detail: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
  });
  return getItem(ctx, id);
}

/** `GET /api/rectification-items/:id`. */
export async function getItem(ctx: Ctx, id: string) {
  const { actor, plan, item } = await findVisibleItem(ctx, id);
  const [presented] = await presentItems(ctx, actor, plan, [item]);
  return { ...presented!, unitId: plan.unitId, planState: plan.state };
}

/** `GET /api/rectification-items`: items across the caller's visible plans (item board). */
export async function listItems(
  ctx: Ctx,
  input: {
    page: number;
    pageSize: number;
    planId?: string;
    state?: (typeof itemStates)[number];
    overdue?: boolean;
  },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const today = cstDate(now(ctx));
  const where: SQL = and(
    rectificationPolicy.visibleWhere(actor),
    input.planId ? eq(rectificationItems.planId, input.planId) : undefined,
    input.state ? eq(rectificationItems.state, input.state) : undefined,
    input.overdue
      ? and(ne(rectificationItems.state, 'closed'), lt(rectificationItems.dueOn, today))
      : undefined,
  )!;
  const rows = await dbOf(ctx)
    .select({ item: rectificationItems, plan: rectificationPlans })
    .from(rectificationItems)
    .innerJoin(rectificationPlans, eq(rectificationPlans.id, rectificationItems.planId))
    .where(where)
    .orderBy(asc(rectificationItems.dueOn), asc(rectificationItems.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [{ total } = { total: 0 }] = await dbOf(ctx)
    .select({ total: sql<number>`count(*)::int` })
    .from(rectificationItems)
    .innerJoin(rectificationPlans, eq(rectificationPlans.id, rectificationItems.planId))
    .where(where);
  // Each plan's items are presented together: the flags compare an item with its plan's others,
  // which presentItems loads once per call.
  const plans = new Map(rows.map(({ plan }) => [plan.id, plan]));
  const presented = new Map<string, Awaited<ReturnType<typeof presentItems>>[number]>();
  for (const plan of plans.values()) {
    const own = rows.filter((r) => r.plan.id === plan.id).map((r) => r.item);
    for (const view of await presentItems(ctx, actor, plan, own)) presented.set(view.id, view);
  }
  const items = rows.map(({ item, plan }) => ({
    ...presented.get(item.id)!,
    unitId: plan.unitId,
    planState: plan.state,
  }));
  return { items, total: Number(total), page: input.page, pageSize: input.pageSize };
}

/**
 * `POST /api/rectification-items/:id/transitions`: progress (with evidence), a closure request
 * (refused without evidence), the office's closure (销号) or rejection with the reason.
 */
export async function transitionItem(
  ctx: Ctx,
  id: string,
  input: { action: string; version: number; opinion?: string | null; fileIds?: string[] | null },
) {
  const { actor, plan, item } = await findVisibleItem(ctx, id);
  const record = { ...item, unitId: plan.unitId, planState: plan.state };
  itemMachine.check(actor, record, input.action, { ...input });
  const patch = await closureStep(ctx, input.action, item.fileIds, input.fileIds);
  await withTransaction(ctx, (ctx) =>
    applyTransition(ctx, {
      machine: itemMachine,
      table: rectificationItems,
      record,
      action: input.action,
      version: input.version,
      input: { ...input },
      patch,
    }),
  );
  return getItem(ctx, id);
}
