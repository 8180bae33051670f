import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, loginViaUi, newPage, sideMenuKeys } from './support/browser.js';
import { runAuditVerify, startServer } from './support/server.js';
import type { RunningServer } from './support/server.js';

describe('first start on an empty data dir (no demo)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let adminPassword = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.baseUrl));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  it('writes the initial admin password to initial-admin.txt, readable by the owner only', async () => {
    const file = path.join(server.dataDir, 'initial-admin.txt');
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const text = await readFile(file, 'utf8');
    expect(text).toContain('admin');
    const match = /初始密码 password: (\S+)/.exec(text);
    expect(match).not.toBeNull();
    adminPassword = match?.[1] ?? '';
    expect(adminPassword.length).toBeGreaterThanOrEqual(12);
    // The console shows the same password once, for whoever started the server.
    expect(server.output()).toContain(adminPassword);
  });

  it('shows a login page without the demo banner', async () => {
    await page.goto('/login');
    await page.getByTestId('login-submit').waitFor({ state: 'visible' });
    // The version line appears once the public config has loaded, which decides the banner.
    await page.getByText(/版本 \d+\.\d+\.\d+/).waitFor({ state: 'visible' });
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('演示');
  });

  it('lets admin sign in with that password and manage users', async () => {
    expect(adminPassword).not.toBe('');
    await loginViaUi(page, 'admin', adminPassword);

    const menu = page.getByTestId('side-menu');
    await menu.getByText('用户管理').waitFor({ state: 'visible' });
    expect(await sideMenuKeys(page)).toContain('/users');
    expect(await page.getByTestId('jurisdiction-name').innerText()).toContain('本级辖区');

    await menu.getByText('用户管理').click();
    await page.waitForURL((url) => url.pathname === '/users');
    await page.locator('main').getByText('admin', { exact: true }).first().waitFor();
  });

  it('leaves an intact audit chain once the server has stopped', async () => {
    await server.stop();
    const result = await runAuditVerify(server.dataDir);
    expect(result.output).toContain('审计日志完整 (audit chain intact)');
    expect(result.code).toBe(0);
  });
});
