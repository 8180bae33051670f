import { expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { loginViaUi, screenshot } from './browser.js';
import { WAIT } from './rounds.js';

/**
 * Runs `use` in a fresh browser context signed in as `username`, its clock in China Standard
 * Time like the people who use the system: the server dates every step in CST, and the date
 * pickers default to the browser's today (a UTC browser is a day behind from 16:00 UTC on).
 */
export async function asCstUser<T>(
  browser: Browser,
  baseUrl: string,
  username: string,
  password: string,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(15_000);
  try {
    const page = await context.newPage();
    await loginViaUi(page, username, password);
    return await use(page);
  } finally {
    await context.close();
  }
}

/** What the page shows after a refused request: the notifications and toasts. */
async function notices(page: Page): Promise<string> {
  const shown = await page.locator('.ant-notification-notice, .ant-message-notice').allInnerTexts();
  return shown.join(' | ');
}

/** The clue's id in the address of its detail page. */
export function clueIdOf(page: Page): string {
  const id = /\/clues\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`not on a clue's detail page: ${page.url()}`);
  return id;
}

/** Opens a clue and waits for its detail (or its not-found page). */
export async function openClue(page: Page, id: string): Promise<void> {
  await page.goto(`/clues/${id}`);
  await page
    .getByTestId('clue-detail')
    .or(page.getByTestId('clue-not-found'))
    .first()
    .waitFor({ state: 'visible' });
}

/** The detail header's account tag (报账…销账) with its code in `data-account`. */
export function accountTag(page: Page): Locator {
  return page.getByTestId('clue-detail-account');
}

/** Waits until the detail header shows the clue in this account (`recorded`…`closed`). */
export async function waitForAccount(page: Page, account: string): Promise<void> {
  await expect.poll(() => accountTag(page).getAttribute('data-account'), WAIT).toBe(account);
}

/** The ledger's rows (`clue-row-<code>`) in the table with this test id. */
export function clueRows(page: Page, tableId: string): Locator {
  return page.getByTestId(tableId).locator('tr[data-testid^="clue-row-"]');
}

/**
 * Searches the ledger (/clues) for `text` (a code, or words of the clue) and waits for the
 * answer to that search to be shown: exactly one row. Returns the row and the clue's code.
 */
export async function findInLedger(
  page: Page,
  text: string,
): Promise<{ row: Locator; code: string }> {
  await page.goto('/clues');
  const search = page.getByTestId('clue-search');
  const input = search
    .locator('input')
    .or(search.and(page.locator('input')))
    .first();
  await input.fill(text);
  const answer = page.waitForResponse(
    (r) =>
      new URL(r.url()).pathname === '/api/clues' && new URL(r.url()).searchParams.get('q') === text,
  );
  await input.press('Enter');
  const found = (await (await answer).json()) as { items: { code: string }[] };
  expect(found.items.map((c) => c.code)).toHaveLength(1);
  const code = found.items[0]!.code;
  const rows = clueRows(page, 'clue-ledger-table');
  const row = rows.and(page.getByTestId(`clue-row-${code}`));
  await row.waitFor({ state: 'visible' });
  await expect.poll(() => rows.count(), WAIT).toBe(1);
  return { row, code };
}

/** Clicks the row's code link and waits for the clue's detail. */
export async function openFromRow(page: Page, row: Locator): Promise<string> {
  await row.getByTestId('clue-link').click();
  await page.waitForURL(/\/clues\/[0-9a-f-]{36}$/);
  await page.getByTestId('clue-detail').waitFor({ state: 'visible' });
  return clueIdOf(page);
}

/**
 * Fires one of the clue's steps (`clue-action-<action>`: 交账, 签收, 报告处置方式, 销账): fills the
 * modal with `fill`, submits it and waits for it to close and for the clue to be in `account`.
 */
export async function fireClueAction(
  page: Page,
  action: string,
  account: string,
  fill: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await page.getByTestId(`clue-action-${action}`).click();
  const dialog = page
    .getByRole('dialog')
    .filter({ has: page.getByTestId('clue-transition-submit') });
  await dialog.waitFor({ state: 'visible' });
  await fill(dialog);
  await page.getByTestId('clue-transition-submit').click();
  try {
    await dialog.waitFor({ state: 'hidden' });
    await waitForAccount(page, account);
  } catch (error) {
    const shown = await dialog.innerText().catch(() => '');
    await screenshot(page, `clue-${action}-failed.png`);
    throw new Error(
      `the clue's ${action} did not reach ${account}: ${shown} ${await notices(page)}`,
      {
        cause: error,
      },
    );
  }
}

/** Clicks the OK button of a dialog and waits for it to close; says why when it stays open. */
export async function submitModal(page: Page, dialog: Locator, ok: Locator, what: string) {
  await ok.click();
  try {
    await dialog.waitFor({ state: 'hidden' });
  } catch (error) {
    const shown = await dialog.innerText().catch(() => '');
    await screenshot(page, `clue-${what}-failed.png`);
    throw new Error(`the ${what} dialog stayed open: ${shown} ${await notices(page)}`, {
      cause: error,
    });
  }
}

/** A table's "next page" control that can be used (antd hides it on a single page). */
async function hasNext(next: Locator): Promise<boolean> {
  return (await next.count()) > 0 && (await next.getAttribute('aria-disabled')) !== 'true';
}

/**
 * The row of one clue in a paged table (the stalled board and the inbox list every clue, 20 a
 * page, without search), paged through. Each page is given a moment to show the row: a table
 * whose filter just changed may still show the rows it had.
 */
export async function pagedRow(page: Page, tableId: string, code: string): Promise<Locator> {
  const table = page.getByTestId(tableId);
  const rows = clueRows(page, tableId);
  const row = table.getByTestId(`clue-row-${code}`);
  for (let pageNo = 1; pageNo <= 20; pageNo++) {
    await rows.first().waitFor();
    try {
      await row.waitFor({ state: 'visible', timeout: 2_000 });
      return row;
    } catch {
      // Not on this page (yet): the next one.
    }
    // The test id sits on the table itself; its pager is beside it in antd's wrapper.
    const next = page
      .locator('.ant-table-wrapper')
      .filter({ has: table })
      .locator('.ant-pagination-next');
    if (!(await hasNext(next))) break;
    const first = await rows.first().getAttribute('data-testid');
    await next.click();
    await expect.poll(() => rows.first().getAttribute('data-testid'), WAIT).not.toBe(first);
  }
  throw new Error(`clue ${code} is not in ${tableId}`);
}
