import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { cstDateString } from '../../../lib/chinaDate';
import { quietComputedStyle } from '../../petitions/test/fixtures';
import { pickOption } from '../../rounds/test/pickOption';
import {
  LIAISON_ME,
  OFFICE_ME,
  PLAN_ID,
  TEAM_ME,
  itemView,
  planDetail,
  supervisionCheck,
} from '../test/fixtures';
import { WAIT, callsTo, findPlan, renderPlanPage } from '../test/renderPlanPage';

const approved = planDetail({
  canSupervise: true,
  state: 'approved',
  items: [
    itemView(),
    itemView({ id: 'i-2', findingId: 'f-2', problem: '公务用车管理混乱', version: 3 }),
  ],
});
const planned = supervisionCheck();
const done = supervisionCheck({
  id: 'c-2',
  itemId: null,
  kind: 'documents',
  plannedOn: '2026-10-20',
  doneOn: '2026-10-21',
  result: 'failed',
  note: '整改台账缺失三个月',
  version: 2,
});
const listed = { 'GET /api/supervision-checks': { body: { items: [planned, done] } } };

describe('SupervisionChecksSection (督查清单)', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('lists the checks for everyone who sees the plan, without actions for the unit', async () => {
    const { calls } = renderPlanPage({ ...approved, canSupervise: false }, LIAISON_ME, listed);
    await findPlan();
    const rows = await screen.findAllByTestId('check-row', {}, WAIT);
    expect(rows.map((r) => r.getAttribute('data-result'))).toEqual(['pending', 'failed']);
    expect(rows[0]!.textContent).toContain('实地查看');
    expect(rows[0]!.textContent).toContain('工程项目招投标管理不规范');
    expect(rows[0]!.textContent).toContain('待督查');
    expect(rows[1]!.textContent).toContain('整个整改方案');
    expect(rows[1]!.textContent).toContain('未通过');
    expect(rows[1]!.textContent).toContain('整改台账缺失三个月');
    expect(callsTo(calls, 'GET', '/api/supervision-checks')[0]?.url).toContain(`planId=${PLAN_ID}`);
    expect(screen.queryByTestId('check-add')).toBeNull();
    expect(screen.queryByTestId('check-record')).toBeNull();
  });

  it('is not offered before the plan is approved (and nothing is fetched)', async () => {
    const { calls } = renderPlanPage(planDetail({ state: 'submitted' }), OFFICE_ME);
    await findPlan();
    expect(screen.getByTestId('checks-not-yet').textContent).toBe('整改方案批准后才能安排督查');
    expect(screen.queryByTestId('check-add')).toBeNull();
    expect(callsTo(calls, 'GET', '/api/supervision-checks')).toHaveLength(0);
  });

  it('lets the team schedule a check of one item, already done with its result', async () => {
    const { calls } = renderPlanPage(approved, TEAM_ME, {
      ...listed,
      'POST /api/supervision-checks': { status: 201, body: supervisionCheck({ id: 'c-3' }) },
    });
    fireEvent.click(await screen.findByTestId('check-add', {}, WAIT));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('安排督查')).toBeTruthy();
    fireEvent.click(within(within(dialog).getByTestId('check-kind')).getByLabelText('查阅资料'));
    await pickOption('check-item', '公务用车管理混乱');
    fireEvent.click(within(dialog).getByTestId('check-done'));
    const result = await within(dialog).findByTestId('check-result-input');
    fireEvent.click(within(result).getByLabelText('通过'));
    fireEvent.change(within(dialog).getByTestId('check-note'), {
      target: { value: '  查阅派车单和维修台账，已规范  ' },
    });
    fireEvent.click(screen.getByTestId('check-save'));
    await waitFor(
      () => expect(callsTo(calls, 'POST', '/api/supervision-checks')).toHaveLength(1),
      WAIT,
    );
    const today = cstDateString();
    expect(callsTo(calls, 'POST', '/api/supervision-checks')[0]?.body).toEqual({
      planId: PLAN_ID,
      itemId: 'i-2',
      kind: 'documents',
      plannedOn: today,
      doneOn: today,
      result: 'passed',
      note: '查阅派车单和维修台账，已规范',
    });
  });

  it('records the result of a planned check with its version', async () => {
    const { calls } = renderPlanPage(approved, OFFICE_ME, {
      ...listed,
      'PATCH /api/supervision-checks/c-1': {
        body: { ...planned, doneOn: '2026-11-02', result: 'failed', version: 2 },
      },
    });
    const rows = await screen.findAllByTestId('check-row', {}, WAIT);
    // Only the planned check still waits for its result.
    expect(within(rows[1]!).queryByTestId('check-record')).toBeNull();
    fireEvent.click(within(rows[0]!).getByTestId('check-record'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('记录督查结果')).toBeTruthy();
    fireEvent.click(screen.getByTestId('check-record-save'));
    expect(await within(dialog).findByText('请填写督查结果', {}, WAIT)).toBeTruthy();
    fireEvent.click(
      within(within(dialog).getByTestId('check-record-result')).getByLabelText('未通过'),
    );
    fireEvent.change(within(dialog).getByTestId('check-record-note'), {
      target: { value: '招投标台账缺失两个项目' },
    });
    fireEvent.click(screen.getByTestId('check-record-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true), WAIT);
    expect(callsTo(calls, 'PATCH', '/api/supervision-checks/c-1')[0]?.body).toEqual({
      version: 1,
      doneOn: '2026-11-02',
      result: 'failed',
      note: '招投标台账缺失两个项目',
    });
  });

  it('shows the server’s refusal when the caller is not on the unit’s team', async () => {
    renderPlanPage(approved, TEAM_ME, {
      'POST /api/supervision-checks': {
        status: 403,
        body: { status: 403, title: 'Forbidden', detail: '只有巡察办或该单位的巡察组可以记录督查' },
      },
    });
    fireEvent.click(await screen.findByTestId('check-add', {}, WAIT));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(screen.getByTestId('check-save'));
    expect(
      await screen.findByText('只有巡察办或该单位的巡察组可以记录督查', {}, WAIT),
    ).toBeTruthy();
    expect(within(dialog).getByTestId('check-kind')).toBeTruthy();
  });
});
