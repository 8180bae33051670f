import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { addMonths, cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { notFound, staleVersion, unauthenticated, unprocessable } from '../../core/errors.js';
import {
  followUpVisits,
  rectificationItems,
  rectificationPlans,
  workflowEvents,
} from '../../db/schema/index.js';
import { rectificationPolicy } from '../../policies/rectification-policy.js';
import { getSetting } from '../settings/get-setting.js';
import { findVisiblePlan, type PlanRow } from './find-visible-plan.js';
import { authorizeSupervision } from './supervision-checks.js';

/** How many closed items a revisit verifies: all of up to 3, else 30 % (at least 3). */
export function sampleSize(closed: number): number {
  return closed <= 3 ? closed : Math.max(3, Math.ceil(closed * 0.3));
}

/**
 * On acceptance (验收), schedules the 回头看 `rectification.followUpMonths` later over a sample of
 * the closed items (chosen by a hash of the ids: reproducible, not chosen by the unit).
 */
export async function scheduleFollowUp(ctx: Ctx, plan: PlanRow): Promise<void> {
  const closed = await dbOf(ctx)
    .select({ id: rectificationItems.id })
    .from(rectificationItems)
    .where(and(eq(rectificationItems.planId, plan.id), eq(rectificationItems.state, 'closed')));
  const rank = (id: string) => createHash('sha256').update(`${plan.id}:${id}`).digest('hex');
  const sample = closed
    .map((i) => i.id)
    .sort((a, b) => rank(a).localeCompare(rank(b)))
    .slice(0, sampleSize(closed.length));
  const months = await getSetting(ctx, plan.jurisdictionId, 'rectification.followUpMonths');
  const [visit] = await dbOf(ctx)
    .insert(followUpVisits)
    .values({
      planId: plan.id,
      jurisdictionId: plan.jurisdictionId,
      dueOn: addMonths(cstDate(now(ctx)), months),
      sampleItemIds: sample,
      createdAt: now(ctx),
      updatedAt: now(ctx),
    })
    .returning({ id: followUpVisits.id });
  await emitAudit(ctx, {
    action: 'rectification.follow_up_scheduled',
    entityType: 'rectification_plan',
    entityId: plan.id,
    jurisdictionId: plan.jurisdictionId,
    detail: { visitId: visit!.id, sample: sample.length },
  });
}

const present = (v: typeof followUpVisits.$inferSelect) => ({
  id: v.id,
  planId: v.planId,
  dueOn: v.dueOn,
  sampleItemIds: v.sampleItemIds,
  visitedOn: v.visitedOn,
  results: v.results,
  version: v.version,
});

/** `GET /api/follow-up-visits?planId=`. */
export async function listFollowUps(ctx: Ctx, input: { planId: string }) {
  const { plan } = await findVisiblePlan(ctx, input.planId);
  const rows = await dbOf(ctx)
    .select()
    .from(followUpVisits)
    .where(eq(followUpVisits.planId, plan.id))
    .orderBy(asc(followUpVisits.dueOn));
  return { items: rows.map(present) };
}

/**
 * `POST /api/follow-up-visits/:id/results` (回头看): the office or the unit's team records each
 * sampled item's verification; a failed one is reopened (and counts against the unit in the
 * target ranking), which puts the plan back under rectification.
 */
export async function recordFollowUp(
  ctx: Ctx,
  id: string,
  input: {
    version: number;
    visitedOn: string;
    results: { itemId: string; passed: boolean; note?: string | null }[];
  },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select({ visit: followUpVisits })
    .from(followUpVisits)
    .innerJoin(rectificationPlans, eq(rectificationPlans.id, followUpVisits.planId))
    .where(and(eq(followUpVisits.id, id), rectificationPolicy.visibleWhere(actor)));
  if (!row) throw notFound('回头看');
  const { plan } = await findVisiblePlan(ctx, row.visit.planId);
  await authorizeSupervision(ctx, plan);
  if (row.visit.visitedOn)
    throw unprocessable('该次回头看已记录', [{ path: 'visitedOn', message: '已记录' }]);
  if (input.visitedOn > cstDate(now(ctx)))
    throw unprocessable('回头看日期不能晚于今天', [{ path: 'visitedOn', message: '不能晚于今天' }]);
  const unknown = input.results.findIndex((r) => !row.visit.sampleItemIds.includes(r.itemId));
  if (unknown >= 0)
    throw unprocessable('只能记录抽查的整改事项', [
      { path: `results.${unknown}.itemId`, message: '不是抽查的事项' },
    ]);
  const failed = input.results.filter((r) => !r.passed);
  await withTransaction(ctx, async (ctx) => {
    const updated = await dbOf(ctx)
      .update(followUpVisits)
      .set({
        visitedOn: input.visitedOn,
        results: input.results.map((r) => ({ ...r, note: r.note?.trim() || null })),
        version: row.visit.version + 1,
        updatedAt: now(ctx),
      })
      .where(and(eq(followUpVisits.id, id), eq(followUpVisits.version, input.version)))
      .returning({ id: followUpVisits.id });
    if (updated.length === 0) throw staleVersion();
    if (failed.length) {
      const items = await dbOf(ctx)
        .select()
        .from(rectificationItems)
        .where(
          inArray(
            rectificationItems.id,
            failed.map((f) => f.itemId),
          ),
        );
      for (const item of items) {
        await dbOf(ctx)
          .update(rectificationItems)
          .set({
            state: 'open',
            reopenedAt: now(ctx),
            closedAt: null,
            closureRequestedAt: null,
            version: item.version + 1,
            updatedAt: now(ctx),
          })
          .where(eq(rectificationItems.id, item.id));
        const note = failed.find((f) => f.itemId === item.id)?.note?.trim();
        await dbOf(ctx)
          .insert(workflowEvents)
          .values({
            machine: 'rectification_item',
            entityId: item.id,
            action: 'reopen',
            fromState: item.state,
            toState: 'open',
            actorId: actor.userId,
            opinion: `回头看发现未整改到位${note ? `：${note}` : ''}`,
            data: { visitId: id },
            at: now(ctx),
            version: item.version + 1,
          });
      }
      if (plan.state === 'closed')
        await dbOf(ctx)
          .update(rectificationPlans)
          .set({ state: 'approved', version: plan.version + 1, updatedAt: now(ctx) })
          .where(eq(rectificationPlans.id, plan.id));
    }
    await emitAudit(ctx, {
      action: 'rectification.follow_up_recorded',
      entityType: 'rectification_plan',
      entityId: plan.id,
      jurisdictionId: plan.jurisdictionId,
      detail: { visitId: id, checked: input.results.length, failed: failed.length },
    });
  });
  return (await listFollowUps(ctx, { planId: plan.id })).items.find((v) => v.id === id)!;
}
