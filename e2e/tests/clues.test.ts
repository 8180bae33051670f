import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { statusFromPage, launchBrowser, screenshot } from './support/browser.js';
import {
  accountTag,
  asCstUser,
  clueIdOf,
  clueRows,
  findInLedger,
  fireClueAction,
  openClue,
  openFromRow,
  pagedRow,
  submitModal,
  waitForAccount,
} from './support/clues.js';
import { openPetition, pickOption } from './support/petitions.js';
import {
  WAIT,
  dialogWith,
  getJson,
  openRound,
  openTab,
  pickOptionAfterClose,
  submitDialog,
} from './support/rounds.js';
import { startServer } from './support/server.js';
import type { RunningServer } from './support/server.js';

const DEMO_PASSWORD = 'Demo#2026xc';
const DAY = 24 * 3_600_000;
/** The demo round on site (server/src/services/bootstrap/demo-petitions.ts, demoRounds.regular). */
const ROUND_NAME = '2026年第一轮常规巡察';
/** The county's discipline commission: where discipline matters go (干部管理权限, same level). */
const DISCIPLINE = '县纪委监委';
const FOCUS_LABELS: Record<string, string> = {
  corruption: '腐败问题',
  conduct: '作风问题',
  discipline: '纪律问题',
};
// Each run's texts are its own: the ledger is searched for them (demo clues may be there too).
const RUN = Date.now().toString(36).toUpperCase();
const MARK = { petition: `E2E-${RUN}-信访`, talk: `E2E-${RUN}-谈话` };
const PETITION_CLUE = `【${MARK.petition}】来信反映的被反映人在工程验收中收受施工方礼金两万元，对质量问题不予追究。`;
const TALK_CLUE = `【${MARK.talk}】谈话中反映：2025年以来单位公务接待多次无公函、无审批单，接待清单与实际人数不符。`;
const STALL_CLUE = `【E2E-${RUN}-挂账】审计发现某单位专项资金被挪用于发放津贴补贴，需进一步核实。`;

interface PetitionPick {
  id: string;
  code: string;
  focus: string | null;
  clueIds: string[];
}
interface Clue {
  id: string;
  code: string;
}

