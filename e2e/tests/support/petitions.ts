import type { Browser, Locator, Page } from 'playwright-core';
import { loginViaUi, newPage, screenshot } from './browser.js';

/** Runs `use` in a fresh browser context signed in as `username` (no cookie carries over). */
export async function asUser<T>(
  browser: Browser,
  baseUrl: string,
  username: string,
  password: string,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const { context, page } = await newPage(browser, baseUrl);
  try {
    await loginViaUi(page, username, password);
    return await use(page);
  } finally {
    await context.close();
  }
}

/**
 * Opens an antd Select and picks the option whose text is `label`. The dropdown animates in;
 * a click that lands mid-animation is lost now and then, so the pick is retried until shown.
 */
export async function pickOption(page: Page, select: Locator, label: string): Promise<void> {
  const chosen = select.locator('.ant-select-content', { hasText: label });
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const option = dropdown.locator('.ant-select-item-option', { hasText: label }).first();
  for (let attempt = 1; ; attempt++) {
    // Open the dropdown unless it is still open from the last attempt.
    if (!(await option.isVisible())) await select.click();
    await option.waitFor({ state: 'visible' });
    await page.waitForTimeout(150); // let the opening animation settle
    await option.click();
    try {
      await chosen.waitFor({ state: 'visible', timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

/** The petition's state as its detail header shows it. */
export function detailState(page: Page): Promise<string> {
  return page.getByTestId('petition-detail').getByTestId('petition-state').first().innerText();
}

/** Opens a petition and waits for its detail (or its not-found page). */
export async function openPetition(page: Page, id: string): Promise<void> {
  await page.goto(`/petitions/${id}`);
  await page
    .getByTestId('petition-detail')
    .or(page.getByTestId('petition-not-found'))
    .first()
    .waitFor({ state: 'visible' });
}

/**
 * Fires one of the petition's action buttons: fills the modal with `fill` (which gets the
 * modal) and submits it, then waits for the modal to close.
 */
export async function fireAction(
  page: Page,
  action: string,
  fill: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await page.getByTestId(`petition-action-${action}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ state: 'visible' });
  await fill(dialog);
  await page.getByTestId('transition-submit').click();
  try {
    await dialog.waitFor({ state: 'hidden' });
  } catch (error) {
    // Say why: the modal's field errors and any notification the server's answer raised.
    const shown = await dialog.innerText().catch(() => '');
    const notices = await page.locator('.ant-notification-notice').allInnerTexts();
    await screenshot(page, `petition-${action}-failed.png`);
    throw new Error(`the ${action} dialog stayed open: ${shown} ${notices.join(' | ')}`, {
      cause: error,
    });
  }
}

/** Confirms the visible antd Popconfirm. */
export async function confirmPopconfirm(page: Page): Promise<void> {
  await page.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
}

/** The OK button of the visible form modal (antd spaces two-character labels: "保 存"). */
export function modalOk(page: Page): Locator {
  return page.getByRole('dialog').locator('.ant-modal-footer .ant-btn-primary');
}
