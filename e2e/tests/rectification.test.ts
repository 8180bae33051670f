import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, statusFromPage } from './support/browser.js';
import { asCstUser } from './support/clues.js';
import {
  WAIT,
  browserDate,
  dialogWith,
  openRound,
  openTab,
  submitDialog,
  waitForStage,
} from './support/rounds.js';
import {
  addItem,
  api,
  apiOk,
  findRound,
  firePlanAction,
  itemRow,
  notices,
  openItemAction,
  openPlan,
  planJson,
  submitAndClose,
  transitionRound,
  uploadEvidence,
  waitForPlanState,
  writeReportsAndSubmit,
} from './support/rectification.js';
import type { ItemDraft, ItemJson } from './support/rectification.js';
import { startServer } from './support/server.js';
import type { RunningServer } from './support/server.js';

const DEMO_PASSWORD = 'Demo#2026xc';
const DAY = 24 * 3_600_000;
/** The demo round on site; 第一巡察组 (team1lead) inspects 县住建局 there and raised findings. */
const ROUND_NAME = '2026年第一轮常规巡察';
const UNIT = '县住建局';
const TEAM = '第一巡察组';
/** The demo's Party secretary of 县住建局 (a liaison account of the unit). */
const SECRETARY = '县住建局 党组书记 张';
/** A unit of the same county with a liaison of its own, created by the test. */
const OTHER_UNIT = '县财政局';
const OTHER_LIAISON = { username: 'czj-liaison', password: 'Caizheng#Lianluo2026' };
/** The short item is due in this many days; the clock then moves past it by LATE_DAYS. */
const SHORT_DAYS = 2;
const LATE_DAYS = 9;
const OPINION = {
  submitReport: '各巡察对象的巡察报告已完成，报请审定。',
  approveReport: '同意巡察报告，按程序向被巡察单位反馈。',
  submitPlan: '整改方案经局党组会议研究通过，报请审批。',
  approvePlan: '同意整改方案。请严格按照四个清单抓好落实，按时报送整改进展。',
  closureWithEvidence: '已完成整改：修订工程变更签证管理办法并经党组会议审议通过，佐证材料附后。',
  closureWithout: '已完成整改。',
  close: '佐证材料齐全，整改到位，同意销号。',
};
const REPORT = [
  '关于县住建局巡察整改情况的报告',
  '一、整改工作组织情况：局党组成立整改工作领导小组，党组书记任组长，逐项制定整改措施。',
  '二、整改事项落实情况：已销号 1 项，其余事项正在按期推进。',
  '三、下一步打算：持续抓好整改，建立长效机制。',
].join('\n');
/** Measures for the items drafted from findings, one text each (copied wording gets flagged). */
const MEASURES = [
  '修订《工程变更签证管理办法》，50万元以上变更一律提交党组会研究；对二期工程12项变更逐项复核，形成台账。',
  '收回借出的公务用车，建立公务用车使用登记制度，对2023年以来车辆使用情况开展全面核查。',
  '制定党组会议记录管理规定，由专人记录、定期归档，对近三年会议记录开展一次清理。',
  '建立个人有关事项报告抽查核实制度，对班子成员报告情况逐一核查，问题移交组织部门处理。',
];
const DISCLOSURE = {
  title: '县住建局关于巡察整改进展情况的通报',
  summary:
    '根据县委巡察工作安排，县委第一巡察组对县住建局开展了常规巡察并反馈意见。' +
    '县住建局党组制定整改方案，明确整改事项、责任领导和完成时限，目前已完成部分整改事项，' +
    '修订完善工程变更签证管理等制度。欢迎广大干部群众监督。',
};

