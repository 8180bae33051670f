import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, statusFromPage } from './support/browser.js';
import { asUser, pickOption } from './support/petitions.js';
import {
  WAIT,
  archiveCount,
  browserDate,
  coverageRow,
  dialogWith,
  fireRoundAction,
  gate,
  getJson,
  openRound,
  openTab,
  pickDate,
  pickOptionAfterClose,
  postStatus,
  readCoverage,
  roundStage,
  searchAndPick,
  submitDialog,
  tickFromRanking,
  waitForStage,
} from './support/rounds.js';
import type { Coverage } from './support/rounds.js';
import { startServer } from './support/server.js';
import type { RunningServer } from './support/server.js';

const DEMO_PASSWORD = 'Demo#2026xc';
// The planted 任职回避 conflict (server/src/services/bootstrap/demo-rounds.ts, demoRecusal): 赵勇
// was a deputy director of 县住建局 until about two years ago; 第一巡察组 (team1lead,
// team1member) inspects it. Anyone else on that team's targets is checked by the same engine.
const CONFLICT = { inspector: '赵勇', unit: '县住建局', team: '第一巡察组' };
const ROUND = {
  name: '十五届县委第四轮巡察',
  kind: '专项巡察',
  topic: '重点民生资金使用和工程项目管理',
};
const TALK = {
  summary: '与办公室主任个别谈话，了解公务接待和项目资金管理情况',
  interviewee: '办公室主任',
  post: '办公室主任',
  interviewers: ['王组长', '李组员'],
  recorder: '李组员',
  outline: '一、公务接待审批；二、项目资金拨付流程；三、干部群众反映的问题',
  record:
    '谈话对象反映：2025年以来单位公务接待多次无公函、无审批单，接待清单与实际就餐人数不符；' +
    '部分项目资金未按合同进度拨付，存在提前支付情况。',
};
const FINDING =
  '公务接待管理不规范：2025年以来多次接待无公函、无审批单，' +
  '接待清单与实际人数不符，违反中央八项规定精神。';
const OPINION = {
  start: '巡察组按计划进驻。',
  submit: '两个巡察对象的巡察报告已完成，报请审定。',
  approve: '同意巡察报告，按程序向被巡察单位反馈。',
  feedback: '已向两个被巡察单位反馈巡察意见。',
  archive: '材料齐全，立卷归档。',
};
const REPORT_TITLE = '开展专项巡察情况的报告';
const UUID = /\/rounds\/([0-9a-f-]{36})$/;

/** A report as a team writes it: situation, problems found, suggestions. */
const reportText = (unit: string, problem: string) =>
  [
    `关于对${unit}${REPORT_TITLE}`,
    '一、巡察工作基本情况',
    '巡察组进驻后开展个别谈话、调阅资料。',
    '二、发现的主要问题',
    problem,
    '三、意见建议',
    '严格执行中央八项规定精神。',
  ].join('\n');

interface RoundJson {
  stage: string;
  members: { inspectorId: string; name: string; role: string; teamId: string }[];
  targets: { unitId: string; unitName: string; teamId: string | null; teamName: string | null }[];
}

