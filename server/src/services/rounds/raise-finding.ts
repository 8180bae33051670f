import { and, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { unprocessable } from '../../core/errors.js';
import type { disciplines, problemFocuses } from '../../core/petition-vocabulary.js';
import { activities, findings } from '../../db/schema/index.js';
import { targetForRecord } from './find-target.js';
import { presentFinding } from './present-records.js';

export interface FindingInput {
  unitId: string;
  problem: string;
  activityId?: string | null;
  focus?: (typeof problemFocuses)[number] | null;
  disciplines?: (typeof disciplines)[number][];
  evidence?: string | null;
}

/** `POST /api/rounds/:id/findings`: a problem found at a target, optionally from an on-site record. */
export async function raiseFinding(ctx: Ctx, roundId: string, input: FindingInput) {
  const { actor, round } = await targetForRecord(ctx, roundId, input.unitId, [
    'on_site',
    'reporting',
  ]);
  if (input.activityId) {
    const [activity] = await dbOf(ctx)
      .select({ id: activities.id })
      .from(activities)
      .where(
        and(
          eq(activities.id, input.activityId),
          eq(activities.roundId, round.id),
          eq(activities.unitId, input.unitId),
        ),
      );
    if (!activity)
      throw unprocessable('巡察记录不存在', [{ path: 'activityId', message: '巡察记录不存在' }]);
  }
  return withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(findings)
      .values({
        roundId: round.id,
        unitId: input.unitId,
        activityId: input.activityId ?? null,
        problem: input.problem.trim(),
        focus: input.focus ?? null,
        disciplines: input.disciplines ?? [],
        evidence: input.evidence?.trim() || null,
        createdBy: actor.userId,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning();
    await emitAudit(ctx, {
      action: 'round.finding_raised',
      entityType: 'round',
      entityId: round.id,
      jurisdictionId: round.jurisdictionId,
      detail: { findingId: row!.id, unitId: input.unitId, activityId: input.activityId ?? null },
    });
    return presentFinding(row!);
  });
}
