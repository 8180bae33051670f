import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchBrowser,
  loginViaUi,
  logoutViaUi,
  newPage,
  screenshot,
  sideMenuKeys,
  statusFromPage,
} from './support/browser.js';
import { runAuditVerify, startServer } from './support/server.js';
import type { RunningServer } from './support/server.js';

const DEMO_PASSWORD = 'Demo#2026xc';

describe('the signed-in shell (demo mode, as the inspection office)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ demo: true });
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.baseUrl));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  it("serves the web app's scripts, styles and icon to a visitor without a session", async () => {
    const html = await (await fetch(`${server.baseUrl}/login`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    const statuses = await Promise.all(
      assets.map(async (asset) => {
        const response = await fetch(server.baseUrl + asset);
        // Read each body to the end: an unread one keeps its connection busy, and the server's
        // graceful shutdown would wait for it.
        await response.arrayBuffer();
        return `${asset} ${response.status}`;
      }),
    );
    expect(statuses).toEqual(assets.map((asset) => `${asset} 200`));
  });

  it('shows a Chinese login page with the demo banner', async () => {
    await page.goto('/login');
    await expect.poll(() => page.getByTestId('login-submit').innerText()).toMatch(/登\s*录/);
    await page.getByTestId('demo-banner').waitFor({ state: 'visible' });
    expect(await page.getByTestId('demo-banner').innerText()).toContain(DEMO_PASSWORD);
    expect(await page.locator('html').innerText()).toContain('用户登录');
  });

  it('opens the shell for office with the office menu and no user or audit pages', async () => {
    await loginViaUi(page, 'office', DEMO_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/');

    const header = page.locator('header');
    await header.getByText('巡察信访一体化监督平台').waitFor();
    expect(await header.innerText()).toContain('清河县');
    expect(await page.getByTestId('user-menu').innerText()).toContain('巡察办 周主任');

    const menu = page.getByTestId('side-menu');
    const labels = await menu.innerText();
    for (const label of ['工作台', '组织机构', '系统设置', '工作日历', '通知', '个人设置']) {
      expect(labels).toContain(label);
    }
    expect(labels).not.toContain('用户管理');
    expect(labels).not.toContain('审计日志');
    expect(await sideMenuKeys(page)).toEqual([
      '/',
      '/petitions',
      '/petitions/new',
      '/petitions/deadlines',
      '/access-requests',
      '/rounds',
      '/rounds/new',
      '/coverage',
      '/inspectors',
      '/clues',
      '/clue-reviews',
      '/clues/stalled',
      '/rectification',
      '/rectification/items',
      '/rectification/review',
      '/rectification/common-problems',
      '/org',
      '/settings',
      '/calendar',
      '/notifications',
      '/profile',
    ]);

    await screenshot(page, 'shell-office.png');
  });

  it('switches the shell to English and back to Chinese', async () => {
    const menu = page.getByTestId('side-menu');
    const languageSwitch = page.getByTestId('language-switch');

    await languageSwitch.getByText('English', { exact: true }).click();
    await expect.poll(() => menu.innerText()).toContain('Organization');
    const english = await menu.innerText();
    for (const label of ['Dashboard', 'Settings', 'Working calendar', 'My account']) {
      expect(english).toContain(label);
    }
    expect(english).not.toContain('组织机构');
    expect(await page.locator('header').innerText()).toContain(
      'Integrated Inspection and Petition Supervision Platform',
    );

    await languageSwitch.getByText('中文', { exact: true }).click();
    await expect.poll(() => menu.innerText()).toContain('组织机构');
    expect(await menu.innerText()).not.toContain('Organization');
    expect(await page.locator('header').innerText()).toContain('巡察信访一体化监督平台');
  });

  it('logs out through the user menu, lands on /login and the session is gone', async () => {
    expect(await statusFromPage(page, '/api/auth/me')).toBe(200);

    await logoutViaUi(page);
    await page.getByTestId('login-submit').waitFor({ state: 'visible' });
    expect(await statusFromPage(page, '/api/auth/me')).toBe(401);

    // The guarded area sends the visitor back to the login page instead of showing the shell.
    await page.goto('/org');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/org');
    expect(await page.getByTestId('side-menu').count()).toBe(0);
  });

  it('leaves an intact audit chain in the demo data dir once the server has stopped', async () => {
    await server.stop();
    const result = await runAuditVerify(server.dataDir);
    expect(result.output).toContain('审计日志完整 (audit chain intact)');
    expect(result.code).toBe(0);
  });
});
