import { describe, expect, it } from 'vitest';
import { clueSummary } from './test/fixtures';
import { accountLabel, agingOf, reachedAt, sourceLabel, unitPositionLine } from './labels';

describe('clue labels and aging', () => {
  it('colours the current account by its age: green, gold from 30 days, red from 60 or when stalled', () => {
    expect(agingOf(clueSummary({ ageDays: 0 }))).toBe('green');
    expect(agingOf(clueSummary({ ageDays: 29 }))).toBe('green');
    expect(agingOf(clueSummary({ ageDays: 30 }))).toBe('gold');
    expect(agingOf(clueSummary({ ageDays: 59 }))).toBe('gold');
    expect(agingOf(clueSummary({ ageDays: 60 }))).toBe('red');
    expect(agingOf(clueSummary({ ageDays: 2, stall: 'deadAccount' }))).toBe('red');
    expect(agingOf(clueSummary({ account: 'closed', ageDays: 400 }))).toBeNull();
  });

  it('names the accounts and sources in Chinese, and finds when each account was reached', () => {
    expect(
      ['recorded', 'handedOver', 'transferred', 'underSupervision', 'closed'].map(accountLabel),
    ).toEqual(['报账', '交账', '转账', '查账', '销账']);
    expect(sourceLabel('partnerDepartment')).toBe('有关部门移送');
    expect(sourceLabel('unknown_code')).toBe('unknown_code');
    const clue = clueSummary({ handedOverAt: '2026-11-03T02:00:00.000Z' });
    expect(reachedAt(clue, 'recorded')).toBe(clue.createdAt);
    expect(reachedAt(clue, 'handedOver')).toBe('2026-11-03T02:00:00.000Z');
    expect(reachedAt(clue, 'closed')).toBeNull();
    expect(unitPositionLine(clue)).toBe('县住建局 · 局长');
    expect(unitPositionLine({ accusedUnitName: null, accusedPosition: null })).toBe('—');
  });
});
