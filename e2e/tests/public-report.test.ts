import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser.js';
import { detailState, fireAction, pickOption } from './support/petitions.js';
import {
  REPORTER_AGENT_MARKER,
  asReporter,
  asStaff,
  askInThread,
  currentStep,
  fillAnonymousReport,
  guessCodes,
  messagesBy,
  offeredActions,
  openStatus,
  rowsContaining,
  shownReceiptCode,
  withTokenFromPage,
} from './support/public-report.js';
import type { RequestLog } from './support/public-report.js';
import { apiOk } from './support/rectification.js';
import { createE2eDatabase } from './support/postgres.js';
import { startServer } from './support/server.js';
import type { RunningServer } from './support/server.js';

const DEMO_PASSWORD = 'Demo#2026xc';
/** The setting public.powBits as shipped: the one submission here is solved at full cost. */
const DEFAULT_POW_BITS = 18;
/** The setting public.receiptTriesPerMinutePerIp as shipped. */
const TRIES_PER_MINUTE = 5;
const REPORT = {
  accused: '钱某某',
  unit: '县水利局',
  position: '副局长',
  facts:
    '县水利局副局长钱某某在2026年春季河道清淤工程中，指定其妻弟开办的公司承接工程，' +
    '并以虚增土方量的方式多结算工程款约四十万元，附近村民多次向镇里反映均无结果。',
};
/** A word of the facts for the petitions list's full-text search. */
const SEARCH = '河道清淤';
const REGISTER_OPINION = '网上举报，被反映人和问题具体，予以登记。';
const QUESTION = '您好，请问虚增土方量的是哪一段河道？大约在什么时间结算的？';
const REPLY = '是城东段约三公里的河道，2026年5月底结算，结算单在镇水利站有存档。';
const REJECT_REASON = '经核查，您反映的问题已由县纪委监委立案调查，本机关不再重复受理。';
const ANSWER =
  '您反映的县水利局河道清淤工程问题已由县纪委监委立案调查，调查结果将依规依纪依法处理。感谢您的监督。';
const SURVEY_COMMENT = '答复及时，说明清楚。';
const RECEIPT = /^\d{5}(-\d{5}){4}$/;
const UUID = /\/petitions\/([0-9a-f-]{36})$/;

interface PetitionJson {
  id: string;
  channel: string;
  state: string;
  anonymous: boolean;
  petitionerName: string | null;
  petitionerPhone: string | null;
  actions: string[];
}

interface SurveyCounts {
  items: { satisfied: number; basically: number; unsatisfied: number }[];
}

const satisfiedTotal = (counts: SurveyCounts) =>
  counts.items.reduce((sum, row) => sum + row.satisfied, 0);

