import { scheduleScan } from '../../core/jobs/scheduled-scan.js';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate, daysBetween } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type AppDeps, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import type { escalationKinds } from '../../core/rectification-vocabulary.js';
import {
  rectificationEscalations,
  rectificationItems,
  rectificationPlans,
  roleAssignments,
  units,
} from '../../db/schema/index.js';
import { coveredJurisdictions } from '../../policies/checks.js';
import { rectificationReviewers } from '../../policies/rectification-policy.js';
import { insertClue } from '../clues/insert-clue.js';
import { notify } from '../notifications/notify.js';
import { getSetting } from '../settings/get-setting.js';

export const RECTIFICATION_QUEUE = 'rectification-escalation';

type Kind = (typeof escalationKinds)[number];
export type EscalationResult = Record<Kind, number>;

async function people(ctx: Ctx, plan: { jurisdictionId: string; unitId: string }) {
  const rows = await dbOf(ctx)
    .select({ userId: roleAssignments.userId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.jurisdictionId, plan.jurisdictionId),
        inArray(roleAssignments.role, ['office_admin', 'unit_liaison']),
      ),
    );
  const liaisons = await dbOf(ctx)
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.role, 'unit_liaison'), eq(roleAssignments.unitId, plan.unitId)));
  return {
    office: rows.filter((r) => r.role === 'office_admin').map((r) => r.userId),
    unit: liaisons.map((r) => r.userId),
  };
}

/**
 * The escalation ladder of approved plans' open items (issue: rectification, point 4): a reminder
 * `rectification.dueSoonDays` before the deadline and one once it has passed; then after the
 * configured days overdue a 督办函, a 约谈 of the unit's main leader, and the transfer for
 * accountability, which raises a clue into the ledger. Each step once per item and deadline;
 * every step is recorded and told to the unit and the office. Returns the steps issued now.
 */
export async function escalateRectification(
  ctx: Ctx,
  jurisdictionIds?: string[],
): Promise<EscalationResult> {
  const today = cstDate(now(ctx));
  const rows = await dbOf(ctx)
    .select({ item: rectificationItems, plan: rectificationPlans, unitName: units.name })
    .from(rectificationItems)
    .innerJoin(rectificationPlans, eq(rectificationPlans.id, rectificationItems.planId))
    .innerJoin(units, eq(units.id, rectificationPlans.unitId))
    .where(
      and(
        ne(rectificationItems.state, 'closed'),
        eq(rectificationPlans.state, 'approved'),
        jurisdictionIds ? inArray(rectificationPlans.jurisdictionId, jurisdictionIds) : undefined,
      ),
    );
  const result: EscalationResult = {
    dueSoon: 0,
    overdue: 0,
    supervisionLetter: 0,
    admonitionTalk: 0,
    accountability: 0,
  };
  for (const { item, plan, unitName } of rows) {
    const setting = (key: Parameters<typeof getSetting>[2]) =>
      getSetting(ctx, plan.jurisdictionId, key) as Promise<number>;
    const late = daysBetween(item.dueOn, today);
    const steps: [Kind, boolean, string][] = [
      [
        'dueSoon',
        late < 0 && -late <= (await setting('rectification.dueSoonDays')),
        `整改事项即将到期（${item.dueOn}）：${item.problem}`,
      ],
      ['overdue', late > 0, `整改事项已超期（${item.dueOn}）：${item.problem}`],
      [
        'supervisionLetter',
        late >= (await setting('rectification.supervisionLetterDays')),
        `督办函：${unitName}整改事项超期 ${late} 天未销号，请限期整改到位并书面报告：${item.problem}`,
      ],
      [
        'admonitionTalk',
        late >= (await setting('rectification.admonitionDays')),
        `约谈：${unitName}整改事项超期 ${late} 天，约谈单位主要负责人：${item.problem}`,
      ],
      [
        'accountability',
        late >= (await setting('rectification.accountabilityDays')),
        `移交问责：${unitName}整改事项超期 ${late} 天仍未整改到位：${item.problem}`,
      ],
    ];
    for (const [kind, due, message] of steps) {
      if (!due) continue;
      await withTransaction(ctx, async (ctx) => {
        const [issued] = await dbOf(ctx)
          .insert(rectificationEscalations)
          .values({ itemId: item.id, kind, dueOn: item.dueOn, message, issuedAt: now(ctx) })
          .onConflictDoNothing()
          .returning({ id: rectificationEscalations.id });
        if (!issued) return;
        result[kind] += 1;
        if (kind === 'accountability') {
          const clue = await insertClue(
            ctx,
            {
              jurisdictionId: plan.jurisdictionId,
              source: 'other',
              roundId: plan.roundId,
              accusedName: item.responsibleLeader,
              accusedUnitId: plan.unitId,
              accusedUnitName: unitName,
              focus: 'discipline',
              description: `${message}。整改措施：${item.measures}`,
            },
            { audit: { rectificationItemId: item.id } },
          );
          await dbOf(ctx)
            .update(rectificationEscalations)
            .set({ clueId: clue.id })
            .where(eq(rectificationEscalations.id, issued.id));
        }
        await emitAudit(ctx, {
          action: 'rectification.escalated',
          entityType: 'rectification_item',
          entityId: item.id,
          jurisdictionId: plan.jurisdictionId,
          detail: { kind, dueOn: item.dueOn, daysOverdue: Math.max(0, late) },
        });
        const to = await people(ctx, plan);
        await notify(ctx, [...to.unit, ...(kind === 'dueSoon' ? [] : to.office)], {
          kind: `rectification.${kind}`,
          title: message,
          link: `/rectification/${plan.id}`,
        });
      });
    }
  }
  return result;
}

/** `POST /api/rectification-items/escalation-scan`: the office runs the ladder now. */
export async function escalateNow(ctx: Ctx): Promise<EscalationResult> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const ids = coveredJurisdictions(actor, rectificationReviewers);
  if (ids.length === 0) throw forbidden('只有巡察办可以执行整改督办检查');
  return escalateRectification(ctx, ids);
}

/** Runs the ladder every hour (pg-boss cron). */
export const startRectificationJob = (deps: AppDeps) =>
  scheduleScan(deps, RECTIFICATION_QUEUE, '20 * * * *', (ctx) => escalateRectification(ctx));
