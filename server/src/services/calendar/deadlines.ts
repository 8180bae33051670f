import { and, gte, lte } from 'drizzle-orm';
import {
  addCalendarDays,
  addWorkingDays,
  cstDate,
  type DayExceptions,
} from '../../core/calendar.js';
import { dbOf, type Ctx } from '../../core/context.js';
import { calendarDays } from '../../db/schema/index.js';
import { getSetting } from '../settings/get-setting.js';

/** Holidays and 调休 workdays between two dates (with a margin for long holidays). */
export async function dayExceptions(ctx: Ctx, from: string, to: string): Promise<DayExceptions> {
  const rows = await dbOf(ctx)
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.day, from), lte(calendarDays.day, to)));
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.day)),
    workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.day)),
  };
}

/**
 * The due date `days` after `start` (an instant, or a China calendar date `YYYY-MM-DD`),
 * counted as the jurisdiction's setting says: calendar days (the default of 信访工作条例) or
 * working days with the holiday calendar.
 */
export async function dueDate(
  ctx: Ctx,
  jurisdictionId: string,
  start: Date | string,
  days: number,
): Promise<string> {
  const from = typeof start === 'string' ? start : cstDate(start);
  const counting = await getSetting(ctx, jurisdictionId, 'deadlines.dayCounting');
  if (counting === 'calendar') return addCalendarDays(from, days);
  // Working days never run more than ~2× calendar days plus the longest holiday.
  const exceptions = await dayExceptions(ctx, from, addCalendarDays(from, days * 2 + 30));
  return addWorkingDays(from, days, exceptions);
}
