import { and, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { conflict, notFound, unprocessable } from '../../core/errors.js';
import type { briefingSources } from '../../core/round-vocabulary.js';
import { updateVersioned } from '../../core/versioned-update.js';
import { briefings, departments } from '../../db/schema/index.js';
import { roundPolicy } from '../../policies/round-policy.js';
import { findVisibleRound } from './find-visible-round.js';
import { presentBriefing } from './present-records.js';

export interface BriefingRequestInput {
  source: (typeof briefingSources)[number];
  departmentId?: string | null;
  request: string;
  dueOn: string;
}

/** `POST /api/rounds/:id/briefings`: the office asks a partner department for 情况通报. */
export async function requestBriefing(ctx: Ctx, roundId: string, input: BriefingRequestInput) {
  const { actor, round } = await findVisibleRound(ctx, roundId);
  roundPolicy.authorizePlan(actor, round.jurisdictionId);
  if (round.state !== 'preparation' && round.state !== 'on_site')
    throw conflict('只能在准备或了解阶段请求情况通报');
  if (input.dueOn < cstDate(now(ctx)))
    throw unprocessable('回复期限不能早于今天', [
      { path: 'dueOn', message: '回复期限不能早于今天' },
    ]);
  if (input.departmentId) {
    const [dept] = await dbOf(ctx)
      .select({ id: departments.id })
      .from(departments)
      .where(
        and(
          eq(departments.id, input.departmentId),
          eq(departments.jurisdictionId, round.jurisdictionId),
        ),
      );
    if (!dept) throw unprocessable('部门不存在', [{ path: 'departmentId', message: '部门不存在' }]);
  }
  return withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(briefings)
      .values({
        roundId: round.id,
        source: input.source,
        departmentId: input.departmentId ?? null,
        request: input.request.trim(),
        dueOn: input.dueOn,
        createdBy: actor.userId,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning();
    await emitAudit(ctx, {
      action: 'round.briefing_requested',
      entityType: 'round',
      entityId: round.id,
      jurisdictionId: round.jurisdictionId,
      detail: { briefingId: row!.id, source: input.source },
    });
    return presentBriefing(row!);
  });
}

/** `POST /api/rounds/:id/briefings/:briefingId/response`: the partner's answer, recorded by the office. */
export async function recordBriefingResponse(
  ctx: Ctx,
  roundId: string,
  briefingId: string,
  input: { response: string; respondedOn: string; version: number },
) {
  const { actor, round } = await findVisibleRound(ctx, roundId);
  const [briefing] = await dbOf(ctx)
    .select()
    .from(briefings)
    .where(and(eq(briefings.id, briefingId), eq(briefings.roundId, round.id)));
  if (!briefing) throw notFound('情况通报');
  roundPolicy.authorizePlan(actor, round.jurisdictionId);
  if (round.state === 'archived') throw conflict('巡察已立卷归案，只读');
  if (input.respondedOn > cstDate(now(ctx)))
    throw unprocessable('回复日期不能晚于今天', [
      { path: 'respondedOn', message: '回复日期不能晚于今天' },
    ]);
  return withTransaction(ctx, async (ctx) => {
    const row = await updateVersioned(ctx, briefings, briefing.id, input.version, {
      response: input.response.trim(),
      respondedOn: input.respondedOn,
    });
    await emitAudit(ctx, {
      action: 'round.briefing_answered',
      entityType: 'round',
      entityId: round.id,
      jurisdictionId: round.jurisdictionId,
      detail: { briefingId },
    });
    return presentBriefing(row);
  });
}
