/**
 * Working-day arithmetic. A day is a working day when it is Monday–Friday and not a holiday,
 * or a weekend day marked as a 调休 workday. Dates are calendar dates (YYYY-MM-DD) in China
 * Standard Time, which has no daylight saving.
 */
export interface DayExceptions {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

const CST_OFFSET_MS = 8 * 3_600_000;

/** The China Standard Time calendar date of an instant. */
export function cstDate(instant: Date): string {
  return new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

export function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, exceptions: DayExceptions): boolean {
  if (exceptions.workdays.has(date)) return true;
  if (exceptions.holidays.has(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date `days` working days after `date` (the start day itself does not count). */
export function addWorkingDays(date: string, days: number, exceptions: DayExceptions): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, exceptions)) left -= 1;
  }
  return current;
}

/** `YYYY-MM-DD` plus whole months, clamped to the month's last day (08-31 + 1 → 09-30). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** An instant as China time to the minute, 'YYYY-MM-DD HH:mm' (stamps on exported documents). */
export function cstDateTime(at: Date | string): string {
  return new Date(new Date(at).getTime() + 8 * 3_600_000)
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ');
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
