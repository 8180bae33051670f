import { describe, expect, it } from 'vitest';
import { MENU, activeEntry, visibleMenu } from './menu';

const AUDITOR = {
  'users.manage': false,
  'org.read': false,
  'org.manage': false,
  'audit.read': true,
  'settings.manage': false,
  'calendar.manage': false,
  'notifications.read': true,
  'profile.read': true,
  'petitions.read': false,
  'petitions.register': false,
  'petitions.deadlines': false,
  'access-requests.read': false,
  'rounds.read': false,
  'rounds.plan': false,
  'inspectors.read': false,
  'clues.read': false,
  'clues.manage': false,
  'clues.inbox': false,
  'rectification.read': false,
  'rectification.review': false,
};

describe('menu table', () => {
  it('shows an auditor only 工作台, 审计日志, 通知 and 个人设置', () => {
    expect(visibleMenu(AUDITOR).map((e) => e.labelKey)).toEqual([
      'menu.dashboard',
      'menu.audit',
      'menu.notifications',
      'menu.profile',
    ]);
  });

  it('shows every entry when every ability is granted, but never a route-only row', () => {
    const all = Object.fromEntries(Object.keys(AUDITOR).map((k) => [k, true]));
    const menuRows = MENU.filter((e) => e.inMenu !== false);
    expect(visibleMenu(all)).toHaveLength(menuRows.length);
    for (const detail of [
      '/petitions/:id',
      '/rounds/:id',
      '/inspectors/:id',
      '/clues/:id',
      '/rectification/:id',
      '/rectification/common-problems/:id',
    ]) {
      expect(visibleMenu(all).map((e) => e.path)).not.toContain(detail);
      expect(MENU.map((e) => e.path)).toContain(detail);
    }
  });

  it('shows only the always-visible entries with no abilities at all', () => {
    expect(visibleMenu({}).map((e) => e.path)).toEqual(['/']);
  });

  it('gives every entry a unique path and key', () => {
    expect(new Set(MENU.map((e) => e.path)).size).toBe(MENU.length);
    expect(new Set(MENU.map((e) => e.key)).size).toBe(MENU.length);
  });

  it('selects the entry whose path prefixes the location', () => {
    expect(activeEntry('/org', MENU)?.key).toBe('org');
    expect(activeEntry('/users/123', MENU)?.key).toBe('users');
    expect(activeEntry('/', MENU)?.key).toBe('dashboard');
    expect(activeEntry('/usersX', MENU)).toBeUndefined();
    const all = Object.fromEntries(Object.keys(AUDITOR).map((k) => [k, true]));
    expect(activeEntry('/petitions/0b9c…', visibleMenu(all))?.key).toBe('petitions');
    expect(activeEntry('/petitions/new', visibleMenu(all))?.key).toBe('petition-register');
    expect(activeEntry('/rounds/new', visibleMenu(all))?.key).toBe('round-plan');
    expect(activeEntry('/rounds/7f3e…', visibleMenu(all))?.key).toBe('rounds');
    expect(activeEntry('/inspectors/7f3e…', visibleMenu(all))?.key).toBe('inspectors');
    expect(activeEntry('/clues/7f3e…', visibleMenu(all))?.key).toBe('clues');
    expect(activeEntry('/clues/inbox', visibleMenu(all))?.key).toBe('clue-inbox');
    expect(activeEntry('/clues/stalled', visibleMenu(all))?.key).toBe('clue-stalled');
    expect(activeEntry('/clue-reviews', visibleMenu(all))?.key).toBe('clue-reviews');
    expect(activeEntry('/rectification/7f3e…', visibleMenu(all))?.key).toBe('rectification');
    expect(activeEntry('/rectification/items', visibleMenu(all))?.key).toBe('rectification-items');
    expect(activeEntry('/rectification/review', visibleMenu(all))?.key).toBe(
      'rectification-review',
    );
    expect(activeEntry('/rectification/common-problems/7f3e…', visibleMenu(all))?.key).toBe(
      'common-problems',
    );
  });

  it('shows the office the rounds pages and the leading group only what it reads', () => {
    const office = { 'rounds.read': true, 'rounds.plan': true, 'inspectors.read': true };
    expect(visibleMenu(office).map((e) => e.path)).toEqual([
      '/',
      '/rounds',
      '/rounds/new',
      '/coverage',
      '/inspectors',
    ]);
    const leader = { 'rounds.read': true, 'inspectors.read': true };
    expect(visibleMenu(leader).map((e) => e.path)).toEqual(['/', '/rounds', '/inspectors']);
    const team = { 'rounds.read': true };
    expect(visibleMenu(team).map((e) => e.path)).toEqual(['/', '/rounds']);
  });

  it('shows the office the whole clue ledger, receivers their inbox, the leading group the ledger', () => {
    const office = { 'clues.read': true, 'clues.manage': true };
    expect(visibleMenu(office).map((e) => e.path)).toEqual([
      '/',
      '/clues',
      '/clue-reviews',
      '/clues/stalled',
    ]);
    const receiver = { 'clues.read': true, 'clues.inbox': true };
    expect(visibleMenu(receiver).map((e) => e.path)).toEqual([
      '/',
      '/clues',
      '/clues/inbox',
      '/clues/stalled',
    ]);
    const leader = { 'clues.read': true };
    expect(visibleMenu(leader).map((e) => e.path)).toEqual(['/', '/clues', '/clues/stalled']);
    expect(visibleMenu(leader).map((e) => e.labelKey)).toEqual([
      'menu.dashboard',
      'menu.clues',
      'menu.clueStalled',
    ]);
  });

  it('shows the office the closure review after the clue entries, the unit only 整改督查 and 整改事项', () => {
    const office = { 'clues.read': true, 'rectification.read': true, 'rectification.review': true };
    expect(visibleMenu(office).map((e) => e.path)).toEqual([
      '/',
      '/clues',
      '/clues/stalled',
      '/rectification',
      '/rectification/items',
      '/rectification/review',
      '/rectification/common-problems',
    ]);
    const liaison = { 'rectification.read': true };
    expect(visibleMenu(liaison).map((e) => e.labelKey)).toEqual([
      'menu.dashboard',
      'menu.rectification',
      'menu.rectificationItems',
      'menu.commonProblems',
    ]);
  });
});
