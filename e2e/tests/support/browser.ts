import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Screenshots land here (git-ignored) and are kept after the run. */
export const artifactsDir = path.resolve(import.meta.dirname, '../../artifacts');

/** Debian's Chromium, headless; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.XUNCHA_E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (own cookies and localStorage) whose relative URLs go to baseUrl. */
export async function newPage(
  browser: Browser,
  baseUrl: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/** Fills the login form and waits until the signed-in shell (the side menu) is shown. */
export async function loginViaUi(page: Page, username: string, password: string): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('side-menu').waitFor({ state: 'visible' });
}

/** Opens the user menu and chooses "log out"; waits for the login page. */
export async function logoutViaUi(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.waitForURL((url) => url.pathname === '/login');
}

/**
 * The side menu's item keys (the route paths), in display order. antd renders each item's
 * key as the tail of its `data-menu-id` ("rc-menu-uuid-…-/org").
 */
export async function sideMenuKeys(page: Page): Promise<string[]> {
  const ids = await page
    .getByTestId('side-menu')
    .locator('li[data-menu-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-menu-id') ?? ''));
  return ids.map((id) => id.slice(id.indexOf('/')));
}

/** The HTTP status of a same-origin fetch made by the page itself (its cookies, its origin). */
export async function statusFromPage(page: Page, url: string): Promise<number> {
  return page.evaluate(async (target) => (await fetch(target)).status, url);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
