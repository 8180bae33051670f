import { and, eq, inArray, isNull } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { daysBetween } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import {
  followUpVisits,
  rectificationPlans,
  roleAssignments,
  units,
} from '../../db/schema/index.js';
import { notify } from '../notifications/notify.js';
import { getSetting } from '../settings/get-setting.js';

/**
 * Tells the office, once per visit, that a 回头看 comes due within `rectification.dueSoonDays`
 * (or is past due and not yet recorded). Returns how many reminders went out.
 */
export async function remindDueFollowUps(
  ctx: Ctx,
  today: string,
  jurisdictionIds?: string[],
): Promise<number> {
  const rows = await dbOf(ctx)
    .select({ visit: followUpVisits, planId: rectificationPlans.id, unitName: units.name })
    .from(followUpVisits)
    .innerJoin(rectificationPlans, eq(rectificationPlans.id, followUpVisits.planId))
    .innerJoin(units, eq(units.id, rectificationPlans.unitId))
    .where(
      and(
        isNull(followUpVisits.visitedOn),
        isNull(followUpVisits.remindedAt),
        jurisdictionIds ? inArray(followUpVisits.jurisdictionId, jurisdictionIds) : undefined,
      ),
    );
  let reminded = 0;
  for (const { visit, planId, unitName } of rows) {
    const soon = await getSetting(ctx, visit.jurisdictionId, 'rectification.dueSoonDays');
    const left = daysBetween(today, visit.dueOn);
    if (left > soon) continue;
    await withTransaction(ctx, async (ctx) => {
      await dbOf(ctx)
        .update(followUpVisits)
        .set({ remindedAt: now(ctx) })
        .where(eq(followUpVisits.id, visit.id));
      const office = await dbOf(ctx)
        .select({ userId: roleAssignments.userId })
        .from(roleAssignments)
        .where(
          and(
            eq(roleAssignments.role, 'office_admin'),
            eq(roleAssignments.jurisdictionId, visit.jurisdictionId),
          ),
        );
      await notify(
        ctx,
        office.map((o) => o.userId),
        {
          kind: 'rectification.followUpDue',
          title:
            left >= 0
              ? `${unitName}整改“回头看”将于 ${visit.dueOn} 到期，抽查 ${visit.sampleItemIds.length} 项已销号事项`
              : `${unitName}整改“回头看”已逾期（${visit.dueOn}），请尽快组织抽查`,
          link: `/rectification/${planId}`,
        },
      );
      await emitAudit(ctx, {
        action: 'rectification.follow_up_due',
        entityType: 'rectification_plan',
        entityId: planId,
        jurisdictionId: visit.jurisdictionId,
        detail: { visitId: visit.id, dueOn: visit.dueOn },
      });
    });
    reminded += 1;
  }
  return reminded;
}
