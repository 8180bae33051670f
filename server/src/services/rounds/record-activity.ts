import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { unprocessable } from '../../core/errors.js';
import type { activityMethods } from '../../core/round-vocabulary.js';
import { and, eq } from 'drizzle-orm';
import { activities } from '../../db/schema/index.js';
import { targetForRecord } from './find-target.js';
import { presentActivity } from './present-records.js';

export interface ActivityInput {
  unitId: string;
  method: (typeof activityMethods)[number];
  occurredOn: string;
  place?: string | null;
  summary: string;
  record?: string | null;
  unannounced?: boolean;
  details?: Record<string, unknown>;
}

/** Method-specific fields that must be there (谈话: who was talked to, by whom, who recorded). */
const required: Partial<Record<ActivityInput['method'], string[]>> = {
  talk: ['interviewee', 'post', 'interviewers', 'recorder'],
  documentReview: ['documents'],
  forum: ['participants'],
  survey: ['items'],
};

/**
 * 民主测评/问卷: every item rates one subject (a leader, or a question) with the count of each
 * grade — 好 / 较好 / 一般 / 差 — as the paper forms are tallied.
 */
export interface SurveyItem {
  subject: string;
  excellent: number;
  good: number;
  fair: number;
  poor: number;
}
const grades = ['excellent', 'good', 'fair', 'poor'] as const;

function surveyProblems(items: unknown): { path: string; message: string }[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown, i) => {
    const row = (item ?? {}) as Record<string, unknown>;
    const problems = [];
    if (typeof row.subject !== 'string' || !row.subject.trim())
      problems.push({ path: `details.items.${i}.subject`, message: '请填写测评对象' });
    for (const grade of grades) {
      const n = row[grade];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 100_000)
        problems.push({ path: `details.items.${i}.${grade}`, message: '须为非负整数' });
    }
    return problems;
  });
}

/** `POST /api/rounds/:id/activities`: an on-site record by method, while on site. */
export async function recordActivity(ctx: Ctx, roundId: string, input: ActivityInput) {
  const { actor, round, target } = await targetForRecord(ctx, roundId, input.unitId, ['on_site']);
  const details = input.details ?? {};
  const missing = (required[input.method] ?? []).filter((k) => {
    const v = details[k];
    return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  });
  const errors = missing.map((k) => ({ path: `details.${k}`, message: '必填' }));
  if (input.occurredOn > cstDate(now(ctx)))
    errors.push({ path: 'occurredOn', message: '日期不能晚于今天' });
  if (input.method === 'survey') errors.push(...surveyProblems(details.items));
  if (typeof details.followUpOf === 'string') {
    // 约谈: a follow-up talk when the facts of an earlier record need checking.
    const [earlier] = await dbOf(ctx)
      .select({ id: activities.id })
      .from(activities)
      .where(and(eq(activities.id, details.followUpOf), eq(activities.roundId, round.id)));
    if (!earlier) errors.push({ path: 'details.followUpOf', message: '所跟进的记录不存在' });
  }
  if (errors.length) throw unprocessable('巡察记录不完整', errors);
  return withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(activities)
      .values({
        roundId: round.id,
        unitId: input.unitId,
        teamId: target.teamId,
        method: input.method,
        occurredOn: input.occurredOn,
        place: input.place?.trim() || null,
        summary: input.summary.trim(),
        record: input.record?.trim() || null,
        unannounced: input.unannounced ?? false,
        details,
        createdBy: actor.userId,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning();
    await emitAudit(ctx, {
      action: 'round.activity_recorded',
      entityType: 'round',
      entityId: round.id,
      jurisdictionId: round.jurisdictionId,
      detail: { activityId: row!.id, method: input.method, unitId: input.unitId },
    });
    return presentActivity(row!);
  });
}