describe('rounds: planned from the ranking, staffed under recusal, taken through six stages to the archive', () => {
  let server: RunningServer;
  let browser: Browser;
  let roundId = '';
  let startsOn = '';
  let before: Coverage;
  /** The target not yet inspected this term, picked as the ranking's highest such unit. */
  let fresh = { id: '', name: '' };
  /** 县住建局, where the planted conflict lies. */
  let bureau = { id: '', name: CONFLICT.unit };
  let memberName = '';

  const as = <T>(username: string, use: (page: Page) => Promise<T>) =>
    asUser(browser, server.baseUrl, username, DEMO_PASSWORD, use);
  const round = (page: Page) => getJson<RoundJson>(page, `/api/rounds/${roundId}`);

  beforeAll(async () => {
    server = await startServer({ demo: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('is planned by the office from the evidence ranking, one target not yet inspected this term', async () => {
    await as('office', async (page) => {
      before = await readCoverage(page);
      expect(before.total).toBeGreaterThan(0);
      expect(before.pending.size).toBe(before.total - before.inspected);

      await page.goto('/rounds/new');
      await page.getByTestId('ranking-table').waitFor();
      // The ranking's highest unit the term has not covered yet, and 县住建局 (covered already
      // by the round on site, and the place of the planted conflict).
      const [first, second] = await tickFromRanking(page, [
        (row) => before.pending.has(row.key),
        (row) => row.text.includes(CONFLICT.unit),
      ]);
      fresh = { id: first!.key, name: before.pending.get(first!.key)! };
      bureau = { id: second!.key, name: CONFLICT.unit };
      expect(before.pending.has(bureau.id)).toBe(false);

      const picked = page.getByTestId('plan-targets-table');
      for (const unit of [fresh, bureau]) {
        const cells = await picked.locator(`tr[data-row-key="${unit.id}"]`).innerText();
        expect(cells).toContain(unit.name);
        await pickOptionAfterClose(page, page.getByTestId(`target-team-${unit.id}`), CONFLICT.team);
      }
      await page.getByTestId('plan-name').fill(ROUND.name);
      await pickOption(page, page.getByTestId('plan-kind'), ROUND.kind);
      await page.getByTestId('plan-topic').fill(ROUND.topic);
      startsOn = await browserDate(page);
      await pickDate(page, page.getByTestId('plan-starts-on'), startsOn);
      await page.getByTestId('plan-submit').click();

      await page.waitForURL(UUID);
      roundId = UUID.exec(new URL(page.url()).pathname)?.[1] ?? '';
      await page.getByTestId('round-planned').waitFor({ state: 'visible' });
      expect(await page.getByTestId('round-name').innerText()).toBe(ROUND.name);
      expect(await roundStage(page)).toBe('巡察准备');
      const overview = await page.getByTestId('round-detail').innerText();
      expect(overview).toContain(ROUND.topic);
      expect(overview).toContain(startsOn);

      // Both targets went to 第一巡察组, which has no members yet, and no briefing was asked for.
      const saved = await round(page);
      expect(saved.targets.map((t) => [t.unitId, t.teamName]).sort()).toEqual(
        [
          [fresh.id, CONFLICT.team],
          [bureau.id, CONFLICT.team],
        ].sort(),
      );
      const card = page.getByTestId('team-card');
      expect(await card.count()).toBe(1);
      expect(await card.innerText()).toContain(fresh.name);
      const missing = gate(page, 'start_on_site');
      expect(await missing.getAttribute('data-ready')).toBe('false');
      const text = await missing.innerText();
      expect(text).toContain('有巡察组尚无成员');
      expect(text).toContain('尚未向有关部门提出情况通报请求');
      expect(text).not.toContain('尚未确定进驻日期');
    });
  });

  it('refuses the planted conflicted inspector on the team, naming 任职回避, and adds nobody', async () => {
    await as('office', async (page) => {
      await openRound(page, roundId);
      const builder = page.getByTestId('team-builder');
      const picker = builder.getByTestId('team-member-picker');
      await searchAndPick(page, picker, CONFLICT.inspector, CONFLICT.inspector);

      // The live check names the rule as soon as he is picked…
      const live = builder
        .getByTestId('team-recusal')
        .locator('[data-testid="recusal-conflict"][data-rule="employment"]');
      await live.waitFor({ state: 'visible' });
      expect(await live.innerText()).toBe('任职回避');

      // …and the server refuses him when the office tries anyway.
      await pickOption(page, builder.getByTestId('team-member-role'), '组员');
      await builder.getByTestId('team-member-add').click();
      const refusal = builder.getByTestId('team-refusal');
      await refusal.waitFor({ state: 'visible' });
      expect(await refusal.innerText()).toContain('存在回避情形，不能选派');
      const rule = refusal.locator('[data-testid="recusal-conflict"][data-rule="employment"]');
      expect(await rule.innerText()).toBe('任职回避');
      const sentence = await refusal.getByTestId('team-refusal-rules').innerText();
      expect(sentence).toContain(`任职回避：${CONFLICT.inspector}`);
      expect(sentence).toContain(CONFLICT.unit);
      // The way out is an exception the leading group approves, offered right there.
      await builder.getByTestId('team-request-override').waitFor({ state: 'visible' });
      await screenshot(page, 'round-recusal-refused.png');

      const members = await page.getByTestId('team-members').innerText();
      expect(members).not.toContain(CONFLICT.inspector);
      const saved = await round(page);
      expect(saved.members).toEqual([]);
    });
  });

  it('staffs a team leader without conflicts, asks for a briefing and goes on site', async () => {
    await as('office', async (page) => {
      await openRound(page, roundId);
      const builder = page.getByTestId('team-builder');
      const picker = builder.getByTestId('team-member-picker');

      // Suggestions come without conflicts; the one picked is checked live again before adding.
      await builder.getByTestId('team-suggest').click();
      const suggestions = builder.getByTestId('team-suggestion');
      await suggestions.first().waitFor({ state: 'visible' });
      const offered = Math.min(await suggestions.count(), 5);
      for (let i = 0; i < offered && !memberName; i++) {
        const strong = suggestions.nth(i).locator('strong').first();
        const name = (await strong.innerText()).trim();
        await searchAndPick(page, picker, name, name);
        const verdict = builder
          .getByTestId('team-recusal')
          .locator('[data-testid="recusal-conflicts"]:not([data-state="checking"])');
        await verdict.waitFor({ state: 'visible' });
        const state = await verdict.getAttribute('data-state');
        if (state === 'failed') throw new Error(`the recusal check of ${name} failed`);
        // A namesake of the suggested inspector may come first in the picker: try the next one.
        if (state !== 'clear') continue;
        await pickOption(page, builder.getByTestId('team-member-role'), '组长');
        await builder.getByTestId('team-member-add').click();
        memberName = name;
      }
      expect(memberName).not.toBe('');
      const members = page.getByTestId('team-members');
      await members.getByText(memberName, { exact: true }).waitFor({ state: 'visible' });
      expect(await members.innerText()).toContain('组长');
      const saved = await round(page);
      expect(saved.members.map((m) => [m.name, m.role])).toEqual([[memberName, 'leader']]);
      await expect
        .poll(() => gate(page, 'start_on_site').innerText(), WAIT)
        .not.toContain('有巡察组尚无成员');

      // 情况通报: asked of the discipline commission, due in three days.
      await openTab(page, '情况通报');
      await page.getByTestId('briefing-request').click();
      const dialog = dialogWith(page, 'briefing-request-text');
      await dialog.waitFor({ state: 'visible' });
      await pickOption(page, dialog.getByTestId('briefing-source'), '纪委监委');
      const request = `请通报${fresh.name}、${bureau.name}领导班子成员信访举报和问题线索情况`;
      await dialog.getByTestId('briefing-request-text').fill(request);
      await pickDate(page, dialog.getByTestId('briefing-due-on'), await browserDate(page, 3));
      await submitDialog(page, dialog, 'briefing');
      await page
        .getByTestId('briefing-table')
        .locator('tr', { hasText: request })
        .waitFor({ state: 'visible' });

      await page.locator('[data-testid="gate-start_on_site"][data-ready="true"]').waitFor();
      await fireRoundAction(page, 'start_on_site', '巡察了解', OPINION.start);
      expect(await page.getByTestId('round-edit').count()).toBe(0);
      expect((await round(page)).stage).toBe('on_site');
    });
  });

  it('has the team record a talk at the new target that raises a finding', async () => {
    await as('team1member', async (page) => {
      await openRound(page, roundId);
      await waitForStage(page, '巡察了解');
      await openTab(page, '巡察记录');
      await page.getByTestId('activity-add').click();
      const dialog = dialogWith(page, 'activity-summary');
      await dialog.waitFor({ state: 'visible' });
      await pickOption(page, dialog.getByTestId('activity-unit'), fresh.name);
      await pickOption(page, dialog.getByTestId('activity-method'), '个别谈话');
      await dialog.getByTestId('activity-summary').fill(TALK.summary);
      await dialog.getByTestId('activity-detail-interviewee').fill(TALK.interviewee);
      await dialog.getByTestId('activity-detail-post').fill(TALK.post);
      // A tags field: entries separated by commas become tags.
      const interviewers = dialog.getByTestId('activity-detail-interviewers');
      await interviewers.click();
      await interviewers.locator('input').fill(`${TALK.interviewers.join('，')}，`);
      await dialog.getByTestId('activity-detail-recorder').fill(TALK.recorder);
      await dialog.getByTestId('activity-detail-outline').fill(TALK.outline);
      await dialog.getByTestId('activity-record').fill(TALK.record);
      await submitDialog(page, dialog, 'activity');

      const row = page.getByTestId('activity-table').locator('tr', { hasText: TALK.summary });
      await row.waitFor({ state: 'visible' });
      await row.getByTestId('activity-raise-finding').click();
      const finding = dialogWith(page, 'finding-problem');
      await finding.waitFor({ state: 'visible' });
      await finding.getByTestId('finding-problem').fill(FINDING);
      await submitDialog(page, finding, 'finding');

      await openTab(page, '发现问题');
      const listed = page.getByTestId('finding-table').locator('tr', { hasText: FINDING });
      await listed.waitFor({ state: 'visible' });
      // Linked to the talk it came from.
      expect(await listed.innerText()).toContain('个别谈话');

      // Stored as the team wrote it: the talk's details, and the finding linked to the talk.
      const { items: talks } = await getJson<{
        items: { id: string; unitId: string; method: string; details: Record<string, unknown> }[];
      }>(page, `/api/rounds/${roundId}/activities`);
      expect(talks).toHaveLength(1);
      expect(talks[0]).toMatchObject({
        unitId: fresh.id,
        method: 'talk',
        details: {
          interviewee: TALK.interviewee,
          post: TALK.post,
          interviewers: TALK.interviewers,
          recorder: TALK.recorder,
        },
      });
      const { items: findings } = await getJson<{
        items: { unitId: string; activityId: string | null; problem: string }[];
      }>(page, `/api/rounds/${roundId}/findings`);
      expect(findings).toEqual([
        expect.objectContaining({ unitId: fresh.id, activityId: talks[0]!.id, problem: FINDING }),
      ]);
    });
  });

  it('has the team leader write both reports and submit them, and the leading group approve', async () => {
    await as('team1lead', async (page) => {
      await openRound(page, roundId);
      await openTab(page, '巡察报告');
      const card = (unitId: string) =>
        page.locator(`[data-testid="report-card"][data-unit-id="${unitId}"]`);
      // The finding raised on site is listed with its target's report.
      await card(fresh.id).locator('li', { hasText: FINDING }).waitFor({ state: 'visible' });
      for (const unit of [fresh, bureau]) {
        const report = card(unit.id);
        const problem = unit === fresh ? FINDING : '未发现新的突出问题。';
        await report.getByTestId('report-content').fill(reportText(unit.name, problem));
        await report
          .getByTestId('report-evaluation')
          .fill(`${unit.name}领导班子团结协作，落实全面从严治党主体责任有差距。`);
        await report.getByTestId('report-save').click();
        if (unit === fresh) {
          await expect
            .poll(() => gate(page, 'submit_report').innerText(), WAIT)
            .toContain('还有 1 个巡察对象没有巡察报告');
        }
      }
      await page.locator('[data-testid="gate-submit_report"][data-ready="true"]').waitFor();
      await fireRoundAction(page, 'submit_report', '报告巡察情况', OPINION.submit);
      // Written and submitted: no longer editable by the team.
      expect(await page.getByTestId('report-save').count()).toBe(0);
    });

    await as('leader', async (page) => {
      await openRound(page, roundId);
      await waitForStage(page, '报告巡察情况');
      await openTab(page, '巡察报告');
      const written = page.getByTestId('report-card').filter({ hasText: REPORT_TITLE });
      await expect.poll(() => written.count(), WAIT).toBe(2);
      expect(await page.getByTestId('report-save').count()).toBe(0);
      await fireRoundAction(page, 'approve_report', '反馈巡察意见', OPINION.approve);
      await expect.poll(() => page.getByTestId('report-approved').count(), WAIT).toBe(2);
    });
  });

  it('has the team deliver the feedback to both targets and close the stage', async () => {
    await as('team1lead', async (page) => {
      await openRound(page, roundId);
      await waitForStage(page, '反馈巡察意见');
      await openTab(page, '巡察报告');
      for (const unit of [fresh, bureau]) {
        const card = page.locator(`[data-testid="report-card"][data-unit-id="${unit.id}"]`);
        await card.getByTestId('feedback-deliver').click();
        const dialog = dialogWith(page, 'feedback-attendees');
        await dialog.waitFor({ state: 'visible' });
        await dialog
          .getByTestId('feedback-attendees')
          .fill(`${unit.name}领导班子成员；巡察组全体成员；县委巡察办有关同志`);
        await submitDialog(page, dialog, 'feedback');
        await card.getByText(/已于 \d{4}-\d{2}-\d{2} 反馈/).waitFor({ state: 'visible' });
        expect(await card.getByTestId('feedback-deliver').count()).toBe(0);
      }
      await page.locator('[data-testid="gate-deliver_feedback"][data-ready="true"]').waitFor();
      await fireRoundAction(page, 'deliver_feedback', '组织整改督查', OPINION.feedback);
    });
  });

  it('is archived by the office and then read-only, with its file index and counts', async () => {
    await as('office', async (page) => {
      await openRound(page, roundId);
      await waitForStage(page, '组织整改督查');
      // No clue was raised in this round: nothing holds the archive back.
      await page.locator('[data-testid="gate-archive"][data-ready="true"]').waitFor();
      await fireRoundAction(page, 'archive', '立卷归案', OPINION.archive);

      await page.getByTestId('round-read-only').waitFor({ state: 'visible' });
      expect(await page.getByTestId('round-edit').count()).toBe(0);
      expect(await page.locator('[data-testid^="round-action-"]').count()).toBe(0);
      expect(await page.getByTestId('team-builder').count()).toBe(0);
      await openTab(page, '巡察记录');
      const talk = page.getByTestId('activity-table').locator('tr', { hasText: TALK.summary });
      await talk.waitFor({ state: 'visible' });
      expect(await page.getByTestId('activity-add').count()).toBe(0);
      expect(await page.getByTestId('activity-raise-finding').count()).toBe(0);
      await openTab(page, '巡察报告');
      const reports = page.getByTestId('report-card').filter({ hasText: REPORT_TITLE });
      await expect.poll(() => reports.count(), WAIT).toBe(2);
      expect(await page.getByTestId('report-save').count()).toBe(0);
      expect(await page.getByTestId('feedback-deliver').count()).toBe(0);
      await openTab(page, '情况通报');
      expect(await page.getByTestId('briefing-request').count()).toBe(0);

      // 立卷归案: every record numbered in the index, with the cover sheet's counts.
      const index = page.getByTestId('round-archive-index');
      await index.waitFor({ state: 'visible' });
      const entries = index.locator('tbody tr[data-row-key]');
      await expect.poll(() => entries.count(), WAIT).toBe(5);
      const counts: [string, number][] = [
        ['巡察记录', 1],
        ['个别谈话', 1],
        ['发现问题', 1],
        ['情况通报', 1],
        ['巡察报告', 2],
        ['巡察组成员', 1],
        ['问题线索', 0],
      ];
      for (const [title, n] of counts) expect(await archiveCount(page, title), title).toBe(n);
      expect(await index.innerText()).toContain(TALK.summary);
      await screenshot(page, 'round-archived.png');

      // The server agrees: nothing more may be recorded.
      const status = await postStatus(page, `/api/rounds/${roundId}/activities`, {
        unitId: fresh.id,
        method: 'fieldVisit',
        occurredOn: startsOn,
        summary: '归档后补记',
      });
      expect(status).toBe(409);
    });
  });

  it('moves the term coverage: the new target now counts as inspected', async () => {
    await as('office', async (page) => {
      const after = await readCoverage(page);
      expect(after.total).toBe(before.total);
      expect(after.inspected).toBe(before.inspected + 1);
      expect(after.percent).toBeGreaterThan(before.percent);
      expect(after.pending.has(fresh.id)).toBe(false);
      expect([...after.pending.keys()].sort()).toEqual(
        [...before.pending.keys()].filter((id) => id !== fresh.id).sort(),
      );
      const row = await coverageRow(page, fresh.id, after.total);
      const text = await row.innerText();
      expect(text).toContain('本届已巡察');
      expect(text).toContain(startsOn);
      await screenshot(page, 'round-coverage-after.png');
    });
  });

  it('is not found for a member of another round’s team', async () => {
    await as('team2member', async (page) => {
      await openRound(page, roundId);
      await page.getByTestId('round-not-found').waitFor({ state: 'visible' });
      expect(await page.locator('main').innerText()).not.toContain(ROUND.name);
      expect(await statusFromPage(page, `/api/rounds/${roundId}`)).toBe(404);
      expect(await statusFromPage(page, `/api/rounds/${roundId}/file-index`)).toBe(404);
    });
  });
});
