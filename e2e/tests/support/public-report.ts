import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loginViaUi, screenshot } from './browser.js';

/**
 * A user agent no other test sends, so that the database can be searched for it: a stored
 * agent string (or a fingerprint of it) would show up as this marker.
 */
export const REPORTER_AGENT_MARKER = 'XunchaE2EReporter/7.3';
const REPORTER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  `Chrome/140.0.0.0 Safari/537.36 ${REPORTER_AGENT_MARKER}`;

/** Addresses that never leave the page (inline images, object URLs) are not requests elsewhere. */
const LOCAL_SCHEMES = ['data:', 'blob:', 'about:'];

/** What the pages of a test requested: how many requests, and those to any other origin. */
export interface RequestLog {
  requests: number;
  foreign: string[];
}

/**
 * Counts the requests of every page of `context` and keeps those whose URL is not on
 * `baseUrl`: the public pages must load no font, script or image from elsewhere (a CDN would
 * learn the reporter's address).
 */
export function logRequests(context: BrowserContext, baseUrl: string, log: RequestLog): void {
  context.on('request', (request) => {
    const url = request.url();
    if (LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return;
    log.requests += 1;
    if (url !== baseUrl && !url.startsWith(`${baseUrl}/`)) log.foreign.push(url);
  });
}

export interface ContextOptions {
  browser: Browser;
  baseUrl: string;
  log: RequestLog;
}

/** A fresh context (no cookies, no storage) whose requests go to `log`. */
async function withContext<T>(
  { browser, baseUrl, log }: ContextOptions,
  userAgent: string | undefined,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...(userAgent ? { userAgent } : {}),
  });
  context.setDefaultTimeout(15_000);
  logRequests(context, baseUrl, log);
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Runs `use` as a member of the public: a fresh context with no session and no storage (nothing
 * carries over from an earlier visit), with the reporter's marked user agent.
 */
export async function asReporter<T>(
  options: ContextOptions,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  return withContext(options, REPORTER_AGENT, use);
}

/** Runs `use` in a fresh context signed in through the login page as `username`. */
export async function asStaff<T>(
  options: ContextOptions,
  username: string,
  password: string,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  return withContext(options, undefined, async (page) => {
    await loginViaUi(page, username, password);
    return use(page);
  });
}

export interface ReportDraft {
  accused: string;
  unit: string;
  position: string;
  facts: string;
}

/** Ticks 举报须知 and fills the form of /report as an anonymous report of one person. */
export async function fillAnonymousReport(page: Page, draft: ReportDraft): Promise<void> {
  await page.getByTestId('report-notice').waitFor({ state: 'visible' });
  // The form opens only once the notice is acknowledged.
  if ((await page.getByTestId('report-form').count()) !== 0)
    throw new Error('the report form was shown before the notice was acknowledged');
  await page.getByTestId('report-notice-ack').click();
  await page.getByTestId('report-form').waitFor({ state: 'visible' });
  await page.getByTestId('report-accused-name-0').fill(draft.accused);
  await page.getByTestId('report-accused-unit-0').fill(draft.unit);
  await page.getByTestId('report-accused-position-0').fill(draft.position);
  await page.getByTestId('report-facts').fill(draft.facts);
  await page.getByTestId('report-anonymous-yes').click();
  await page.getByTestId('report-identity').waitFor({ state: 'detached' });
}

/** The receipt code as shown after submission, its five groups joined by dashes. */
export async function shownReceiptCode(page: Page): Promise<string> {
  const text = await page.getByTestId('receipt-code').innerText();
  return text.replace(/\s+/g, '');
}

/**
 * Opens /report/status, enters the code and waits for the report. Returns the query token the
 * server issued (the page keeps it in memory only), for cross-checks through the API.
 */
export async function openStatus(page: Page, code: string): Promise<string> {
  await page.goto('/report/status');
  await page.getByTestId('status-code-input').fill(code);
  const answer = page.waitForResponse(
    (r) => r.url().endsWith('/api/public/reports/access') && r.request().method() === 'POST',
  );
  await page.getByTestId('status-open').click();
  const response = await answer;
  if (response.status() !== 200)
    throw new Error(`the receipt code was refused: ${response.status()} ${await response.text()}`);
  await page.getByTestId('status-report').waitFor({ state: 'visible' });
  return ((await response.json()) as { token: string }).token;
}

/** The step the status page marks as current, by key and label (已收到, 已答复…). */
export async function currentStep(page: Page): Promise<{ key: string; label: string }> {
  const step = page.locator('[data-testid="status-step"][data-current="true"]');
  return { key: (await step.getAttribute('data-step')) ?? '', label: await step.innerText() };
}

