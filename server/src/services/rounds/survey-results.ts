import { and, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { activities, units } from '../../db/schema/index.js';
import { findVisibleRound } from './find-visible-round.js';
import type { SurveyItem } from './record-activity.js';

/** Points per grade: 好 100, 较好 80, 一般 60, 差 0 (the usual 民主测评 scale). */
const points = { excellent: 100, good: 80, fair: 60, poor: 0 } as const;

/**
 * `GET /api/rounds/:id/surveys`: 民主测评 results per target and subject (each leader), summed
 * over every survey recorded there: counts per grade, the score and the share rated 好/较好.
 */
export async function surveyResults(ctx: Ctx, roundId: string) {
  const { round } = await findVisibleRound(ctx, roundId);
  const rows = await dbOf(ctx)
    .select({ unitId: activities.unitId, unitName: units.name, details: activities.details })
    .from(activities)
    .innerJoin(units, eq(units.id, activities.unitId))
    .where(and(eq(activities.roundId, round.id), eq(activities.method, 'survey')));
  const totals = new Map<string, { unitId: string; unitName: string } & SurveyItem>();
  for (const row of rows) {
    const items = (row.details as { items?: SurveyItem[] }).items ?? [];
    for (const item of items) {
      const key = `${row.unitId}\u0001${item.subject.trim()}`;
      const sum = totals.get(key) ?? {
        unitId: row.unitId,
        unitName: row.unitName,
        subject: item.subject.trim(),
        excellent: 0,
        good: 0,
        fair: 0,
        poor: 0,
      };
      sum.excellent += item.excellent;
      sum.good += item.good;
      sum.fair += item.fair;
      sum.poor += item.poor;
      totals.set(key, sum);
    }
  }
  return {
    items: [...totals.values()].map((t) => {
      const n = t.excellent + t.good + t.fair + t.poor;
      const score = n
        ? (t.excellent * points.excellent + t.good * points.good + t.fair * points.fair) / n
        : 0;
      return {
        ...t,
        responses: n,
        score: Math.round(score * 10) / 10,
        goodShare: n ? Math.round(((t.excellent + t.good) / n) * 1000) / 10 : 0,
      };
    }),
  };
}
