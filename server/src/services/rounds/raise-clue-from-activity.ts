import { and, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import type { clueSources } from '../../core/clue-vocabulary.js';
import { activities, units } from '../../db/schema/index.js';
import { insertClue } from '../clues/insert-clue.js';
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
  const [unit] = await dbOf(ctx)
    .select({ name: units.name })
    .from(units)
    .where(eq(units.id, activity.unitId));
  return insertClue(
    ctx,
    {
      jurisdictionId: round.jurisdictionId,
      source: sourceOf[activity.method] ?? 'other',
      sourceActivityId: activity.id,
      roundId: round.id,
      accusedName: input.accusedName?.trim() || null,
      accusedPosition: input.accusedPosition?.trim() || null,
      accusedUnitId: activity.unitId,
      accusedUnitName: unit?.name ?? null,
      evidenceActivityIds: [activity.id],
      description: input.description.trim(),
      createdBy: actor.userId,
    },
    { audit: { roundId: round.id, activityId } },
  );
}
