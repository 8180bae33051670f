import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  cstDate,
  isWorkingDay,
  type DayExceptions,
} from './calendar.js';

const none: DayExceptions = { holidays: new Set(), workdays: new Set() };

/** 2026 National Day as the State Council sets such weeks: 10-01..10-07 off, a Sunday worked. */
const nationalDay: DayExceptions = {
  holidays: new Set([
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ]),
  workdays: new Set(['2026-09-27', '2026-10-11']),
};

describe('cstDate', () => {
  it.each([
    ['2026-03-01T15:59:59.999Z', '2026-03-01'],
    ['2026-03-01T16:00:00.000Z', '2026-03-02'],
    ['2026-12-31T16:30:00.000Z', '2027-01-01'],
    ['2026-07-01T00:00:00.000Z', '2026-07-01'],
  ])('reads %s as the China Standard Time date %s', (instant, date) => {
    expect(cstDate(new Date(instant))).toBe(date);
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-02', 15, '2026-03-17'],
    ['2026-03-02', 60, '2026-05-01'],
    ['2026-03-02', 0, '2026-03-02'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-09-30', true, 'a Wednesday'],
    ['2026-10-03', false, 'a Saturday'],
    ['2026-10-04', false, 'a Sunday'],
    ['2026-10-01', false, 'a Thursday that is a holiday'],
    ['2026-10-11', true, 'a Sunday that is a 调休 workday'],
    ['2026-09-27', true, 'another 调休 Sunday'],
    ['2026-10-10', false, 'an ordinary Saturday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, nationalDay)).toBe(expected);
  });

  it('treats every weekday as working without exceptions', () => {
    expect(isWorkingDay('2026-10-01', none)).toBe(true);
    expect(isWorkingDay('2026-10-11', none)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('skips the National Day week and counts the 调休 Sunday', () => {
    // 10-08 Thu (1), 10-09 Fri (2), 10-10 Sat skipped, 10-11 Sun worked (3).
    expect(addWorkingDays('2026-09-30', 3, nationalDay)).toBe('2026-10-11');
  });

  it('without the 调休 day the count runs into the next week', () => {
    const holidaysOnly = { holidays: nationalDay.holidays, workdays: new Set<string>() };
    expect(addWorkingDays('2026-09-30', 3, holidaysOnly)).toBe('2026-10-12');
  });

  it.each([
    ['2026-10-02', 1, '2026-10-08', 'from inside the holiday'],
    ['2026-09-25', 1, '2026-09-27', 'a Friday into the 调休 Sunday'],
    ['2026-09-30', 0, '2026-09-30', 'zero days'],
    ['2026-09-30', 1, '2026-10-08', 'the eve of the holiday'],
  ])('%s + %i working days = %s (%s)', (date, days, expected) => {
    expect(addWorkingDays(date, days, nationalDay)).toBe(expected);
  });

  it.each([
    ['2026-03-06', 1, '2026-03-09', 'Friday + 1 is Monday'],
    ['2026-03-07', 1, '2026-03-09', 'Saturday + 1 is Monday'],
    ['2026-03-02', 5, '2026-03-09', 'a week'],
    ['2026-03-02', 15, '2026-03-23', 'three weeks'],
  ])('%s + %i working days = %s (%s)', (date, days, expected) => {
    expect(addWorkingDays(date, days, none)).toBe(expected);
  });

  it('does not count the start day itself, even when it is a working day', () => {
    expect(addWorkingDays('2026-03-02', 1, none)).toBe('2026-03-03');
  });
});

describe('addMonths', () => {
  it('adds whole months and clamps to the last day of the month', async () => {
    const { addMonths } = await import('./calendar.js');
    expect(addMonths('2026-03-02', 6)).toBe('2026-09-02');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});
