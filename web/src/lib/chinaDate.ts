import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The server dates everything in China Standard Time (server/src/core/calendar.ts `cstDate`),
 * so "today" in the UI is China's calendar day, whatever the browser's timezone.
 */
export const CHINA_TZ = 'Asia/Shanghai';

/** China's current calendar date, 'YYYY-MM-DD'. */
export function cstDateString(): string {
  return dayjs().tz(CHINA_TZ).format('YYYY-MM-DD');
}

/**
 * China's current date as a local-time Dayjs at its start: its year/month/date are China's, so
 * it serves as a DatePicker value and compares by day with DatePicker values.
 */
export function todayCst(): Dayjs {
  return dayjs(cstDateString());
}

/** For a DatePicker's `disabledDate`: a day after China's today. */
export function isAfterTodayCst(d: Dayjs): boolean {
  return d.isAfter(todayCst(), 'day');
}

/** The China calendar day of an instant (ISO timestamp), 'YYYY-MM-DD'. */
export function cstDayOf(instant: string): string {
  return dayjs(instant).tz(CHINA_TZ).format('YYYY-MM-DD');
}
