import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { screenshot } from './browser.js';
import { pickOption } from './petitions.js';

/** Waits on the server's answer and a re-render; generous for a slow machine. */
export const WAIT = { timeout: 15_000 } as const;

/** Opens a round and waits for its detail (or its not-found page). */
export async function openRound(page: Page, id: string): Promise<void> {
  await page.goto(`/rounds/${id}`);
  await page
    .getByTestId('round-detail')
    .or(page.getByTestId('round-not-found'))
    .first()
    .waitFor({ state: 'visible' });
}

/** The round's stage as the detail header shows it. */
export function roundStage(page: Page): Promise<string> {
  return page.getByTestId('round-detail').getByTestId('round-stage').first().innerText();
}

/** Waits until the detail header shows this stage. */
export async function waitForStage(page: Page, stage: string): Promise<void> {
  await page
    .getByTestId('round-detail')
    .getByTestId('round-stage')
    .filter({ hasText: new RegExp(`^\\s*${stage}\\s*$`) })
    .waitFor({ state: 'visible' });
}

/** Switches the round detail to one of its tabs. */
export async function openTab(page: Page, label: string): Promise<void> {
  const tab = page.getByRole('tab', { name: label, exact: true });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected'), WAIT).toBe('true');
}

/** The gate line under the next stage: what the step still needs ("还缺：…"). */
export function gate(page: Page, action: string): Locator {
  return page.getByTestId(`gate-${action}`);
}

/** The visible modal that holds this field (closed form modals stay in the DOM, hidden). */
export function dialogWith(page: Page, testId: string): Locator {
  return page.getByRole('dialog').filter({ has: page.getByTestId(testId) });
}

/** What the page shows after a refused request: the notifications and toasts. */
async function notices(page: Page): Promise<string> {
  const shown = await page.locator('.ant-notification-notice, .ant-message-notice').allInnerTexts();
  return shown.join(' | ');
}

/** Clicks the modal's OK button and waits for it to close; says why when it stays open. */
export async function submitDialog(page: Page, dialog: Locator, what: string): Promise<void> {
  await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
  try {
    await dialog.waitFor({ state: 'hidden' });
  } catch (error) {
    const shown = await dialog.innerText().catch(() => '');
    await screenshot(page, `round-${what}-failed.png`);
    throw new Error(`the ${what} dialog stayed open: ${shown} ${await notices(page)}`, {
      cause: error,
    });
  }
}

/**
 * Fires one of the round's stage steps (`round-action-<action>`) with an opinion and waits for
 * the detail to show the stage it leads to. A refused step closes the modal with a notification
 * naming what is missing; that text is in the error.
 */
export async function fireRoundAction(
  page: Page,
  action: string,
  stage: string,
  opinion?: string,
): Promise<void> {
  await page.getByTestId(`round-action-${action}`).click();
  const dialog = dialogWith(page, 'round-transition-opinion');
  await dialog.waitFor({ state: 'visible' });
  if (opinion) await dialog.getByTestId('round-transition-opinion').fill(opinion);
  await page.getByTestId('round-transition-submit').click();
  try {
    await dialog.waitFor({ state: 'hidden' });
    await waitForStage(page, stage);
  } catch (error) {
    await screenshot(page, `round-${action}-failed.png`);
    const shown = await roundStage(page).catch(() => '?');
    throw new Error(`${action} did not reach ${stage} (shown: ${shown}): ${await notices(page)}`, {
      cause: error,
    });
  }
}

/** The browser's local date `days` from today, as the date pickers write it (YYYY-MM-DD). */
export function browserDate(page: Page, days = 0): Promise<string> {
  return page.evaluate((offset) => {
    const date = new Date();
    date.setDate(date.getDate() + offset);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }, days);
}

/**
 * Sets an antd DatePicker (its test id sits on the input): types the date, which moves the
 * open calendar to it, then clicks that day's cell, which commits the value and closes the
 * popup. No Enter key: inside a form with a submit button, Enter would submit the form.
 */
export async function pickDate(page: Page, input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await page.locator(`.ant-picker-dropdown td[title="${date}"]:visible`).click();
  await expect.poll(() => input.inputValue(), WAIT).toBe(date);
}

/** The Select dropdowns open or still closing (a closed one keeps its node, marked hidden). */
function openDropdowns(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
}

/**
 * pickOption (support/petitions.ts) once every other dropdown has closed. A dropdown takes a
 * moment to animate out; while it does, pickOption can take its option for the one it wants
 * when both offer the same label (a team for each target) and then waits on an option that
 * is going away.
 */
export async function pickOptionAfterClose(
  page: Page,
  select: Locator,
  label: string,
): Promise<void> {
  await expect.poll(() => openDropdowns(page).count(), WAIT).toBe(0);
  await pickOption(page, select, label);
}

/**
 * Picks an option of a Select that searches on the server (the talent pool): types `search`,
 * waits for an option showing `label`, then picks it with the retrying pickOption.
 */
export async function searchAndPick(
  page: Page,
  select: Locator,
  search: string,
  label: string,
): Promise<void> {
  const option = openDropdowns(page).locator('.ant-select-item-option', { hasText: label }).first();
  await expect.poll(() => openDropdowns(page).count(), WAIT).toBe(0);
  await select.click();
  await select.locator('input').fill(search);
  await option.waitFor({ state: 'visible' });
  await pickOption(page, select, label);
}

