import { and, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import type { clueSources } from '../../core/clue-vocabulary.js';
import { activities, clues } from '../../db/schema/index.js';
import { nextNumber } from '../petitions/next-code.js';
import { targetForRecord } from './find-target.js';
import { findVisibleRound } from './find-visible-round.js';

const sourceOf: Record<string, (typeof clueSources)[number]> = {
  talk: 'talk',
  documentReview: 'documentReview',
  survey: 'survey',
};

/**
 * `POST /api/rounds/:id/activities/:activityId/clues`: an on-site record raises a clue into the
 * ledger (报账), about the target or a named person there. Inspection clues are prioritized by
 * the clue ledger (source §9 优先处置).
 */
export async function raiseClueFromActivity(
  ctx: Ctx,
  roundId: string,
  activityId: string,
  input: { description: string; accusedName?: string | null; accusedPosition?: string | null },
) {
  const { round: visible } = await findVisibleRound(ctx, roundId);
  const [activity] = await dbOf(ctx)
    .select()
    .from(activities)
    .where(and(eq(activities.id, activityId), eq(activities.roundId, visible.id)));
  if (!activity) throw notFound('巡察记录');
  const { actor, round } = await targetForRecord(ctx, roundId, activity.unitId, [
    'on_site',
    'reporting',
  ]);
  return withTransaction(ctx, async (ctx) => {
    const year = Number(cstDate(now(ctx)).slice(0, 4));
    const serial = await nextNumber(ctx, round.jurisdictionId, 'clue', year);
    const [clue] = await dbOf(ctx)
      .insert(clues)
      .values({
        jurisdictionId: round.jurisdictionId,
        code: `XS${year}${String(serial).padStart(5, '0')}`,
        source: sourceOf[activity.method] ?? 'other',
        roundId: round.id,
        accusedName: input.accusedName?.trim() || null,
        accusedPosition: input.accusedPosition?.trim() || null,
        accusedUnitId: activity.unitId,
        description: input.description.trim(),
        createdBy: actor.userId,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning({ id: clues.id, code: clues.code });
    await emitAudit(ctx, {
      action: 'clue.create',
      entityType: 'clue',
      entityId: clue!.id,
      jurisdictionId: round.jurisdictionId,
      detail: { code: clue!.code, source: activity.method, roundId: round.id, activityId },
    });
    return { id: clue!.id, code: clue!.code };
  });
}
