import { emitAudit } from '../../core/audit/emit-audit.js';
import { addMonths } from '../../core/calendar.js';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { rectificationPlans } from '../../db/schema/index.js';
import { getSetting } from '../settings/get-setting.js';

/**
 * Feedback delivered to a unit opens its rectification plan (整改方案, drafting), due
 * `rectification.planMonths` (2) months after the feedback meeting; once per round and unit.
 */
export async function openPlanForFeedback(
  ctx: Ctx,
  round: { id: string; jurisdictionId: string },
  unitId: string,
  feedbackOn: string,
): Promise<void> {
  const months = await getSetting(ctx, round.jurisdictionId, 'rectification.planMonths');
  const [plan] = await dbOf(ctx)
    .insert(rectificationPlans)
    .values({
      jurisdictionId: round.jurisdictionId,
      roundId: round.id,
      unitId,
      feedbackOn,
      dueOn: addMonths(feedbackOn, months),
      createdAt: now(ctx),
      updatedAt: now(ctx),
    })
    .onConflictDoNothing()
    .returning({ id: rectificationPlans.id });
  if (!plan) return;
  await emitAudit(ctx, {
    action: 'rectification.plan_opened',
    entityType: 'rectification_plan',
    entityId: plan.id,
    jurisdictionId: round.jurisdictionId,
    detail: { roundId: round.id, unitId, feedbackOn },
  });
}
