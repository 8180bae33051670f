import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { cstDateString, isAfterTodayCst, todayCst } from './chinaDate';

describe('chinaDate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("takes today from China's clock, whatever the browser timezone", () => {
    // 17:30 UTC on 1 March is 01:30 on 2 March in China.
    vi.setSystemTime(new Date('2026-03-01T17:30:00Z'));
    expect(cstDateString()).toBe('2026-03-02');
    const today = todayCst();
    expect(today.format('YYYY-MM-DD')).toBe('2026-03-02');
    expect([today.year(), today.month(), today.date()]).toEqual([2026, 2, 2]);
    expect([today.hour(), today.minute()]).toEqual([0, 0]);
  });

  it('is the same day in China as in UTC before 16:00 UTC', () => {
    vi.setSystemTime(new Date('2026-03-01T15:59:59Z'));
    expect(cstDateString()).toBe('2026-03-01');
    vi.setSystemTime(new Date('2026-03-01T16:00:00Z'));
    expect(cstDateString()).toBe('2026-03-02');
  });

  it("disables only the days after China's today, as a DatePicker gives them", () => {
    vi.setSystemTime(new Date('2026-03-01T17:30:00Z'));
    expect(isAfterTodayCst(dayjs('2026-03-01'))).toBe(false);
    expect(isAfterTodayCst(dayjs('2026-03-02'))).toBe(false);
    expect(isAfterTodayCst(dayjs('2026-03-02T23:59:59'))).toBe(false);
    expect(isAfterTodayCst(dayjs('2026-03-03'))).toBe(true);
  });
});
