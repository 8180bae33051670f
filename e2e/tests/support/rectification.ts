import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { screenshot } from './browser.js';
import { WAIT, dialogWith, pickDate } from './rounds.js';

export interface ApiAnswer<T> {
  status: number;
  body: T;
}

/**
 * A JSON request made by the page itself (its session cookie and CSRF token): the status and the
 * parsed body (null when there is none). For setup and cross-checks only.
 */
export function api<T = unknown>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  body?: unknown,
): Promise<ApiAnswer<T>> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (method !== 'GET') {
        const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
        headers['x-csrf-token'] = me.csrfToken;
        if (body !== undefined) headers['content-type'] = 'application/json';
      }
      const response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
    { method, url, body },
  );
}

/** Like api(), but throws with the server's answer unless the status is `expected`. */
export async function apiOk<T = unknown>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  body?: unknown,
  expected = method === 'POST' && !url.includes('/transitions') ? [200, 201] : [200],
): Promise<T> {
  const answer = await api<T>(page, method, url, body);
  if (!expected.includes(answer.status))
    throw new Error(`${method} ${url} → ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The parts of the plan's API view the test reads. */
export interface PlanJson {
  id: string;
  state: string;
  unitName: string;
  roundId: string;
  feedbackOn: string;
  dueOn: string;
  secretaryUserId: string | null;
  findings: { id: string; problem: string; itemCount: number }[];
  items: ItemJson[];
  report: { content: string; valid: boolean; signedAt: string | null } | null;
  version: number;
}

export interface ItemJson {
  id: string;
  problem: string;
  measures: string;
  responsibleLeader: string;
  dueOn: string;
  state: string;
  findingId: string | null;
  files: { id: string; name: string }[];
  escalations: { kind: string; message: string }[];
  version: number;
}

export const planJson = (page: Page, id: string) =>
  apiOk<PlanJson>(page, 'GET', `/api/rectification-plans/${id}`);

/** What the page shows after a refused request: the notifications and toasts. */
export async function notices(page: Page): Promise<string> {
  const shown = await page.locator('.ant-notification-notice, .ant-message-notice').allInnerTexts();
  return shown.join(' | ');
}

/** Opens a plan and waits for its detail (or its not-found page). */
export async function openPlan(page: Page, id: string): Promise<void> {
  await page.goto(`/rectification/${id}`);
  await page
    .getByTestId('plan-detail')
    .or(page.getByTestId('plan-not-found'))
    .first()
    .waitFor({ state: 'visible' });
}

/** Waits until the plan's header shows this state (its code: drafting, submitted, approved…). */
export async function waitForPlanState(page: Page, state: string): Promise<void> {
  await page.locator(`[data-testid="plan-state"][data-state="${state}"]`).waitFor();
}

/** The row of one item in the plan's four lists, the item board or the review queue. */
export function itemRow(page: Page, itemId: string): Locator {
  return page.locator(`[data-testid="item-row"][data-item-id="${itemId}"]`);
}

/** Clicks a modal's OK button and waits for it to close; says why when it stays open. */
export async function submitAndClose(
  page: Page,
  dialog: Locator,
  ok: Locator,
  what: string,
): Promise<void> {
  await ok.click();
  try {
    await dialog.waitFor({ state: 'hidden' });
  } catch (error) {
    const shown = await dialog.innerText().catch(() => '');
    await screenshot(page, `rectification-${what}-failed.png`);
    throw new Error(`the ${what} dialog stayed open: ${shown} ${await notices(page)}`, {
      cause: error,
    });
  }
}

export interface ItemDraft {
  /** Drafted from this finding (its own 为此问题新增整改事项 button); else `problem` is typed. */
  findingId?: string;
  problem?: string;
  leader: string;
  persons: string;
  measures: string;
  /** YYYY-MM-DD; empty = the plan's deadline. */
  dueOn?: string;
  immediateFix?: boolean;
}

/** Adds one item in the plan editor through the 新增整改事项 modal; waits for its row. */
export async function addItem(page: Page, draft: ItemDraft): Promise<void> {
  const rows = page.getByTestId('plan-items').locator('[data-testid="item-row"]');
  const before = await rows.count();
  if (draft.findingId) {
    await page
      .locator(`[data-testid="plan-finding"][data-finding-id="${draft.findingId}"]`)
      .getByTestId('finding-add-item')
      .click();
  } else {
    await page.getByTestId('item-add').click();
  }
  const dialog = dialogWith(page, 'item-leader');
  await dialog.waitFor({ state: 'visible' });
  if (draft.problem) await dialog.getByTestId('item-problem').fill(draft.problem);
  await dialog.getByTestId('item-leader').fill(draft.leader);
  await dialog.getByTestId('item-persons').fill(draft.persons);
  await dialog.getByTestId('item-measures').fill(draft.measures);
  if (draft.dueOn) await pickDate(page, dialog.getByTestId('item-due-on'), draft.dueOn);
  if (draft.immediateFix) await dialog.getByTestId('item-immediate').check();
  await submitAndClose(page, dialog, dialog.getByTestId('item-save'), 'item');
  await expect.poll(() => rows.count(), WAIT).toBe(before + 1);
}

/** Opens a plan step (plan-action-<action>), writes the opinion and confirms it. */
export async function firePlanAction(
  page: Page,
  action: string,
  state: string,
  opinion?: string,
): Promise<void> {
  await page.getByTestId(`plan-action-${action}`).click();
  const dialog = dialogWith(page, 'plan-opinion');
  await dialog.waitFor({ state: 'visible' });
  if (opinion) await dialog.getByTestId('plan-opinion').fill(opinion);
  await submitAndClose(page, dialog, dialog.getByTestId('plan-submit'), `plan-${action}`);
  await waitForPlanState(page, state);
}

/** Opens an item step (item-action-<action>) inside `scope` (its row or card); the dialog. */
export async function openItemAction(page: Page, scope: Locator, action: string): Promise<Locator> {
  await scope.getByTestId(`item-action-${action}`).click();
  const dialog = dialogWith(page, 'item-opinion');
  await dialog.waitFor({ state: 'visible' });
  return dialog;
}

/** A small but real PDF: the server sniffs the type from the first bytes. */
export function evidencePdf(name: string) {
  const text = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n');
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(text, 'latin1') };
}

/**
 * Uploads one evidence file through the dialog's upload control (the hidden file input behind
 * 上传佐证材料) and waits until the server stored it and the dialog may be submitted.
 */
export async function uploadEvidence(page: Page, dialog: Locator, name: string): Promise<void> {
  const stored = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/files' && r.request().method() === 'POST',
  );
  await dialog
    .getByTestId('item-files')
    .locator('input[type="file"]')
    .setInputFiles(evidencePdf(name));
  const answer = await stored;
  expect(answer.status()).toBe(201);
  await dialog.locator('.ant-upload-list').getByText(name).waitFor({ state: 'visible' });
  await expect
    .poll(() => dialog.getByTestId('item-transition-submit').isEnabled(), WAIT)
    .toBe(true);
}

/** A round as the API lists and shows it (the parts used here). */
interface RoundJson {
  id: string;
  name: string;
  stage: string;
  version: number;
  targets: { unitId: string; unitName: string; teamName: string | null }[];
}

/** The round with this name, found in the office's list. */
export async function findRound(page: Page, name: string): Promise<RoundJson> {
  const list = await apiOk<{ items: { id: string; name: string }[] }>(
    page,
    'GET',
    '/api/rounds?pageSize=100',
  );
  const found = list.items.find((r) => r.name === name);
  if (!found) throw new Error(`no round named ${name}`);
  return apiOk<RoundJson>(page, 'GET', `/api/rounds/${found.id}`);
}

/**
 * The office writes a report for every target of a round on site that has none yet and submits
 * them to the leading group (the setup the rounds test proves through the UI).
 */
export async function writeReportsAndSubmit(
  page: Page,
  roundId: string,
  opinion: string,
): Promise<void> {
  const round = await apiOk<RoundJson>(page, 'GET', `/api/rounds/${roundId}`);
  if (round.stage !== 'on_site') throw new Error(`round ${round.name} is ${round.stage}`);
  const file = await apiOk<{ reports: { unitId: string; content: string; version: number }[] }>(
    page,
    'GET',
    `/api/rounds/${roundId}/file`,
  );
  for (const target of round.targets) {
    const report = file.reports.find((r) => r.unitId === target.unitId);
    if (report?.content.trim()) continue;
    await apiOk(page, 'PUT', `/api/rounds/${roundId}/reports/${target.unitId}`, {
      content: [
        `关于对${target.unitName}开展常规巡察情况的报告`,
        '一、巡察工作基本情况',
        '巡察组进驻后开展个别谈话、调阅资料。',
        '二、发现的主要问题',
        '见巡察发现问题清单。',
        '三、意见建议',
        '压实整改主体责任，建立问题、责任、整改、督查四个清单。',
      ].join('\n'),
      teamEvaluation: `${target.unitName}领导班子落实全面从严治党主体责任有差距。`,
      version: report?.version ?? 0,
    });
  }
  await transitionRound(page, roundId, 'submit_report', opinion);
}

/** One stage step of a round through the API (the version read first). */
export async function transitionRound(
  page: Page,
  roundId: string,
  action: string,
  opinion: string,
): Promise<void> {
  const round = await apiOk<RoundJson>(page, 'GET', `/api/rounds/${roundId}`);
  await apiOk(page, 'POST', `/api/rounds/${roundId}/transitions`, {
    action,
    version: round.version,
    opinion,
  });
}