// The whole test on each database: the embedded PGlite and the PostgreSQL server.
for (const database of ['PGlite', 'PostgreSQL'] as const)
  describe(`public portal on ${database}: an anonymous report, the thread with the clerk, the answer and the survey`, () => {
    let postgres: Awaited<ReturnType<typeof createE2eDatabase>> | null = null;
    let server: RunningServer;
    let browser: Browser;
    /** Every request of every page of this test; none may go to another origin. */
    const log: RequestLog = { requests: 0, foreign: [] };
    let receiptCode = '';
    let petitionId = '';

    const options = () => ({ browser, baseUrl: server.baseUrl, log });
    const reporter = <T>(use: (page: Page) => Promise<T>) => asReporter(options(), use);
    const as = <T>(username: string, use: (page: Page) => Promise<T>) =>
      asStaff(options(), username, DEMO_PASSWORD, use);

    beforeAll(async () => {
      postgres = database === 'PostgreSQL' ? await createE2eDatabase() : null;
      server = await startServer({
        demo: true,
        ...(postgres ? { databaseUrl: postgres.url } : {}),
      });
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.dispose();
      await postgres?.drop();
    });

    it('takes an anonymous report without login, behind the real proof of work, and shows the receipt code once', async () => {
      await reporter(async (page) => {
        const challenge = page.waitForResponse((r) =>
          r.url().endsWith('/api/public/pow-challenge'),
        );
        await page.goto('/report');
        // The security check starts as the page opens, at the shipped difficulty.
        expect(((await (await challenge).json()) as { bits: number }).bits).toBe(DEFAULT_POW_BITS);
        expect(await page.getByTestId('side-menu').count()).toBe(0);

        await fillAnonymousReport(page, REPORT);
        // Until the check is done, the report cannot be sent (read both in one go).
        const gate = await page.evaluate(() => ({
          state: document.querySelector('[data-testid="report-pow"]')?.getAttribute('data-state'),
          disabled: document.querySelector<HTMLButtonElement>('[data-testid="report-submit"]')
            ?.disabled,
        }));
        expect(gate.state === 'solved' || gate.disabled === true, JSON.stringify(gate)).toBe(true);
        await screenshot(page, 'public-report-form.png');
        await page
          .locator('[data-testid="report-pow"][data-state="solved"]')
          .waitFor({ state: 'visible', timeout: 60_000 });
        expect(await page.getByTestId('report-submit').isEnabled()).toBe(true);

        const sent = page.waitForResponse(
          (r) => r.url().endsWith('/api/public/reports') && r.request().method() === 'POST',
        );
        await page.getByTestId('report-submit').click();
        const response = await sent;
        expect(response.status(), await response.text()).toBe(201);
        const body = response.request().postDataJSON() as Record<string, unknown>;
        expect(body).toMatchObject({ anonymous: true, facts: REPORT.facts });
        expect(body.identity).toBeUndefined();

        await page.getByTestId('report-receipt').waitFor({ state: 'visible' });
        receiptCode = await shownReceiptCode(page);
        expect(receiptCode).toMatch(RECEIPT);
        await screenshot(page, 'public-report-receipt.png');

        // The page keeps the code nowhere but on screen.
        const digits = receiptCode.replace(/-/g, '');
        const kept = await page.evaluate(
          () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
        );
        expect(kept).not.toContain(digits);
        expect(kept).not.toContain(receiptCode);
        expect((await page.context().cookies()).map((c) => c.value).join()).not.toContain(digits);
        // Shown once: coming back to /report gives a new, empty form.
        await page.goto('/report');
        await page.getByTestId('report-notice').waitFor({ state: 'visible' });
        expect(await page.getByTestId('receipt-code').count()).toBe(0);
      });
    });

    it('is found by the clerk among the petitions awaiting registration, anonymous, and registered (登记)', async () => {
      await as('clerk', async (page) => {
        await page.goto('/petitions');
        const table = page.getByTestId('petition-table');
        const search = page.getByTestId('petition-search').locator('input');
        await search.fill(SEARCH);
        await search.press('Enter');
        const row = table.locator('tr', { hasText: REPORT.facts.slice(0, 20) });
        await row.waitFor({ state: 'visible' });
        const text = await row.innerText();
        expect(text).toContain('待登记');
        expect(text).toContain('匿名');
        expect(text).toContain('网络');
        await screenshot(page, 'public-report-clerk-list.png');

        await row.getByTestId('petition-link').click();
        await page.waitForURL(UUID);
        petitionId = UUID.exec(new URL(page.url()).pathname)?.[1] ?? '';
        await page.getByTestId('petition-detail').waitFor({ state: 'visible' });
        expect(await detailState(page)).toBe('待登记');

        // Cross-check: anonymous, with no petitioner at all, and 登记 is the clerk's to do.
        const petition = await apiOk<PetitionJson>(page, 'GET', `/api/petitions/${petitionId}`);
        expect(petition).toMatchObject({
          channel: 'online',
          state: 'submitted',
          anonymous: true,
          petitionerName: null,
          petitionerPhone: null,
        });
        expect(petition.actions).toContain('register');

        // The page offers the steps the server allows for this caller: 登记 included.
        expect(
          await offeredActions(page),
          'the petition page shows a button for each action the server lists',
        ).toEqual(petition.actions);
        await fireAction(page, 'register', (dialog) =>
          dialog.getByTestId('transition-opinion').fill(REGISTER_OPINION),
        );
        await expect.poll(() => detailState(page)).toBe('已登记');
      });
    });

    it('lets the clerk ask the reporter a question in the thread on the petition page', async () => {
      await as('clerk', async (page) => {
        await page.goto(`/petitions/${petitionId}`);
        await page.getByTestId('petition-detail').waitFor({ state: 'visible' });
        await askInThread(page, QUESTION);
        await screenshot(page, 'public-report-clerk-question.png');
      });
    });

    it('shows the reporter the status and the question for the code, and takes the answer', async () => {
      await reporter(async (page) => {
        await openStatus(page, receiptCode);
        expect(await currentStep(page)).toEqual({ key: 'received', label: '已收到' });
        await expect
          .poll(() => messagesBy(page, 'status-message', 'staff'))
          .toEqual([expect.stringContaining(QUESTION)]);
        // The clerk's internal opinion and name stay inside.
        const shown = await page.locator('main').innerText();
        expect(shown).not.toContain(REGISTER_OPINION);
        expect(shown).not.toContain('信访受理员');

        await page.getByTestId('status-add-message').fill(REPLY);
        await page.getByTestId('status-add-message-send').click();
        await expect
          .poll(() => messagesBy(page, 'status-message', 'reporter'))
          .toEqual([expect.stringContaining(REPLY)]);
        await screenshot(page, 'public-report-status-thread.png');
      });
    });

    it('shows the clerk the reporter’s answer in the thread', async () => {
      await as('clerk', async (page) => {
        await page.goto(`/petitions/${petitionId}`);
        const thread = page.getByTestId('reporter-thread');
        await thread.waitFor({ state: 'visible' });
        await expect
          .poll(() => messagesBy(page, 'reporter-thread-message', 'reporter'))
          .toEqual([expect.stringContaining(REPLY)]);
        const order = await thread
          .getByTestId('reporter-thread-message')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-author')));
        expect(order).toEqual(['staff', 'reporter']);
        await screenshot(page, 'public-report-clerk-thread.png');
      });
    });

    it('delivers the answer: the leader does not accept (不予受理), the clerk answers online', async () => {
      await as('leader', async (page) => {
        await page.goto(`/petitions/${petitionId}`);
        await page.getByTestId('petition-detail').waitFor({ state: 'visible' });
        await fireAction(page, 'reject', (dialog) =>
          dialog.getByTestId('transition-opinion').fill(REJECT_REASON),
        );
        await expect.poll(() => detailState(page)).toBe('不予受理');
      });
      await as('clerk', async (page) => {
        await page.goto(`/petitions/${petitionId}`);
        await page.getByTestId('petition-detail').waitFor({ state: 'visible' });
        await fireAction(page, 'answer', async (dialog) => {
          await pickOption(page, dialog.getByTestId('transition-answer-method'), '网上答复');
          await dialog.getByTestId('transition-answer-content').fill(ANSWER);
        });
        await expect.poll(() => detailState(page)).toBe('已答复');
      });
    });

    it('shows the reporter 已答复 with the answer, and takes the satisfaction survey once', async () => {
      const before = await as('office', (page) =>
        apiOk<SurveyCounts>(page, 'GET', '/api/satisfaction-surveys'),
      );
      await reporter(async (page) => {
        const token = await openStatus(page, receiptCode);
        expect(await currentStep(page)).toEqual({ key: 'answered', label: '已答复' });
        expect(await page.getByTestId('status-report').getAttribute('data-status')).toBe(
          'answered',
        );
        expect(await page.getByTestId('status-answer').innerText()).toContain(ANSWER);
        expect(await page.getByTestId('status-not-accepted').innerText()).toContain(REJECT_REASON);
        await screenshot(page, 'public-report-status-answered.png');

        await page.getByTestId('survey-satisfied').click();
        await page.getByTestId('survey-comment').fill(SURVEY_COMMENT);
        await page.getByTestId('survey-submit').click();
        await page.getByTestId('survey-thanks').waitFor({ state: 'visible' });
        expect(await page.getByTestId('survey-form').count()).toBe(0);
        await screenshot(page, 'public-report-survey-done.png');
        // Once only: the same token cannot rate again.
        expect(
          await withTokenFromPage(page, token, '/api/public/reports/me/survey', {
            rating: 'unsatisfied',
          }),
        ).toBe(422);
      });
      const after = await as('office', (page) =>
        apiOk<SurveyCounts>(page, 'GET', '/api/satisfaction-surveys'),
      );
      expect(satisfiedTotal(after)).toBe(satisfiedTotal(before) + 1);
    });

    it('answers a guesser of receipt codes with 429, and then refuses the right code too', async () => {
      await reporter(async (page) => {
        await page.goto('/report/status');
        await page.getByTestId('status-code-input').waitFor({ state: 'visible' });
        // Room for one fresh window: the earlier look-ups of the code opened the current one.
        const tries = await guessCodes(page, 2 * TRIES_PER_MINUTE + 1);
        const summary = JSON.stringify(tries);
        const last = tries.at(-1)!;
        const wrong = tries.slice(0, -1);
        expect(last.status, summary).toBe(429);
        expect(wrong.length, summary).toBeGreaterThan(0);
        // A wrong code is 404 until the limit; the 429 comes right when none were left.
        expect(
          wrong.every((t) => t.status === 404 && t.limit === TRIES_PER_MINUTE),
          summary,
        ).toBe(true);
        expect(wrong.at(-1)!.remaining, summary).toBe(0);
        await page.getByTestId('status-code-input').fill(receiptCode);
        await page.getByTestId('status-open').click();
        await expect
          .poll(() => page.getByTestId('status-code-error').innerText())
          .toContain('频繁');
        expect(await page.getByTestId('status-report').count()).toBe(0);
        await screenshot(page, 'public-report-guessing-refused.png');
      });
    });

    it('keeps the report anonymous for staff, with no address or user agent in its audit rows', async () => {
      await as('clerk', async (page) => {
        const petition = await apiOk<PetitionJson>(page, 'GET', `/api/petitions/${petitionId}`);
        expect(petition).toMatchObject({
          state: 'answered',
          anonymous: true,
          petitionerName: null,
          petitionerPhone: null,
        });
      });
      await as('auditor', async (page) => {
        const audit = await apiOk<{ items: unknown[]; total: number }>(
          page,
          'GET',
          `/api/audit?entityId=${petitionId}&pageSize=100`,
        );
        expect(audit.total).toBeGreaterThan(0);
        const text = JSON.stringify(audit.items);
        expect(text).not.toContain('127.0.0.1');
        expect(text).not.toContain(REPORTER_AGENT_MARKER);
        expect(text).not.toContain(receiptCode.replace(/-/g, ''));
      });
    });

    it('made no request to another origin from any page', () => {
      expect(log.requests).toBeGreaterThan(50);
      expect(log.foreign).toEqual([]);
    });

    it('stores no client address, user agent or receipt code anywhere in the database', async () => {
      // PGlite has one writer: read the data dir once the server has stopped.
      await server.stop();
      const digits = receiptCode.replace(/-/g, '');
      const source = postgres ? { databaseUrl: postgres.url } : { dataDir: server.dataDir };
      const found = await rowsContaining(source, [
        '127.0.0.1',
        REPORTER_AGENT_MARKER,
        digits,
        receiptCode,
        REPLY, // control: the search does find what is stored
      ]);
      expect(found.filter((f) => f.needle !== REPLY)).toEqual([]);
      expect(found.filter((f) => f.needle === REPLY).map((f) => f.table)).toContain(
        'public.petition_messages',
      );
    });
  });
