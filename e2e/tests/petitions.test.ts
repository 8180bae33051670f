import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, statusFromPage } from './support/browser.js';
import {
  asUser,
  confirmPopconfirm,
  detailState,
  fireAction,
  modalOk,
  openPetition,
  pickOption,
} from './support/petitions.js';
import { startServer } from './support/server.js';
import type { RunningServer } from './support/server.js';

const DEMO_PASSWORD = 'Demo#2026xc';
const ID_NUMBER = '11010519491231002X';
const LETTER = {
  name: '张三',
  idNumber: ID_NUMBER,
  phone: '13812345678',
  accused: '周某某',
  position: '副局长',
  unit: '县交通运输局',
  summary: '反映县交通运输局副局长周某某在农村公路项目验收中收受施工方礼金',
  content:
    '来信人反映：2026年夏季农村公路硬化项目验收期间，县交通运输局副局长周某某多次接受施工单位宴请，' +
    '并收受礼金两万元，对工程质量问题不予追究，群众反映强烈，请求组织调查处理。',
};
const UUID = /\/petitions\/([0-9a-f-]{36})$/;

/** Total of the caller's visible petitions, asked by the page itself (its session). */
async function petitionTotal(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/api/petitions?pageSize=1');
    return ((await response.json()) as { total: number }).total;
  });
}

async function fillLetter(page: Page, idNumber = ID_NUMBER): Promise<void> {
  await page.getByTestId('petitioner-name').fill(LETTER.name);
  await page.getByTestId('petitioner-id-number').fill(idNumber);
  await page.getByTestId('petitioner-phone').fill(LETTER.phone);
  const row = page.getByTestId('accused-person-row').first();
  await row.getByTestId('accused-name').fill(LETTER.accused);
  await row.getByTestId('accused-unit-name').fill(LETTER.unit);
  await row.getByTestId('accused-position').fill(LETTER.position);
  await page.getByTestId('petition-summary').fill(LETTER.summary);
  await page.getByTestId('petition-content').fill(LETTER.content);
}

