import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../auth/api/types';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import type { PlanDetail } from '../api/types';
import { LIAISON_ME, OFFICE_ME, PLAN_ID, itemDetail, itemView, planDetail } from '../test/fixtures';
import { RectificationPlanPage } from './RectificationPlanPage';

const WAIT = { timeout: 5000 };
const PLAN_URL = `/api/rectification-plans/${PLAN_ID}`;

function render(plan: PlanDetail, me: Me = LIAISON_ME, extra = {}) {
  const mocks = mockFetch({
    [`GET ${PLAN_URL}`]: { body: plan },
    'GET /api/disclosures': { body: { items: [] } },
    'GET /api/supervision-checks': { body: { items: [] } },
    'GET /api/follow-up-visits': { body: { items: [] } },
    ...extra,
  });
  renderApp(
    pageRoutes('/rectification/:id', <RectificationPlanPage />, me),
    `/rectification/${PLAN_ID}`,
  );
  return mocks;
}

const buttons = (testId: string) =>
  [...(screen.queryByTestId(testId)?.querySelectorAll('button') ?? [])].map((b) =>
    b.getAttribute('data-testid'),
  );

describe('RectificationPlanPage', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('shows the four lists side by side and adds an item', async () => {
    const { calls } = render(planDetail({ canEditItems: true, actions: ['submit'] }), LIAISON_ME, {
      'POST /api/rectification-items': { status: 201, body: itemDetail() },
    });
    await screen.findByTestId('plan-detail', {}, WAIT);
    expect(screen.getByTestId('plan-state').getAttribute('data-state')).toBe('drafting');
    for (const [id, text] of [
      ['list-problem', '问题清单'],
      ['list-responsibility', '责任清单'],
      ['list-measure', '整改清单'],
      ['list-supervision', '督查清单'],
    ])
      expect(screen.getByTestId(id!).textContent).toBe(text);
    const row = screen.getByTestId('item-row');
    expect(row.getAttribute('data-deadline')).toBe('green');
    expect(row.textContent).toContain('张局长');
    // The finding without an item is highlighted.
    const uncovered = screen
      .getAllByTestId('plan-finding')
      .filter((f) => f.getAttribute('data-uncovered') === 'true');
    expect(uncovered.map((f) => f.getAttribute('data-finding-id'))).toEqual(['f-2']);

    fireEvent.click(screen.getByTestId('item-add'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('item-problem'), {
      target: { value: '机关食堂超标准接待' },
    });
    fireEvent.change(within(dialog).getByTestId('item-leader'), { target: { value: '赵副局长' } });
    fireEvent.change(within(dialog).getByTestId('item-persons'), { target: { value: '办公室' } });
    fireEvent.change(within(dialog).getByTestId('item-measures'), {
      target: { value: '清退超标准接待费用，建立台账' },
    });
    fireEvent.click(within(dialog).getByTestId('item-immediate'));
    fireEvent.click(screen.getByTestId('item-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true), WAIT);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      planId: PLAN_ID,
      findingId: null,
      problem: '机关食堂超标准接待',
      responsibleLeader: '赵副局长',
      responsiblePersons: '办公室',
      measures: '清退超标准接待费用，建立台账',
      dueOn: null,
      immediateFix: true,
    });
  });

  it('offers exactly the steps the server lists, with the opinion they need', async () => {
    const submitted = planDetail({
      state: 'submitted',
      actions: ['approve', 'return', 'not_a_known_step'],
      items: [itemView({ actions: ['close', 'whatever'] })],
    });
    const approved: PlanDetail = { ...submitted, state: 'approved', actions: [], version: 3 };
    let current = submitted;
    const { calls } = render(submitted, OFFICE_ME, {
      [`GET ${PLAN_URL}`]: () => ({ body: current }),
      [`POST ${PLAN_URL}/transitions`]: () => {
        current = approved;
        return { body: approved };
      },
    });
    await screen.findByTestId('plan-detail', {}, WAIT);
    expect(buttons('plan-actions')).toEqual(['plan-action-approve', 'plan-action-return']);
    expect(within(screen.getByTestId('item-row')).getByTestId('item-action-close')).toBeTruthy();
    expect(buttons('item-actions')).toEqual(['item-action-close']);
    expect(screen.queryByTestId('item-add')).toBeNull();

    fireEvent.click(screen.getByTestId('plan-action-approve'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(screen.getByTestId('plan-submit'));
    expect(await within(dialog).findByText('请填写意见', {}, WAIT)).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.change(within(dialog).getByTestId('plan-opinion'), {
      target: { value: '同意该整改方案' },
    });
    fireEvent.click(screen.getByTestId('plan-submit'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true), WAIT);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      action: 'approve',
      version: 2,
      opinion: '同意该整改方案',
    });
    await waitFor(
      () => expect(screen.getByTestId('plan-state').getAttribute('data-state')).toBe('approved'),
      WAIT,
    );
  });

  it('shows the server’s refusal of a closure request without evidence on the files', async () => {
    const approved = planDetail({
      state: 'approved',
      items: [itemView({ actions: ['report_progress', 'request_closure'], version: 4 })],
    });
    const { calls } = render(approved, LIAISON_ME, {
      'POST /api/rectification-items/i-1/transitions': {
        status: 422,
        body: {
          status: 422,
          title: 'Unprocessable Entity',
          detail: '申请销号须提供整改佐证材料',
          errors: [{ path: 'fileIds', message: '请上传整改佐证材料' }],
        },
      },
    });
    const row = await screen.findByTestId('item-row', {}, WAIT);
    fireEvent.click(within(row).getByTestId('item-action-request_closure'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('item-files')).toBeTruthy();
    fireEvent.change(within(dialog).getByTestId('item-opinion'), {
      target: { value: '已完成整改' },
    });
    fireEvent.click(screen.getByTestId('item-transition-submit'));
    expect(await within(dialog).findByText('请上传整改佐证材料', {}, WAIT)).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      action: 'request_closure',
      version: 4,
      opinion: '已完成整改',
      fileIds: [],
    });
  });

  it('lets the named secretary sign the commitment with their password', async () => {
    const reportPlan = planDetail({
      state: 'approved',
      secretaryUserId: LIAISON_ME.user.id,
      secretaryName: LIAISON_ME.user.displayName,
      canSign: true,
      canWriteReport: true,
      report: {
        content: '整改情况报告正文',
        contentHash: 'abc',
        signedAt: '2026-12-01T02:00:00.000Z',
        signedByName: '住建局 王联络员',
        valid: false,
        version: 2,
      },
    });
    const { calls } = render(reportPlan, LIAISON_ME, {
      [`POST ${PLAN_URL}/report/signature`]: {
        status: 422,
        body: {
          status: 422,
          detail: '密码不正确，未签署',
          errors: [{ path: 'password', message: '密码不正确，未签署' }],
        },
      },
    });
    await screen.findByTestId('plan-report', {}, WAIT);
    expect(screen.getByTestId('report-valid').getAttribute('data-valid')).toBe('false');
    expect(screen.queryByTestId('report-sign-me')).toBeNull();
    fireEvent.click(screen.getByTestId('report-sign'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('report-password'), {
      target: { value: 'Demo#2026xc' },
    });
    fireEvent.click(screen.getByTestId('report-sign-submit'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true), WAIT);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ password: 'Demo#2026xc' });
    expect(await within(dialog).findAllByText('密码不正确，未签署', {}, WAIT)).not.toHaveLength(0);
  });
});