describe('rectification: feedback opens a plan; drafted, approved, closed item by item, supervised, reported, disclosed', () => {
  let server: RunningServer;
  let browser: Browser;
  let roundId = '';
  let unitId = '';
  let planId = '';
  /** closed: closure with evidence, 销号; refused: closure without evidence; late: due soon. */
  const item = { closed: '', refused: '', late: '' };
  let drafts: ItemDraft[] = [];

  const as = <T>(username: string, use: (page: Page) => Promise<T>, password = DEMO_PASSWORD) =>
    asCstUser(browser, server.baseUrl, username, password, use);
  const itemOf = async (page: Page, id: string) =>
    apiOk<ItemJson & { planId: string }>(page, 'GET', `/api/rectification-items/${id}`);

  beforeAll(async () => {
    server = await startServer({ demo: true, movableClock: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('opens a plan in drafting for 县住建局 when the team delivers the round’s feedback', async () => {
    // Setup (the rounds test proves these steps in the UI): the office writes the reports of
    // the demo round on site and submits them; the leading group approves them.
    await as('office', async (page) => {
      const round = await findRound(page, ROUND_NAME);
      roundId = round.id;
      const target = round.targets.find((t) => t.unitName === UNIT);
      expect(target?.teamName).toBe(TEAM);
      unitId = target!.unitId;
      const none = await apiOk<{ total: number }>(
        page,
        'GET',
        `/api/rectification-plans?roundId=${roundId}&unitId=${unitId}`,
      );
      expect(none.total).toBe(0);
      await writeReportsAndSubmit(page, roundId, OPINION.submitReport);
    });
    await as('leader', (page) =>
      transitionRound(page, roundId, 'approve_report', OPINION.approveReport),
    );

    // 反馈会 with 县住建局, recorded by the team leader in the round's report tab.
    await as('team1lead', async (page) => {
      await openRound(page, roundId);
      await waitForStage(page, '反馈巡察意见');
      await openTab(page, '巡察报告');
      const card = page.locator(`[data-testid="report-card"][data-unit-id="${unitId}"]`);
      await card.getByTestId('feedback-deliver').click();
      const dialog = dialogWith(page, 'feedback-attendees');
      await dialog.waitFor({ state: 'visible' });
      await dialog
        .getByTestId('feedback-attendees')
        .fill(`${UNIT}领导班子成员；${TEAM}全体成员；县委巡察办有关同志`);
      await submitDialog(page, dialog, 'feedback');
      await card.getByText(/已于 \d{4}-\d{2}-\d{2} 反馈/).waitFor({ state: 'visible' });
    });

    // The unit's liaison finds its new plan, in drafting, on the rectification page.
    await as('liaison', async (page) => {
      const listed = await apiOk<{ items: { id: string; state: string }[] }>(
        page,
        'GET',
        `/api/rectification-plans?roundId=${roundId}&unitId=${unitId}`,
      );
      expect(listed.items).toHaveLength(1);
      expect(listed.items[0]!.state).toBe('drafting');
      planId = listed.items[0]!.id;

      await page.goto('/rectification');
      const row = page.getByTestId('plans-table').locator(`tr[data-plan-id="${planId}"]`);
      await row.waitFor({ state: 'visible' });
      const text = await row.innerText();
      expect(text).toContain(UNIT);
      expect(text).toContain(ROUND_NAME);
      expect(text).toContain('起草中');
      await screenshot(page, 'rectification-plan-opened.png');
      await row.getByRole('link', { name: UNIT }).click();
      await page.waitForURL((url) => url.pathname === `/rectification/${planId}`);
      await waitForPlanState(page, 'drafting');
      expect(await page.getByTestId('plan-state').innerText()).toBe('起草中');
      const plan = await planJson(page, planId);
      expect(plan.findings.length).toBeGreaterThan(0);
      expect(plan.items).toEqual([]);
    });
  });

  it('has the liaison draft items from the findings in the plan editor and submit the plan', async () => {
    await as('liaison', async (page) => {
      await openPlan(page, planId);
      await waitForPlanState(page, 'drafting');
      const plan = await planJson(page, planId);
      const uncovered = page.locator('[data-testid="plan-finding"][data-uncovered="true"]');
      await expect.poll(() => uncovered.count(), WAIT).toBe(plan.findings.length);

      // Submitting with nothing drafted is refused, with the reason in the dialog.
      await page.getByTestId('plan-action-submit').click();
      const refusedDialog = dialogWith(page, 'plan-opinion');
      await refusedDialog.getByTestId('plan-submit').click();
      await refusedDialog.getByTestId('plan-refusal').waitFor({ state: 'visible' });
      await refusedDialog.locator('.ant-modal-footer .ant-btn').first().click();
      await refusedDialog.waitFor({ state: 'hidden' });

      // One item per finding, then free items: at least three, the last one due soon.
      drafts = plan.findings.map((f, i) => ({
        findingId: f.id,
        leader: '党组成员、副局长 刘建国',
        persons: '城建股、计划财务股',
        measures: `【措施${i + 1}】${MEASURES[i % MEASURES.length]}`,
      }));
      while (drafts.length < 2) {
        const n = drafts.length + 1;
        drafts.push({
          problem: `“三重一大”事项决策程序执行不严格（问题${n}）。`,
          leader: '党组书记、局长',
          persons: '办公室',
          measures: `【措施${n}】修订党组议事规则，列出“三重一大”事项清单，对2023年以来决策事项逐项核查。`,
        });
      }
      drafts.push({
        problem: '警示教育开展不经常：2025年以来局党组仅开展警示教育1次，干部职工廉洁意识不强。',
        leader: '党组成员、副局长 王强',
        persons: '机关党委',
        measures: `【措施${drafts.length + 1}】立即召开全局警示教育大会，印发年度警示教育计划，每季度至少开展1次。`,
        dueOn: await browserDate(page, SHORT_DAYS),
        immediateFix: true,
      });
      for (const draft of drafts) await addItem(page, draft);

      await expect.poll(() => uncovered.count(), WAIT).toBe(0);
      const drafted = await planJson(page, planId);
      expect(drafted.items).toHaveLength(drafts.length);
      const idOf = (draft: ItemDraft) =>
        drafted.items.find((i) => i.measures === draft.measures)!.id;
      for (const [i, f] of plan.findings.entries()) {
        const saved = drafted.items.find((x) => x.measures === drafts[i]!.measures)!;
        expect(saved).toMatchObject({ findingId: f.id, problem: f.problem });
      }
      const short = drafts[drafts.length - 1]!;
      item.closed = idOf(drafts[0]!);
      item.refused = idOf(drafts[1]!);
      item.late = idOf(short);
      expect(drafted.items.find((i) => i.id === item.late)!.dueOn).toBe(short.dueOn);
      // Due within seven days: yellow; the others carry the plan's deadline.
      const late = itemRow(page, item.late);
      expect(await late.getAttribute('data-deadline')).toBe('yellow');
      expect(await late.getByTestId('item-immediate-tag').count()).toBe(1);
      expect(drafted.items.find((i) => i.id === item.closed)!.dueOn).toBe(drafted.dueOn);
      await screenshot(page, 'rectification-plan-drafted.png');

      await firePlanAction(page, 'submit', 'submitted', OPINION.submitPlan);
      expect(await page.getByTestId('item-add').count()).toBe(0);
      expect((await planJson(page, planId)).state).toBe('submitted');
    });
  });

  it('has the office approve the plan with an opinion', async () => {
    await as('office', async (page) => {
      await openPlan(page, planId);
      await waitForPlanState(page, 'submitted');
      await firePlanAction(page, 'approve', 'approved', OPINION.approvePlan);
      expect(await page.getByTestId('plan-state').innerText()).toBe('整改中');
      await expect
        .poll(() => page.getByTestId('plan-timeline').innerText(), WAIT)
        .toContain(OPINION.approvePlan);
      expect((await planJson(page, planId)).state).toBe('approved');
    });
  });

  it('closes an item on evidence (销号) and refuses a closure request without evidence', async () => {
    const evidenceName = '工程变更签证管理办法（修订）.pdf';
    await as('liaison', async (page) => {
      await openPlan(page, planId);
      await waitForPlanState(page, 'approved');

      // With evidence: uploaded through the dialog's upload control.
      const closed = itemRow(page, item.closed);
      const dialog = await openItemAction(page, closed, 'request_closure');
      await dialog.getByTestId('item-opinion').fill(OPINION.closureWithEvidence);
      await uploadEvidence(page, dialog, evidenceName);
      await submitAndClose(page, dialog, dialog.getByTestId('item-transition-submit'), 'closure');
      await expect.poll(() => closed.getAttribute('data-state'), WAIT).toBe('closureRequested');
      expect(await closed.getByTestId('item-evidence-file').innerText()).toBe(evidenceName);

      // Without evidence: the server refuses, the dialog says why, the item stays open.
      const refused = itemRow(page, item.refused);
      const bare = await openItemAction(page, refused, 'request_closure');
      await bare.getByTestId('item-opinion').fill(OPINION.closureWithout);
      await bare.getByTestId('item-transition-submit').click();
      await bare.getByText('请上传整改佐证材料').waitFor({ state: 'visible' });
      await expect.poll(() => notices(page), WAIT).toContain('申请销号须提供整改佐证材料');
      await screenshot(page, 'rectification-closure-refused.png');
      await bare.locator('.ant-modal-footer .ant-btn').first().click();
      await bare.waitFor({ state: 'hidden' });
      expect(await refused.getAttribute('data-state')).toBe('open');
      const stillOpen = await itemOf(page, item.refused);
      expect(stillOpen.state).toBe('open');
      expect(stillOpen.files).toEqual([]);
      // The API refuses the same request the same way.
      const direct = await api<{ detail: string }>(
        page,
        'POST',
        `/api/rectification-items/${item.refused}/transitions`,
        { action: 'request_closure', version: stillOpen.version, opinion: OPINION.closureWithout },
      );
      expect(direct.status).toBe(422);
      expect(direct.body.detail).toBe('申请销号须提供整改佐证材料');
    });

    await as('office', async (page) => {
      await page.goto('/rectification/review');
      await page.getByTestId('review-queue').waitFor({ state: 'visible' });
      const card = itemRow(page, item.closed);
      await card.waitFor({ state: 'visible' });
      expect(await itemRow(page, item.refused).count()).toBe(0);
      expect(await card.innerText()).toContain(OPINION.closureWithEvidence);
      expect(await card.getByTestId('item-evidence-file').innerText()).toBe(evidenceName);
      await screenshot(page, 'rectification-review-queue.png');
      const dialog = await openItemAction(page, card, 'close');
      await dialog.getByTestId('item-opinion').fill(OPINION.close);
      await submitAndClose(page, dialog, dialog.getByTestId('item-transition-submit'), 'close');
      await card.waitFor({ state: 'hidden' });

      await openPlan(page, planId);
      const row = itemRow(page, item.closed);
      await expect.poll(() => row.getAttribute('data-state'), WAIT).toBe('closed');
      expect(await row.getByTestId('item-state').innerText()).toBe('已销号');
      expect(await row.getAttribute('data-deadline')).toBe('grey');
      expect(await page.getByTestId('plan-count-closed').innerText()).toMatch(/\s1$/);
      const saved = await itemOf(page, item.closed);
      expect(saved.state).toBe('closed');
      expect(saved.files.map((f) => f.name)).toEqual([evidenceName]);
    });

    await as('liaison', async (page) => {
      await openPlan(page, planId);
      const row = itemRow(page, item.closed);
      await expect.poll(() => row.getAttribute('data-state'), WAIT).toBe('closed');
      expect(await row.getByTestId('item-actions').count()).toBe(0);
    });
  });

  it('issues a 督办函 for the item overdue by more than seven days when the office runs the check', async () => {
    // Sessions may expire with the jump: each step below signs in afresh.
    await server.advanceClock((SHORT_DAYS + LATE_DAYS) * DAY);

    await as('office', async (page) => {
      await page.goto('/rectification/items');
      await page.getByTestId('item-board').waitFor({ state: 'visible' });
      await page.getByTestId('escalation-scan').click();
      await page.locator('.ant-message-notice', { hasText: '检查完成' }).waitFor();

      await openPlan(page, planId);
      const row = itemRow(page, item.late);
      const letter = row.locator('[data-testid="item-escalation"][data-kind="supervisionLetter"]');
      await letter.waitFor({ state: 'visible' });
      expect(await letter.innerText()).toBe('督办函');
      expect(await row.getAttribute('data-deadline')).toBe('red');
      expect(await row.getByTestId('item-deadline').innerText()).toMatch(/已超期 \d+ 天/);
      // Not yet 约谈 (30 days) or 移交问责 (60 days); the items not due are not supervised.
      expect(await row.locator('[data-kind="admonitionTalk"]').count()).toBe(0);
      expect(await itemRow(page, item.refused).getByTestId('item-escalation').count()).toBe(0);
      await screenshot(page, 'rectification-supervision-letter.png');

      const saved = await itemOf(page, item.late);
      const kinds = saved.escalations.map((e) => e.kind);
      expect(kinds).toContain('supervisionLetter');
      expect(kinds).not.toContain('admonitionTalk');
      const message = saved.escalations.find((e) => e.kind === 'supervisionLetter')!.message;
      expect(message).toContain(`督办函：${UNIT}`);
    });

    // The unit sees the 督办函 on its plan too.
    await as('liaison', async (page) => {
      await openPlan(page, planId);
      const row = itemRow(page, item.late);
      await row
        .locator('[data-testid="item-escalation"][data-kind="supervisionLetter"]')
        .waitFor({ state: 'visible' });
      expect(await page.getByTestId('plan-count-overdue').innerText()).toMatch(/\s1$/);
    });
  });

  it('has the unit write the 整改情况报告 and its secretary sign it after re-entering the password', async () => {
    await as('liaison', async (page) => {
      await openPlan(page, planId);
      const section = page.getByTestId('plan-report');
      await section.getByTestId('report-content').fill(REPORT);
      await section.getByTestId('report-save').click();
      const valid = section.getByTestId('report-valid');
      await valid.waitFor({ state: 'visible' });
      expect(await valid.getAttribute('data-valid')).toBe('false');
      expect(await section.getByTestId('report-secretary').innerText()).toBe('—');
      // The liaison is not the one who signs.
      expect(await section.getByTestId('report-sign').count()).toBe(0);
    });

    await as('secretary', async (page) => {
      await openPlan(page, planId);
      const section = page.getByTestId('plan-report');
      await section.getByTestId('report-sign-me').click();
      await expect
        .poll(() => section.getByTestId('report-secretary').innerText(), WAIT)
        .toBe(SECRETARY);
      await section.getByTestId('report-sign').click();
      const dialog = dialogWith(page, 'report-password');
      await dialog.waitFor({ state: 'visible' });
      // A wrong password signs nothing.
      await dialog.getByTestId('report-password').fill('Wrong#Password1');
      await dialog.getByTestId('report-sign-submit').click();
      await dialog.getByText('密码不正确，未签署').first().waitFor({ state: 'visible' });
      expect(await section.getByTestId('report-valid').getAttribute('data-valid')).toBe('false');
      await dialog.getByTestId('report-password').fill(DEMO_PASSWORD);
      await submitAndClose(page, dialog, dialog.getByTestId('report-sign-submit'), 'sign');

      const valid = section.locator('[data-testid="report-valid"][data-valid="true"]');
      await valid.waitFor({ state: 'visible' });
      expect(await valid.innerText()).toBe('有效');
      expect(await section.innerText()).toContain(`${SECRETARY} ·`);
      expect(await section.getByTestId('report-sign').count()).toBe(0);
      await screenshot(page, 'rectification-report-signed.png');
      const plan = await planJson(page, planId);
      expect(plan.report).toMatchObject({ content: REPORT, valid: true });
    });
  });

  it('has the office publish a public disclosure that anyone can read without logging in', async () => {
    await as('office', async (page) => {
      await openPlan(page, planId);
      const section = page.getByTestId('plan-disclosures');
      const form = section.getByTestId('disclosure-form');
      await form.getByTestId('disclosure-scope').getByText('社会公开').click();
      await form.getByTestId('disclosure-title').fill(DISCLOSURE.title);
      await form.getByTestId('disclosure-summary').fill(DISCLOSURE.summary);
      await form.getByTestId('disclosure-publish').click();
      const published = section.locator('[data-testid="disclosure-item"][data-scope="public"]');
      await published.waitFor({ state: 'visible' });
      expect(await published.innerText()).toContain(DISCLOSURE.summary);
    });

    const { context, page } = await newPage(browser, server.baseUrl);
    try {
      await page.goto('/public/disclosures');
      await page.getByTestId('public-title').waitFor({ state: 'visible' });
      const card = page.getByTestId('public-disclosure').filter({ hasText: DISCLOSURE.title });
      await card.waitFor({ state: 'visible' });
      await expect.poll(() => page.locator('.ant-spin-blur').count(), WAIT).toBe(0);
      const text = await card.innerText();
      expect(text).toContain(DISCLOSURE.summary);
      expect(text).toContain(UNIT);
      expect(text).toContain(ROUND_NAME);
      // Only the published summary: nothing of the items leaves the server.
      expect(await page.locator('body').innerText()).not.toContain(drafts[0]!.measures);
      expect(new URL(page.url()).pathname).toBe('/public/disclosures');
      await screenshot(page, 'rectification-public-disclosure.png');
    } finally {
      await context.close();
    }
  });

  it('is not found for the liaison of another unit', async () => {
    await as('admin', async (page) => {
      const units = await apiOk<{ items: { id: string; name: string; jurisdictionId: string }[] }>(
        page,
        'GET',
        `/api/units?q=${encodeURIComponent(OTHER_UNIT)}&pageSize=100`,
      );
      const other = units.items.find((u) => u.name === OTHER_UNIT);
      expect(other).toBeDefined();
      const me = await apiOk<{ user: { jurisdictionId: string } }>(page, 'GET', '/api/auth/me');
      await apiOk(page, 'POST', '/api/users', {
        username: OTHER_LIAISON.username,
        displayName: `${OTHER_UNIT} 联络员 钱`,
        password: OTHER_LIAISON.password,
        jurisdictionId: me.user.jurisdictionId,
        roles: [{ role: 'unit_liaison', jurisdictionId: other!.jurisdictionId, unitId: other!.id }],
      });
    });

    await as(
      OTHER_LIAISON.username,
      async (page) => {
        await openPlan(page, planId);
        await page.getByTestId('plan-not-found').waitFor({ state: 'visible' });
        expect(await page.locator('main').innerText()).not.toContain(`${UNIT}整改方案`);
        await screenshot(page, 'rectification-other-unit-not-found.png');
        expect(await statusFromPage(page, `/api/rectification-plans/${planId}`)).toBe(404);
        expect(await statusFromPage(page, `/api/rectification-items/${item.closed}`)).toBe(404);
        const listed = await apiOk<{ items: { id: string }[] }>(
          page,
          'GET',
          '/api/rectification-plans?pageSize=100',
        );
        expect(listed.items.map((p) => p.id)).not.toContain(planId);
      },
      OTHER_LIAISON.password,
    );
  });
});