describe('petitions: register, handle, answer, archive; identity under an approved request', () => {
  let server: RunningServer;
  let browser: Browser;
  let petitionId = '';
  let petitionCode = '';
  let secondCode = '';

  const as = <T>(username: string, use: (page: Page) => Promise<T>) =>
    asUser(browser, server.baseUrl, username, DEMO_PASSWORD, use);

  beforeAll(async () => {
    server = await startServer({ demo: true, movableClock: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('refuses an invalid ID number on the field and creates nothing', async () => {
    await as('clerk', async (page) => {
      const before = await petitionTotal(page);
      await page.goto('/petitions/new');
      await page.getByTestId('petition-form').waitFor();
      await fillLetter(page, '110105198001011230');
      await page.getByTestId('petition-submit').click();

      const field = page.locator('.ant-form-item', {
        has: page.getByTestId('petitioner-id-number'),
      });
      await field.getByText('身份证号校验位不正确').waitFor({ state: 'visible' });
      await page.waitForTimeout(500);
      expect(new URL(page.url()).pathname).toBe('/petitions/new');
      expect(await petitionTotal(page)).toBe(before);
    });
  });

  it('lets the clerk register a petition from the keyboard-first form', async () => {
    await as('clerk', async (page) => {
      // The menu offers the petitions pages to a clerk.
      const menu = await page.getByTestId('side-menu').innerText();
      for (const label of ['信访件', '登记信访件', '超期督办', '查阅申请']) {
        expect(menu).toContain(label);
      }
      await page.goto('/petitions/new');
      await page.getByTestId('petition-form').waitFor();
      await fillLetter(page);
      await page.getByTestId('petition-content').press('Control+Enter');

      await page.waitForURL(UUID);
      petitionId = UUID.exec(new URL(page.url()).pathname)?.[1] ?? '';
      petitionCode = await page.getByTestId('petition-code').innerText();
      expect(petitionCode).toMatch(/^XF\d{9}$/);
      expect(await detailState(page)).toBe('已登记');
      // Masked: the full name and ID number never reach the page.
      const text = await page.locator('main').innerText();
      expect(text).not.toContain(ID_NUMBER);
      expect(text).not.toContain(LETTER.name);
    });
  });

  it('shows the first petition in the duplicate panel of a near-identical second one', async () => {
    await as('clerk', async (page) => {
      await page.goto('/petitions/new');
      await page.getByTestId('petition-form').waitFor();
      await fillLetter(page);

      const panel = page.getByTestId('duplicate-panel');
      const candidate = panel.locator(`[data-testid="similar-item"][data-code="${petitionCode}"]`);
      await candidate.waitFor({ state: 'visible' });
      const reasons = await candidate.getByTestId('similar-reason').allInnerTexts();
      expect(reasons).toEqual(expect.arrayContaining(['同一信访人', '同一被反映人', '内容相似']));
      await screenshot(page, 'petition-register-duplicates.png');

      // Saved anyway, then linked to the first as the same matter from its detail page.
      await page.getByTestId('petition-submit').click();
      await page.waitForURL(UUID);
      expect(new URL(page.url()).pathname).not.toBe(`/petitions/${petitionId}`);
      await page.getByTestId('petition-registered').waitFor();
      secondCode = await page.getByTestId('petition-code').innerText();
      const similar = page
        .getByTestId('similar-panel')
        .locator(`[data-testid="similar-item"][data-code="${petitionCode}"]`);
      await similar.getByTestId('petition-link-duplicate').click();
      await confirmPopconfirm(page);
      await page.getByTestId('petition-grouped').waitFor({ state: 'visible' });
    });
  });

  it('lists both in the petitions list, masked, found by full-text search', async () => {
    await as('clerk', async (page) => {
      await page.goto('/petitions');
      const table = page.getByTestId('petition-table');
      await table.getByText(petitionCode).waitFor();
      const search = page.getByTestId('petition-search').locator('input');
      await search.fill('农村公路');
      await search.press('Enter');
      await expect
        .poll(() => table.getByTestId('petition-link').allInnerTexts())
        .toEqual(expect.arrayContaining([petitionCode, secondCode]));
      const text = await table.innerText();
      expect(text).toContain('张*');
      expect(text).not.toContain(LETTER.name);
      await screenshot(page, 'petition-list.png');

      await page.goto('/petitions/deadlines');
      await page.getByTestId('deadline-table').waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'petition-deadlines.png');
    });
  });

  it('is proposed by the clerk and approved by the leader', async () => {
    await as('clerk', async (page) => {
      await openPetition(page, petitionId);
      await fireAction(page, 'propose', (dialog) =>
        dialog.getByTestId('transition-opinion').fill('属巡察受理范围，拟呈领导阅批后交办核查。'),
      );
      await expect.poll(() => detailState(page)).toBe('已拟办');
      expect(await page.getByTestId('petition-action-propose').count()).toBe(0);
    });
    await as('leader', async (page) => {
      await openPetition(page, petitionId);
      await fireAction(page, 'approve', (dialog) =>
        dialog.getByTestId('transition-opinion').fill('同意受理，请巡察办交办核查。'),
      );
      await expect.poll(() => detailState(page)).toBe('已阅批');
    });
  });

  it('is assigned by the office to a handler who reports, and reviewed by the leader', async () => {
    await as('office', async (page) => {
      await openPetition(page, petitionId);
      await fireAction(page, 'assign', async (dialog) => {
        // The handler list comes from the server: who may write the report here.
        await pickOption(page, dialog.getByTestId('transition-handler'), '信访受理员 刘（clerk）');
        await dialog.getByTestId('transition-opinion').fill('由信访室承办，30日内报告。');
      });
      await expect.poll(() => detailState(page)).toBe('调查中');
      expect(await page.getByText('信访受理员 刘').count()).toBeGreaterThan(0);
    });
    await as('clerk', async (page) => {
      await openPetition(page, petitionId);
      await fireAction(page, 'report', (dialog) =>
        dialog
          .getByTestId('transition-opinion')
          .fill('经调阅验收资料、走访施工单位，反映的宴请问题基本属实，收受礼金问题待进一步核实。'),
      );
      await expect.poll(() => detailState(page)).toBe('已报告');
    });
    await as('leader', async (page) => {
      await openPetition(page, petitionId);
      await fireAction(page, 'review', (dialog) =>
        dialog.getByTestId('transition-opinion').fill('同意调查结论，线索移送纪委监委。'),
      );
      await expect.poll(() => detailState(page)).toBe('已审定');
    });
  });

  it('is answered (method, date, content) and archived by the clerk, with every step on the timeline', async () => {
    await as('clerk', async (page) => {
      await openPetition(page, petitionId);
      await fireAction(page, 'answer', async (dialog) => {
        await pickOption(page, dialog.getByTestId('transition-answer-method'), '书面答复');
        await dialog
          .getByTestId('transition-answer-content')
          .fill('您反映的问题已调查核实，相关线索已移送县纪委监委处理。');
      });
      await expect.poll(() => detailState(page)).toBe('已答复');
      await fireAction(page, 'archive', async () => {});
      await expect.poll(() => detailState(page)).toBe('已归档');
      expect(await page.getByTestId('petition-actions').count()).toBe(0);

      await page.getByRole('tab', { name: /办理过程/ }).click();
      const steps = page.getByTestId('timeline-step');
      await expect.poll(() => steps.count()).toBe(7);
      const actions = await steps.evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute('data-action')),
      );
      expect(actions).toEqual([
        'propose',
        'approve',
        'assign',
        'report',
        'review',
        'answer',
        'archive',
      ]);
      const timeline = await page.getByTestId('petition-timeline').innerText();
      for (const text of ['领导小组 陈组长', '巡察办 周主任', '信访受理员 刘', '同意调查结论']) {
        expect(timeline).toContain(text);
      }
      await screenshot(page, 'petition-archived-timeline.png');
    });
  });

  it('is not found for a member of another inspection team', async () => {
    await as('team2member', async (page) => {
      await openPetition(page, petitionId);
      await page.getByTestId('petition-not-found').waitFor({ state: 'visible' });
      expect(await page.locator('main').innerText()).not.toContain(LETTER.summary);
      expect(await statusFromPage(page, `/api/petitions/${petitionId}`)).toBe(404);
    });
  });

  it('shows the full identity only after a leader approves the clerk’s request, with its expiry', async () => {
    await as('clerk', async (page) => {
      await openPetition(page, petitionId);
      expect(await page.getByTestId('identity-reveal').count()).toBe(0);
      expect(await page.getByTestId('identity-full').count()).toBe(0);
      expect(await statusFromPage(page, `/api/petitions/${petitionId}/identity`)).toBe(403);

      await page.getByTestId('identity-request').click();
      await page.getByTestId('access-request-reason').fill('需电话联系信访人核实答复送达情况');
      await modalOk(page).click();
      await page.getByTestId('access-request-pending').waitFor({ state: 'visible' });
      // Still pending: nothing more is shown, and the server still refuses.
      expect(await page.getByTestId('identity-reveal').count()).toBe(0);
      expect(await statusFromPage(page, `/api/petitions/${petitionId}/identity`)).toBe(403);
    });

    await as('leader', async (page) => {
      await page.goto('/access-requests?tab=decide');
      const table = page.getByTestId('access-requests-decide');
      const row = table.locator('tr', { hasText: '需电话联系信访人核实答复送达情况' });
      await row.getByTestId('access-request-approve').click();
      await page.getByTestId('access-decision-note').fill('同意，限本次答复核实使用');
      await modalOk(page).click();
      await expect.poll(() => row.getByTestId('access-request-state').innerText()).toBe('已批准');
    });

    await as('clerk', async (page) => {
      await openPetition(page, petitionId);
      await page.getByTestId('identity-reveal').click();
      const full = page.getByTestId('identity-full');
      await full.waitFor({ state: 'visible' });
      const text = await full.innerText();
      expect(text).toContain(LETTER.name);
      expect(text).toContain(ID_NUMBER);
      expect(text).toContain(LETTER.phone);

      // The grant's expiry is shown; the default is 24 hours (setting identity.accessHours).
      const expiresAt = await page.evaluate(async (id) => {
        const response = await fetch(`/api/petitions/${id}`);
        return ((await response.json()) as { grants: { identityExpiresAt: string } }).grants
          .identityExpiresAt;
      }, petitionId);
      const hours = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(23);
      expect(hours).toBeLessThanOrEqual(24);
      const shown = new Date(expiresAt).toLocaleString('sv-SE', { hour12: false }).slice(0, 16);
      expect(text).toContain(shown);
      expect(await page.getByTestId('identity-grant').innerText()).toContain(shown);
      await screenshot(page, 'petition-identity-granted.png');

      await page.goto('/access-requests');
      const mine = page.getByTestId('access-requests-mine');
      await mine.getByText('身份查阅').waitFor();
      expect(await mine.innerText()).toContain('有效');
    });
  });

  it('no longer shows the identity once the grant has expired', async () => {
    // 24 h grant (identity.accessHours): move the server's clock 25 hours on.
    await server.advanceClock(25 * 3_600_000);
    await as('clerk', async (page) => {
      await openPetition(page, petitionId);
      expect(await page.getByTestId('identity-reveal').count()).toBe(0);
      expect(await page.getByTestId('identity-full').count()).toBe(0);
      expect(await statusFromPage(page, `/api/petitions/${petitionId}/identity`)).toBe(403);
      await page.goto('/access-requests');
      const mine = page.getByTestId('access-requests-mine');
      await mine.getByText('身份查阅').waitFor();
      expect(await mine.innerText()).toContain('已过期');
    });
  });
});
