import { scheduleScan } from '../../core/jobs/scheduled-scan.js';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, type AppDeps, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import {
  rectificationEscalations,
  rectificationItems,
  rectificationPlans,
  roleAssignments,
  units,
} from '../../db/schema/index.js';
import { coveredJurisdictions } from '../../policies/checks.js';
import { rectificationReviewers } from '../../policies/rectification-policy.js';
import { escalateCommonProblems } from '../common-problems/escalate-common-problems.js';
import { climbLadder, noEscalations, type EscalationCounts } from './escalation-ladder.js';
import { remindDueFollowUps } from './follow-up-reminders.js';

export const RECTIFICATION_QUEUE = 'rectification-escalation';

export type EscalationResult = EscalationCounts & { followUpsDue: number };

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

/** The open items of approved plans, up the ladder (escalation-ladder.ts). */
async function escalateItems(
  ctx: Ctx,
  today: string,
  counts: EscalationCounts,
  jurisdictionIds?: string[],
) {
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
  for (const { item, plan, unitName } of rows) {
    const to = await people(ctx, plan);
    await climbLadder(
      ctx,
      {
        entityType: 'rectification_item',
        id: item.id,
        jurisdictionId: plan.jurisdictionId,
        roundId: plan.roundId,
        unitId: plan.unitId,
        unitName,
        label: '整改事项',
        problem: item.problem,
        measures: item.measures,
        responsibleLeader: item.responsibleLeader,
        dueOn: item.dueOn,
        link: `/rectification/${plan.id}`,
        unitUsers: to.unit,
        officeUsers: to.office,
        record: async (ctx, kind, message) => {
          const [issued] = await dbOf(ctx)
            .insert(rectificationEscalations)
            .values({ itemId: item.id, kind, dueOn: item.dueOn, message, issuedAt: now(ctx) })
            .onConflictDoNothing()
            .returning({ id: rectificationEscalations.id });
          return issued?.id ?? null;
        },
        linkClue: async (ctx, stepId, clueId) => {
          await dbOf(ctx)
            .update(rectificationEscalations)
            .set({ clueId })
            .where(eq(rectificationEscalations.id, stepId));
        },
      },
      today,
      counts,
    );
  }
}

/**
 * The escalation scan (issue: rectification, points 4, 8 and 9): approved plans' open items and
 * open common problems climb the ladder; the office is reminded of 回头看 visits coming due.
 * Returns what was issued now.
 */
export async function escalateRectification(
  ctx: Ctx,
  jurisdictionIds?: string[],
): Promise<EscalationResult> {
  const today = cstDate(now(ctx));
  const counts = noEscalations();
  await escalateItems(ctx, today, counts, jurisdictionIds);
  await escalateCommonProblems(ctx, today, counts, jurisdictionIds);
  const followUpsDue = await remindDueFollowUps(ctx, today, jurisdictionIds);
  return { ...counts, followUpsDue };
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
