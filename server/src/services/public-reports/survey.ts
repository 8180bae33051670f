import { and, eq, isNull, sql } from 'drizzle-orm';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated, unprocessable } from '../../core/errors.js';
import type { satisfactionRatings } from '../../core/public-report-vocabulary.js';
import { departments, publicReports, satisfactionSurveys } from '../../db/schema/index.js';
import { rolesFor } from '../../policies/abilities.js';
import { coveredJurisdictions, inList } from '../../policies/checks.js';
import { reportOfToken, statusOf } from './report-access.js';

/**
 * `POST /api/public/reports/me/survey`: once the answer is given, the reporter rates it once. The
 * rating is stored apart from the report — the handling unit and the day only — so it can be
 * counted per unit but not traced back to the report or the reporter.
 */
export async function submitSurvey(
  ctx: Ctx,
  token: string | undefined,
  input: { rating: (typeof satisfactionRatings)[number]; comment?: string | null },
) {
  const { report, petition } = await reportOfToken(ctx, token);
  if (statusOf(petition.state) !== 'answered')
    throw unprocessable('答复后才能评价', [{ path: 'rating', message: '尚未答复' }]);
  await withTransaction(ctx, async (ctx) => {
    const marked = await dbOf(ctx)
      .update(publicReports)
      .set({ surveyedAt: now(ctx) })
      .where(and(eq(publicReports.id, report.id), isNull(publicReports.surveyedAt)))
      .returning({ id: publicReports.id });
    if (marked.length === 0)
      throw unprocessable('已经评价过了', [{ path: 'rating', message: '已评价' }]);
    await dbOf(ctx)
      .insert(satisfactionSurveys)
      .values({
        jurisdictionId: petition.jurisdictionId,
        handlingDepartmentId: petition.transferDepartmentId ?? petition.handlingDepartmentId,
        rating: input.rating,
        comment: input.comment?.trim() || null,
        submittedOn: cstDate(now(ctx)),
      });
  });
  return { ok: true as const };
}

/** `GET /api/satisfaction-surveys`: the office's counts per handling unit (null: the office). */
export async function surveyCounts(ctx: Ctx) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const ids = coveredJurisdictions(actor, rolesFor('petitions.satisfaction'));
  if (ids.length === 0) throw forbidden();
  const rows = await dbOf(ctx)
    .select({
      departmentId: satisfactionSurveys.handlingDepartmentId,
      departmentName: departments.name,
      rating: satisfactionSurveys.rating,
      count: sql<number>`count(*)::int`,
    })
    .from(satisfactionSurveys)
    .leftJoin(departments, eq(departments.id, satisfactionSurveys.handlingDepartmentId))
    .where(inList(satisfactionSurveys.jurisdictionId, ids))
    .groupBy(
      satisfactionSurveys.handlingDepartmentId,
      departments.name,
      satisfactionSurveys.rating,
    );
  const units = new Map<
    string,
    {
      departmentId: string | null;
      departmentName: string | null;
      satisfied: number;
      basically: number;
      unsatisfied: number;
    }
  >();
  for (const r of rows) {
    const key = r.departmentId ?? '';
    const unit = units.get(key) ?? {
      departmentId: r.departmentId,
      departmentName: r.departmentName,
      satisfied: 0,
      basically: 0,
      unsatisfied: 0,
    };
    unit[r.rating] += Number(r.count);
    units.set(key, unit);
  }
  return { items: [...units.values()] };
}
