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

  it('shows every entry when every ability is granted', () => {
    const all = Object.fromEntries(Object.keys(AUDITOR).map((k) => [k, true]));
    expect(visibleMenu(all)).toHaveLength(MENU.length);
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
  });
});