/** A GET made by the page itself (its session cookie), answered as JSON. */
export function getJson<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (target) => (await (await fetch(target)).json()) as T, url);
}

/** A JSON POST made by the page itself with its session's CSRF token; the HTTP status. */
export function postStatus(page: Page, url: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ({ target, payload }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const response = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(payload),
      });
      return response.status;
    },
    { target: url, payload: body },
  );
}

export interface Coverage {
  percent: number;
  inspected: number;
  total: number;
  /** The units not yet inspected in the term, id → name, as the board lists them. */
  pending: Map<string, string>;
}

/** Opens the coverage board (全覆盖) and reads its summary and its list of pending units. */
export async function readCoverage(page: Page): Promise<Coverage> {
  await page.goto('/coverage');
  const summary = page.getByTestId('coverage-summary');
  await summary.waitFor({ state: 'visible' });
  const percentText = await page.getByTestId('coverage-percent').innerText();
  const percent = /([\d.]+)\s*%/.exec(percentText)?.[1];
  const text = await summary.innerText();
  const counts = /已巡察单位\s*(\d+)\s*\/\s*(\d+)/.exec(text);
  const pendingCount = /未巡察单位\s*(\d+)/.exec(text);
  if (percent === undefined || !counts || !pendingCount)
    throw new Error(`coverage summary not understood: ${percentText} / ${text}`);
  const rows = page.getByTestId('coverage-table').locator('tbody tr[data-row-key]');
  if (Number(pendingCount[1]) > 0) await rows.first().waitFor();
  const pending = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute('data-row-key') ?? '',
      name: (tr.querySelector('td') as HTMLElement | null)?.innerText.trim() ?? '',
    })),
  );
  return {
    percent: Number(percent),
    inspected: Number(counts[1]),
    total: Number(counts[2]),
    pending: new Map(pending.map((unit) => [unit.id, unit.name])),
  };
}

/** A table's "next page" control that can be used (antd hides it on a single page). */
async function hasNext(next: Locator): Promise<boolean> {
  return (await next.count()) > 0 && (await next.getAttribute('aria-disabled')) !== 'true';
}

/**
 * On the coverage board: the row of one unit in the list of all `total` units (20 a page),
 * paged through.
 */
export async function coverageRow(page: Page, unitId: string, total: number): Promise<Locator> {
  await page.getByText(/^全部单位（\d+）$/).click();
  const rows = page.getByTestId('coverage-table').locator('tbody tr[data-row-key]');
  const row = rows.and(page.locator(`[data-row-key="${unitId}"]`));
  const first = rows.first();
  // The list switched from the pending units to all of them.
  await expect.poll(() => rows.count(), WAIT).toBe(Math.min(total, 20));
  for (let pageNo = 1; pageNo <= 10; pageNo++) {
    await first.waitFor();
    if ((await row.count()) > 0) return row;
    const next = page.locator('.ant-pagination-next');
    if (!(await hasNext(next))) break;
    const firstKey = await first.getAttribute('data-row-key');
    await next.click();
    await expect.poll(() => first.getAttribute('data-row-key'), WAIT).not.toBe(firstKey);
  }
  throw new Error(`unit ${unitId} is not on the coverage board`);
}

export interface RankedRow {
  key: string;
  text: string;
}

/**
 * On the round planner: walks the evidence ranking from its first page in ranked order and
 * ticks, for each wish, the first row it accepts (a row is taken once). Returns the rows.
 */
export async function tickFromRanking(
  page: Page,
  wishes: ((row: RankedRow) => boolean)[],
): Promise<RankedRow[]> {
  const table = page.getByTestId('ranking-table');
  const rows = table.locator('tbody tr[data-row-key]');
  const found: (RankedRow | undefined)[] = wishes.map(() => undefined);
  for (let pageNo = 1; pageNo <= 10; pageNo++) {
    await rows.first().waitFor();
    const list = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute('data-row-key') ?? '',
        text: (tr as HTMLElement).innerText,
      })),
    );
    for (const [i, wish] of wishes.entries()) {
      if (found[i]) continue;
      const row = list.find((r) => wish(r) && !found.some((f) => f?.key === r.key));
      if (!row) continue;
      found[i] = row;
      await table.locator(`tr[data-row-key="${row.key}"] input[type="checkbox"]`).check();
    }
    if (found.every(Boolean)) return found as RankedRow[];
    const next = page.getByTestId('plan-ranking').locator('.ant-pagination-next');
    if (!(await hasNext(next))) break;
    await next.click();
    await expect.poll(() => rows.first().getAttribute('data-row-key'), WAIT).not.toBe(list[0]?.key);
  }
  throw new Error(`the ranking has no row for wish ${found.findIndex((f) => !f)}`);
}

/** A statistic of the archive index (立卷归案 cover sheet) by its title. */
export async function archiveCount(page: Page, title: string): Promise<number> {
  const statistic = page
    .getByTestId('round-archive-index')
    .locator('.ant-statistic')
    .filter({ has: page.getByText(title, { exact: true }) });
  const text = await statistic.innerText();
  const value = /(\d+)\s*$/.exec(text.trim())?.[1];
  if (value === undefined) throw new Error(`archive count ${title} not understood: ${text}`);
  return Number(value);
}
