import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginViaUi, newPage, sideMenuKeys } from './support/browser.js';
import { startServer } from './support/server.js';
import type { RunningServer } from './support/server.js';

const DEMO_PASSWORD = 'Demo#2026xc';

// The server's ability table (server/src/policies/abilities.ts), restated here on purpose:
// the browser must show exactly what it grants. null = every signed-in user.
const ABILITY_ROLES: Record<string, readonly string[] | null> = {
  'users.manage': ['system_admin'],
  'org.read': [
    'system_admin',
    'office_admin',
    'leading_group',
    'team_leader',
    'team_member',
    'petition_clerk',
    'discipline',
    'organization',
  ],
  'org.manage': ['system_admin', 'office_admin'],
  'audit.read': ['auditor'],
  'petitions.read': [
    'office_admin',
    'leading_group',
    'team_leader',
    'team_member',
    'petition_clerk',
    'discipline',
    'organization',
  ],
  'petitions.register': ['office_admin', 'team_leader', 'team_member', 'petition_clerk'],
  'petitions.deadlines': ['office_admin', 'leading_group', 'petition_clerk'],
  'access-requests.read': [
    'office_admin',
    'leading_group',
    'team_leader',
    'team_member',
    'petition_clerk',
    'discipline',
    'organization',
  ],
  'rounds.read': ['office_admin', 'leading_group', 'team_leader', 'team_member'],
  'rounds.plan': ['office_admin'],
  'inspectors.read': ['office_admin', 'leading_group'],
  'clues.read': [
    'office_admin',
    'leading_group',
    'team_leader',
    'team_member',
    'discipline',
    'organization',
  ],
  'clues.manage': ['office_admin'],
  'clues.inbox': ['discipline', 'organization'],
  'rectification.read': [
    'office_admin',
    'leading_group',
    'team_leader',
    'team_member',
    'unit_liaison',
  ],
  'rectification.review': ['office_admin'],
  'settings.manage': ['system_admin', 'office_admin'],
  'calendar.manage': ['system_admin', 'office_admin'],
  'notifications.read': null,
  'profile.read': null,
};

// The side menu in display order, with the ability each entry needs (null = everyone).
const MENU: [path: string, ability: string | null][] = [
  ['/', null],
  ['/petitions', 'petitions.read'],
  ['/petitions/new', 'petitions.register'],
  ['/petitions/deadlines', 'petitions.deadlines'],
  ['/access-requests', 'access-requests.read'],
  ['/rounds', 'rounds.read'],
  ['/rounds/new', 'rounds.plan'],
  ['/coverage', 'rounds.plan'],
  ['/inspectors', 'inspectors.read'],
  ['/clues', 'clues.read'],
  ['/clue-reviews', 'clues.manage'],
  ['/clues/inbox', 'clues.inbox'],
  ['/clues/stalled', 'clues.read'],
  ['/rectification', 'rectification.read'],
  ['/rectification/items', 'rectification.read'],
  ['/rectification/review', 'rectification.review'],
  ['/rectification/common-problems', 'rectification.read'],
  ['/users', 'users.manage'],
  ['/org', 'org.read'],
  ['/audit', 'audit.read'],
  ['/settings', 'settings.manage'],
  ['/calendar', 'calendar.manage'],
  ['/notifications', 'notifications.read'],
  ['/profile', 'profile.read'],
];

const DEMO_ROLES: Record<string, string> = {
  admin: 'system_admin',
  office: 'office_admin',
  leader: 'leading_group',
  team1lead: 'team_leader',
  team1member: 'team_member',
  team2lead: 'team_leader',
  team2member: 'team_member',
  clerk: 'petition_clerk',
  discipline: 'discipline',
  organization: 'organization',
  liaison: 'unit_liaison',
  secretary: 'unit_liaison',
  auditor: 'auditor',
};

function expectedMenu(role: string): string[] {
  return MENU.filter(([, ability]) => {
    const roles = ability === null ? null : ABILITY_ROLES[ability];
    return roles === null || (roles ?? []).includes(role);
  }).map(([path]) => path);
}

describe('side menu per demo account', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ demo: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** Each account gets its own browser context: no cookie or cache carries over. */
  async function signedIn<T>(username: string, use: (page: Page) => Promise<T>): Promise<T> {
    const { context, page } = await newPage(browser, server.baseUrl);
    try {
      await loginViaUi(page, username, DEMO_PASSWORD);
      return await use(page);
    } finally {
      await context.close();
    }
  }

  it('expects what the ability table grants (auditor, admin and liaison examples)', () => {
    expect(expectedMenu('auditor')).toEqual(['/', '/audit', '/notifications', '/profile']);
    expect(expectedMenu('system_admin')).toContain('/users');
    expect(expectedMenu('unit_liaison')).toEqual([
      '/',
      '/rectification',
      '/rectification/items',
      '/rectification/common-problems',
      '/notifications',
      '/profile',
    ]);
  });

  for (const [username, role] of Object.entries(DEMO_ROLES)) {
    const expected = expectedMenu(role);
    it(`${username} (${role}) sees exactly ${expected.join(' ')}`, async () => {
      const keys = await signedIn(username, (page) => sideMenuKeys(page));
      expect(keys).toEqual(expected);
    });
  }

  // api: what the page would load; serverRefuses: the server must also hold that data back
  // (a liaison may read their own unit through the API by design, so only the page is checked).
  const noAccess = [
    { username: 'auditor', path: '/users', api: '/api/users', serverRefuses: true },
    { username: 'liaison', path: '/org', api: '/api/units', serverRefuses: false },
    { username: 'office', path: '/audit', api: '/api/audit', serverRefuses: true },
  ];
  for (const { username, path, api, serverRefuses } of noAccess) {
    it(`${username} opening ${path} directly gets the no-access page and no data`, async () => {
      await signedIn(username, async (page) => {
        const dataRequests: string[] = [];
        page.on('request', (request) => {
          if (new URL(request.url()).pathname.startsWith(api)) dataRequests.push(request.url());
        });

        await page.goto(path);
        await page.getByText('您无权访问此页面').waitFor({ state: 'visible' });
        await page.waitForLoadState('networkidle');

        expect(dataRequests).toEqual([]);
        const content = await page.locator('main').innerText();
        expect(content).not.toMatch(/team1lead|team2member|县住建局|用户名|Username/);
        if (serverRefuses) {
          // Forbidden outright, or an empty list filtered down to nothing.
          const { status, items } = await page.evaluate(async (url) => {
            const response = await fetch(url);
            const body = (await response.json()) as { items?: unknown[] };
            return { status: response.status, items: body.items ?? [] };
          }, api);
          expect([200, 403]).toContain(status);
          expect(items).toEqual([]);
        }
      });
    });
  }
});
