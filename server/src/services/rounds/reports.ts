import { and, eq, sql } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { staleVersion, unprocessable } from '../../core/errors.js';
import { roundReports } from '../../db/schema/index.js';
import { handOverRoundClues } from '../clues/hand-over-round-clues.js';
import { openPlanForFeedback } from '../rectification/open-plan.js';
import { targetForRecord } from './find-target.js';
import { presentReport } from './present-records.js';

/**
 * `PUT /api/rounds/:id/reports/:unitId`: the team's report on one target (findings are listed
 * with it) and its evaluation of the leadership team, written while on site. `version` 0 creates.
 */
export async function saveReport(
  ctx: Ctx,
  roundId: string,
  unitId: string,
  input: { content: string; teamEvaluation?: string | null; version: number },
) {
  const { round } = await targetForRecord(ctx, roundId, unitId, ['on_site']);
  return withTransaction(ctx, async (ctx) => {
    const values = {
      content: input.content.trim(),
      teamEvaluation: input.teamEvaluation?.trim() || null,
      updatedAt: now(ctx),
    };
    const rows =
      input.version === 0
        ? await dbOf(ctx)
            .insert(roundReports)
            .values({ roundId: round.id, unitId, ...values })
            .onConflictDoNothing()
            .returning()
        : await dbOf(ctx)
            .update(roundReports)
            .set({ ...values, version: sql`${roundReports.version} + 1` })
            .where(
              and(
                eq(roundReports.roundId, round.id),
                eq(roundReports.unitId, unitId),
                eq(roundReports.version, input.version),
              ),
            )
            .returning();
    if (!rows[0]) throw staleVersion();
    await emitAudit(ctx, {
      action: 'round.report_saved',
      entityType: 'round',
      entityId: round.id,
      jurisdictionId: round.jurisdictionId,
      detail: { unitId, version: rows[0].version },
    });
    return presentReport(rows[0]);
  });
}

/** `POST /api/rounds/:id/reports/:unitId/feedback`: 反馈会 held with the unit (date, attendees). */
export async function recordFeedback(
  ctx: Ctx,
  roundId: string,
  unitId: string,
  input: { feedbackOn: string; attendees: string },
) {
  const { round } = await targetForRecord(ctx, roundId, unitId, ['feedback']);
  if (input.feedbackOn > cstDate(now(ctx)))
    throw unprocessable('反馈日期不能晚于今天', [
      { path: 'feedbackOn', message: '反馈日期不能晚于今天' },
    ]);
  return withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .update(roundReports)
      .set({ feedbackOn: input.feedbackOn, feedbackAttendees: input.attendees.trim() })
      .where(and(eq(roundReports.roundId, round.id), eq(roundReports.unitId, unitId)))
      .returning();
    if (!row)
      throw unprocessable('该对象没有巡察报告', [
        { path: 'unitId', message: '该对象没有巡察报告' },
      ]);
    await emitAudit(ctx, {
      action: 'round.feedback_delivered',
      entityType: 'round',
      entityId: round.id,
      jurisdictionId: round.jurisdictionId,
      detail: { unitId, feedbackOn: input.feedbackOn },
    });
    await handOverRoundClues(ctx, round.id, unitId);
    await openPlanForFeedback(ctx, round, unitId, input.feedbackOn);
    return presentReport(row);
  });
}