/** The texts of the thread's messages by one author, oldest first. */
export function messagesBy(page: Page, testId: string, author: 'staff' | 'reporter') {
  return page.locator(`[data-testid="${testId}"][data-author="${author}"]`).allInnerTexts();
}

/** The reporter's token call made by the page itself (as the status page does). */
export function withTokenFromPage(
  page: Page,
  token: string,
  url: string,
  body: unknown,
): Promise<number> {
  return page.evaluate(
    async ({ token, url, body }) =>
      (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-report-token': token },
          body: JSON.stringify(body),
        })
      ).status,
    { token, url, body },
  );
}

export interface Try {
  status: number;
  /** The limiter's x-ratelimit-limit and x-ratelimit-remaining headers. */
  limit: number;
  remaining: number;
}

/**
 * Posts wrong receipt codes to the access route from the page (its address, no session) until
 * the per-IP limit answers 429 or `max` tries are spent; returns each answer in order.
 */
export function guessCodes(page: Page, max: number): Promise<Try[]> {
  return page.evaluate(async (max) => {
    const tries: Try[] = [];
    for (let i = 0; i < max; i++) {
      // 25 digits: a well-formed code, but not one that was issued.
      const code = String(i % 10).repeat(25);
      const response = await fetch('/api/public/reports/access', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      tries.push({
        status: response.status,
        limit: Number(response.headers.get('x-ratelimit-limit')),
        remaining: Number(response.headers.get('x-ratelimit-remaining')),
      });
      if (response.status === 429) break;
    }
    return tries;
  }, max);
}

/**
 * The steps the petition detail offers as buttons (their action keys). The page renders the
 * buttons with the detail itself, from the same answer; with none, the button bar is absent.
 */
export async function offeredActions(page: Page): Promise<string[]> {
  const detail = page.getByTestId('petition-detail');
  await detail.waitFor({ state: 'visible' });
  const ids = await detail
    .locator('[data-testid^="petition-action-"]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace(/^petition-action-/, ''));
}

/** Posts a message in the staff thread of the petition page and waits until it is listed. */
export async function askInThread(page: Page, body: string): Promise<void> {
  const thread = page.getByTestId('reporter-thread');
  await thread.waitFor({ state: 'visible' });
  await thread.getByTestId('reporter-thread-input').fill(body);
  await thread.getByTestId('reporter-thread-send').click();
  try {
    await thread
      .locator('[data-testid="reporter-thread-message"][data-author="staff"]', { hasText: body })
      .waitFor({ state: 'visible' });
  } catch (error) {
    const refused = await thread
      .getByTestId('reporter-thread-error')
      .innerText()
      .catch(() => '');
    await screenshot(page, 'public-report-thread-failed.png');
    throw new Error(`the message was not listed in the thread: ${refused}`, { cause: error });
  }
}

export interface RowMatch {
  table: string;
  needle: string;
  rows: number;
}

type Query = (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * Searches every row of every table (each row as JSON text) for the given strings: a stopped
 * server's PGlite data dir, or its PostgreSQL database. The PGlite package is the server
 * workspace's own dependency; it is loaded only here.
 */
export async function rowsContaining(
  source: { dataDir: string } | { databaseUrl: string },
  needles: string[],
): Promise<RowMatch[]> {
  if ('databaseUrl' in source) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: source.databaseUrl });
    await client.connect();
    try {
      return await search((sql, params) => client.query(sql, params), needles);
    } finally {
      await client.end();
    }
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({
    dataDir: path.join(source.dataDir, 'pglite'),
    extensions: { pg_trgm },
  });
  try {
    return await search((sql, params) => db.query(sql, params), needles);
  } finally {
    await db.close();
  }
}

async function search(query: Query, needles: string[]): Promise<RowMatch[]> {
  const tables = await query(
    `select format('%I.%I', table_schema, table_name) as name
       from information_schema.tables
      where table_type = 'BASE TABLE'
        and table_schema not in ('pg_catalog', 'information_schema')
      order by 1`,
  );
  if (tables.rows.length < 10)
    throw new Error(`expected the application's tables, found ${tables.rows.length}`);
  const found: RowMatch[] = [];
  for (const { name } of tables.rows as { name: string }[]) {
    for (const needle of needles) {
      const result = await query(
        `select count(*)::int as n from ${name} x where strpos(row_to_json(x)::text, $1) > 0`,
        [needle],
      );
      const rows = Number(result.rows[0]?.n ?? 0);
      if (rows > 0) found.push({ table: name, needle, rows });
    }
  }
  return found;
}