describe('clues: five accounts from a petition and a talk, need-to-know, 挂账 after the job', () => {
  let server: RunningServer;
  let browser: Browser;
  let petition: PetitionPick;
  const fromPetition: Clue = { id: '', code: '' };
  const fromTalk: Clue = { id: '', code: '' };
  let talkSummary = '';

  const as = <T>(username: string, use: (page: Page) => Promise<T>) =>
    asCstUser(browser, server.baseUrl, username, DEMO_PASSWORD, use);

  beforeAll(async () => {
    server = await startServer({ demo: true, movableClock: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('raises a clue from a petition (office); the category carries over; the office hands it over', async () => {
    await as('office', async (page) => {
      // A demo petition about a discipline matter (not 选人用人, which goes to 组织部).
      const { items } = await getJson<{
        items: { id: string; code: string; focus: string | null }[];
      }>(page, '/api/petitions?pageSize=100');
      const pick = items.find((p) => p.focus !== null && Object.hasOwn(FOCUS_LABELS, p.focus));
      expect(pick).toBeDefined();
      const detail = await getJson<{ clueIds: string[] }>(page, `/api/petitions/${pick!.id}`);
      petition = { ...pick!, clueIds: detail.clueIds };

      await openPetition(page, petition.id);
      await page.getByTestId('petition-spawn-clue').click();
      const dialog = page
        .getByRole('dialog')
        .filter({ hasText: `生成问题线索 · ${petition.code}` });
      await dialog.waitFor({ state: 'visible' });
      await dialog.locator('textarea').fill(PETITION_CLUE);
      await submitModal(
        page,
        dialog,
        dialog.locator('.ant-modal-footer .ant-btn-primary'),
        'spawn',
      );
      // The petition records the clue it raised.
      await page
        .getByTestId('petition-detail')
        .getByText(`已生成 ${petition.clueIds.length + 1} 条`)
        .waitFor({ state: 'visible' });

      // In the ledger, in 报账, with the petition's category and the petition as evidence.
      const { row, code } = await findInLedger(page, MARK.petition);
      expect(code).toMatch(/^XS\d{9}$/);
      expect(await row.innerText()).toContain('信访举报');
      expect(await row.getByTestId('clue-account-cell-recorded').getAttribute('data-current')).toBe(
        'true',
      );
      fromPetition.code = code;
      fromPetition.id = await openFromRow(page, row);
      expect(await page.getByTestId('clue-code').innerText()).toBe(code);
      await waitForAccount(page, 'recorded');
      expect(await accountTag(page).innerText()).toBe('报账');
      expect(await page.getByTestId('clue-fields').innerText()).toContain(
        FOCUS_LABELS[petition.focus!],
      );
      expect(await page.getByTestId('clue-evidence-petition').first().innerText()).toBe(
        petition.code,
      );
      expect(await page.getByTestId('clue-description-text').innerText()).toBe(PETITION_CLUE);
      // Not yet handed over: nothing to transfer.
      expect(await page.getByTestId('clue-action-transfer').count()).toBe(0);

      await fireClueAction(page, 'hand_over', 'handedOver', (d) =>
        d.getByTestId('clue-transition-opinion').fill('信访件反映问题具体，交巡察办集体研判。'),
      );
      expect(await accountTag(page).innerText()).toBe('交账');

      // Not transferable before the collective review: the dialog says so and cannot send.
      await page.getByTestId('clue-action-transfer').click();
      const transfer = dialogWith(page, 'transfer-receiver');
      await transfer.getByTestId('transfer-review-missing').waitFor({ state: 'visible' });
      expect(await page.getByTestId('transfer-submit').isDisabled()).toBe(true);
      await transfer.locator('.ant-modal-footer .ant-btn').first().click();
      await transfer.waitFor({ state: 'hidden' });
      await waitForAccount(page, 'handedOver');
    });
  });

  it('raises a clue from a talk of the on-site round (team member); the team leader hands it over', async () => {
    await as('team1member', async (page) => {
      await page.goto('/rounds');
      await page
        .getByTestId('round-table')
        .getByTestId('round-link')
        .filter({ hasText: ROUND_NAME })
        .click();
      await page.waitForURL(/\/rounds\/[0-9a-f-]{36}$/);
      const roundId = new URL(page.url()).pathname.split('/').pop()!;
      await openRound(page, roundId);
      await openTab(page, '巡察记录');
      // One of the team's own talk records (the other team's have no buttons here).
      const talk = page
        .getByTestId('activity-table')
        .locator('tr.ant-table-row')
        .filter({ has: page.getByTestId('activity-raise-clue') })
        .filter({ hasText: '个别谈话：' })
        .first();
      await talk.waitFor({ state: 'visible' });
      talkSummary = (await talk.locator('td', { hasText: '个别谈话：' }).last().innerText()).trim();
      await talk.getByTestId('activity-raise-clue').click();
      const dialog = dialogWith(page, 'clue-description');
      await dialog.waitFor({ state: 'visible' });
      await dialog.getByTestId('clue-description').fill(TALK_CLUE);
      await submitDialog(page, dialog, 'raise-clue');

      // The team sees its round's clue: in the ledger, prioritized, the talk as evidence.
      const { row, code } = await findInLedger(page, MARK.talk);
      expect(await row.innerText()).toContain('个别谈话');
      fromTalk.code = code;
      fromTalk.id = await openFromRow(page, row);
      await waitForAccount(page, 'recorded');
      await page.getByTestId('clue-prioritized').waitFor({ state: 'visible' });
      expect(await page.getByTestId('clue-evidence-activity').innerText()).toContain(talkSummary);
      expect(await page.getByTestId('clue-fields').innerText()).toContain(ROUND_NAME);
      // A member may not hand over; the team leader may.
      expect(await page.getByTestId('clue-action-hand_over').count()).toBe(0);
      expect(await page.getByTestId('clue-edit').count()).toBe(0);
    });

    await as('team1lead', async (page) => {
      await openClue(page, fromTalk.id);
      await waitForAccount(page, 'recorded');
      await fireClueAction(page, 'hand_over', 'handedOver', (d) =>
        d.getByTestId('clue-transition-opinion').fill('谈话中发现的问题线索，交巡察办。'),
      );
    });
  });

  it('lets the office set the talk clue’s category (问题类别) while it is handed over', async () => {
    await as('office', async (page) => {
      await openClue(page, fromTalk.id);
      await waitForAccount(page, 'handedOver');
      await page.getByTestId('clue-edit').click();
      const dialog = dialogWith(page, 'clue-form-focus');
      await dialog.waitFor({ state: 'visible' });
      // Raised from a talk: no category yet.
      await expect
        .poll(() => dialog.getByTestId('clue-form-description').inputValue(), WAIT)
        .toBe(TALK_CLUE);
      await pickOption(page, dialog.getByTestId('clue-form-focus'), '作风问题');
      await submitModal(page, dialog, page.getByTestId('clue-form-submit'), 'edit');
      await expect
        .poll(() => page.getByTestId('clue-fields').innerText(), WAIT)
        .toContain('作风问题');
      await waitForAccount(page, 'handedOver');
    });
  });

  it('records a collective review (集体研判) deciding 移交处置 for both', async () => {
    await as('office', async (page) => {
      await page.goto('/clue-reviews');
      await page.getByTestId('review-create').click();
      const dialog = dialogWith(page, 'review-chair');
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.getByTestId('review-held-on').inputValue()).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
      await dialog.getByTestId('review-chair').fill('周主任');
      const participants = dialog.getByTestId('review-participants');
      await participants.click();
      await participants.locator('input').fill('周主任，陈组长，王组长，');
      await participants.getByText('陈组长').waitFor({ state: 'visible' });
      for (const clue of [fromPetition, fromTalk]) {
        await pickOptionAfterClose(
          page,
          dialog.getByTestId(`review-decision-${clue.code}`),
          '移交处置',
        );
      }
      await submitModal(page, dialog, page.getByTestId('review-submit'), 'review');

      const meeting = page
        .getByTestId('review-table')
        .locator('tr', { hasText: fromPetition.code })
        .filter({ hasText: fromTalk.code });
      await meeting.waitFor({ state: 'visible' });
      const text = await meeting.innerText();
      expect(text).toContain('周主任、陈组长、王组长');
      expect(text.match(/移交处置/g)).toHaveLength(2);
    });
  });

  it('transfers both to the proposed receiver 县纪委监委 with a 移交函', async () => {
    await as('office', async (page) => {
      for (const clue of [fromPetition, fromTalk]) {
        await openClue(page, clue.id);
        await waitForAccount(page, 'handedOver');
        await page.getByTestId('clue-reviews').getByText('移交处置').waitFor({ state: 'visible' });
        await page.getByTestId('clue-action-transfer').click();
        const dialog = dialogWith(page, 'transfer-receiver');
        await dialog.waitFor({ state: 'visible' });
        expect(await dialog.getByTestId('transfer-review-missing').count()).toBe(0);
        // Proposed by cadre-management authority, with the reason: a discipline matter.
        const proposed = dialog.getByTestId('transfer-proposed');
        expect(await proposed.getByTestId('transfer-proposed-name').innerText()).toBe(DISCIPLINE);
        expect(await proposed.getByTestId('transfer-reasons').innerText()).toContain(
          '反映违反党的纪律问题，移交纪检监察机关',
        );
        const departmentId = await proposed.getAttribute('data-department-id');
        expect(departmentId).toMatch(/^[0-9a-f-]{36}$/);
        // …and already chosen as the receiver.
        expect(await dialog.getByTestId('transfer-receiver').innerText()).toContain(DISCIPLINE);
        expect(await dialog.getByTestId('transfer-change-reason').count()).toBe(0);
        await dialog.getByTestId('transfer-opinion').fill('经集体研判，移交县纪委监委处置。');
        await submitModal(page, dialog, page.getByTestId('transfer-submit'), 'transfer');
        await waitForAccount(page, 'transferred');
        expect(await accountTag(page).innerText()).toBe('转账');

        const letter = page.getByTestId('clue-transfers').getByTestId('clue-transfer-letter');
        await letter.waitFor({ state: 'visible' });
        expect(await letter.innerText()).toMatch(/^巡移〔\d{4}〕\d+号$/);
        const record = await page.getByTestId('clue-transfers').innerText();
        expect(record).toContain(DISCIPLINE);
        expect(record).toContain('待签收');
        const saved = await getJson<{ receiverDepartmentId: string }>(
          page,
          `/api/clues/${clue.id}`,
        );
        expect(saved.receiverDepartmentId).toBe(departmentId);
      }
    });
  });

  it('is signed for, disposed of and closed by 县纪委监委 from its inbox', async () => {
    await as('discipline', async (page) => {
      await page.goto('/clues/inbox');
      // 待签收: both (paged through: other clues may wait there too).
      for (const clue of [fromPetition, fromTalk]) await pagedRow(page, 'inbox-table', clue.code);
      for (const clue of [fromPetition, fromTalk]) {
        await page.goto('/clues/inbox');
        const row = await pagedRow(page, 'inbox-table', clue.code);
        expect(await openFromRow(page, row)).toBe(clue.id);
        await waitForAccount(page, 'transferred');

        await fireClueAction(page, 'acknowledge', 'underSupervision', (d) =>
          d.getByTestId('clue-transition-opinion').fill('已签收，按程序办理。'),
        );
        await page.getByTestId('clue-transfer-acknowledged').waitFor({ state: 'visible' });
        expect(await page.getByTestId('clue-transfer-acknowledged').innerText()).toContain(
          '县纪委监委 郑',
        );
        // No outcome before the disposal is reported.
        expect(await page.getByTestId('clue-action-close').count()).toBe(0);

        await fireClueAction(page, 'report_disposal', 'underSupervision', async (d) => {
          await pickOption(page, d.getByTestId('clue-disposal'), '初步核实');
          expect(await d.getByTestId('clue-disposal-on').inputValue()).toMatch(
            /^\d{4}-\d{2}-\d{2}$/,
          );
          await d.getByTestId('clue-transition-opinion').fill('成立核查组开展初步核实。');
        });
        await expect
          .poll(() => page.getByTestId('clue-detail-disposal').innerText(), WAIT)
          .toContain('初步核实');

        await fireClueAction(page, 'close', 'closed', async (d) => {
          await pickOption(page, d.getByTestId('clue-outcome'), '第一种形态');
          expect(await d.getByTestId('clue-outcome-on').inputValue()).toMatch(
            /^\d{4}-\d{2}-\d{2}$/,
          );
          await d.getByTestId('clue-outcome-note').fill('经核实，对被反映人进行批评教育。');
        });
        expect(await accountTag(page).innerText()).toBe('销账');
        expect(await page.getByTestId('clue-detail-outcome').innerText()).toContain('第一种形态');
        expect(await page.locator('[data-testid^="clue-action-"]').count()).toBe(0);
      }
      await screenshot(page, 'clue-closed.png');

      // Both now under 已办结 in the inbox.
      await page.goto('/clues/inbox');
      const done = page.waitForResponse(
        (r) =>
          new URL(r.url()).pathname === '/api/clues' &&
          new URL(r.url()).searchParams.get('account') === 'closed',
      );
      await page.getByTestId('inbox-group-done').click();
      await done;
      for (const clue of [fromPetition, fromTalk]) await pagedRow(page, 'inbox-table', clue.code);
    });
  });

  it('shows the round’s clue to its team and hides it from 组织部 (404)', async () => {
    await as('team1member', async (page) => {
      await openClue(page, fromTalk.id);
      await page.getByTestId('clue-detail').waitFor({ state: 'visible' });
      await waitForAccount(page, 'closed');
      expect(await page.getByTestId('clue-code').innerText()).toBe(fromTalk.code);
    });
    await as('organization', async (page) => {
      for (const clue of [fromTalk, fromPetition]) {
        await openClue(page, clue.id);
        await page.getByTestId('clue-not-found').waitFor({ state: 'visible' });
        const main = await page.locator('main').innerText();
        expect(main).not.toContain(clue.code);
        expect(main).not.toContain(TALK_CLUE.slice(0, 20));
        expect(await statusFromPage(page, `/api/clues/${clue.id}`)).toBe(404);
      }
    });
  });

  it('flags a clue left untouched past its 报账 deadline as 挂账 when the office runs the check', async () => {
    const stalled: Clue = { id: '', code: '' };
    await as('office', async (page) => {
      await page.goto('/clues');
      await page.getByTestId('clue-create').click();
      const dialog = dialogWith(page, 'clue-form-description');
      await dialog.waitFor({ state: 'visible' });
      await pickOption(page, dialog.getByTestId('clue-form-source'), '审计');
      await dialog.getByTestId('clue-form-description').fill(STALL_CLUE);
      await submitModal(page, dialog, page.getByTestId('clue-form-submit'), 'create');
      await page.waitForURL(/\/clues\/[0-9a-f-]{36}$/);
      await waitForAccount(page, 'recorded');
      stalled.id = clueIdOf(page);
      stalled.code = await page.getByTestId('clue-code').innerText();
      expect(await page.getByTestId('clue-stall-tag').count()).toBe(0);
      const dueOn = await getJson<{ accountDueOn: string }>(page, `/api/clues/${stalled.id}`);
      expect(dueOn.accountDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    // 60 days to hand over (clue.handOverDays): move the server two days past that.
    await server.advanceClock(62 * DAY);

    // Sessions may have expired with the jump: a fresh sign-in.
    await as('office', async (page) => {
      await page.goto('/clues/stalled');
      await page.getByTestId('stalled-board').waitFor({ state: 'visible' });
      await page.getByTestId('ledger-scan').click();
      await page.locator('.ant-message-notice', { hasText: '检查完成' }).waitFor();
      const row = await pagedRow(page, 'stalled-table', stalled.code);
      const tag = row.getByTestId('clue-stall-tag');
      expect(await tag.getAttribute('data-stall')).toBe('pendingAccount');
      expect(await tag.innerText()).toBe('挂账');
      const count = await page.getByTestId('stalled-count-pendingAccount').innerText();
      expect(Number(/(\d+)\s*$/.exec(count)?.[1])).toBeGreaterThanOrEqual(1);
      await screenshot(page, 'clue-stalled-board.png');

      // The ledger shows it too.
      const found = await findInLedger(page, stalled.code);
      const ledgerTag = found.row.getByTestId('clue-stall-tag');
      await ledgerTag.waitFor({ state: 'visible' });
      expect(await ledgerTag.getAttribute('data-stall')).toBe('pendingAccount');
      expect(await clueRows(page, 'clue-ledger-table').count()).toBe(1);

      // …and the clue its reminder.
      await openClue(page, stalled.id);
      await waitForAccount(page, 'recorded');
      expect(await page.getByTestId('clue-stall-tag').getAttribute('data-stall')).toBe(
        'pendingAccount',
      );
      expect(await page.getByTestId('clue-notices').innerText()).toContain('挂账提醒');
    });
  });
});
