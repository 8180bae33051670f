import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../auth/api/types';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import type { RoundDetail } from '../api/types';
import { LEADER_ME, OFFICE_ME, TEAM_LEADER_ME, roundDetail } from '../test/fixtures';
import { RoundDetailPage } from './RoundDetailPage';

const WAIT = { timeout: 5000 };

const COMMON = {
  'GET /api/rounds/r-1/recusal-overrides': { body: { items: [] } },
  'GET /api/inspectors': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
  'GET /api/rounds/r-1/activities': { body: { items: [] } },
  'GET /api/rounds/r-1/findings': { body: { items: [] } },
  'GET /api/rounds/r-1/surveys': { body: { items: [] } },
  'GET /api/rounds/r-1/file': { body: { briefings: [], reports: [] } },
  'GET /api/departments': { body: { items: [] } },
};

function render(me: Me = OFFICE_ME) {
  return renderApp(pageRoutes('/rounds/:id', <RoundDetailPage />, me), '/rounds/r-1');
}

const stepButtons = () =>
  [...(screen.queryByTestId('round-actions')?.querySelectorAll('button') ?? [])].map((b) =>
    b.getAttribute('data-testid'),
  );

const withRound = (round: Partial<RoundDetail>) => ({
  ...COMMON,
  'GET /api/rounds/r-1': { body: roundDetail(round) },
});

// A large antd page in jsdom: switching tabs renders a few seconds each.
describe('RoundDetailPage: stage view', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('shows exactly the steps the server lists, and what each later stage still needs', async () => {
    mockFetch(withRound({ actions: ['start_on_site', 'not_a_known_step'] }));
    render();
    await screen.findByTestId('round-detail', {}, WAIT);
    expect(stepButtons()).toEqual(['round-action-start_on_site']);
    expect(screen.getByTestId('round-actions').textContent).toContain('进驻了解');

    const onSite = screen.getByTestId('gate-start_on_site');
    expect(onSite.textContent).toBe('还缺：有巡察组尚未确定组长；尚未向有关部门提出情况通报请求');
    expect(onSite.getAttribute('data-ready')).toBe('false');
    expect(screen.getByTestId('gate-submit_report').textContent).toBe(
      '还缺：还有 2 个巡察对象没有巡察报告',
    );
    expect(screen.getByTestId('gate-deliver_feedback').textContent).toContain(
      '巡察报告尚未全部经领导小组审定',
    );
    // 立卷归案 has nothing missing and is not the next stage: no line under it.
    expect(screen.queryByTestId('gate-archive')).toBeNull();
    expect(screen.getByTestId('round-stage').textContent).toBe('巡察准备');
    // 码上巡察: the poster of the round's report channel.
    expect(screen.getByTestId('round-poster').getAttribute('href')).toBe(
      '/api/rounds/r-1/report-poster',
    );
  });

  it('shows no step at all when the server lists none, and says the next gate is ready', async () => {
    mockFetch(
      withRound({
        stage: 'on_site',
        actions: [],
        gates: { ...roundDetail().gates, start_on_site: [], submit_report: [] },
      }),
    );
    render(LEADER_ME);
    await screen.findByTestId('round-detail', {}, WAIT);
    expect(stepButtons()).toEqual([]);
    const next = screen.getByTestId('gate-submit_report');
    expect(next.textContent).toBe('条件已满足');
    expect(next.getAttribute('data-ready')).toBe('true');
    // Stages already reached show no gate.
    expect(screen.queryByTestId('gate-start_on_site')).toBeNull();
    // The leading group reads the round; it does not staff it.
    expect(screen.queryByTestId('team-builder')).toBeNull();
  });

  it('warns of the missing gate items before the step, and names them when the server refuses (409)', async () => {
    let loads = 0;
    const { calls } = mockFetch({
      ...COMMON,
      'GET /api/rounds/r-1': () => {
        loads += 1;
        return { body: roundDetail({ actions: ['start_on_site'] }) };
      },
      'POST /api/rounds/r-1/transitions': {
        status: 409,
        body: {
          status: 409,
          title: 'Conflict',
          detail: '还不能进入下一阶段：有巡察组尚未确定组长；尚未向有关部门提出情况通报请求',
          errors: [
            { path: 'gate', message: '有巡察组尚未确定组长' },
            { path: 'gate', message: '尚未向有关部门提出情况通报请求' },
          ],
        },
      },
    });
    render();
    fireEvent.click(await screen.findByTestId('round-action-start_on_site', {}, WAIT));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('round-transition-gate').textContent).toContain(
      '有巡察组尚未确定组长',
    );
    fireEvent.click(screen.getByTestId('round-transition-submit'));

    expect(await screen.findByText('暂不能进驻了解', {}, WAIT)).toBeTruthy();
    expect(
      screen.getByText('还缺：有巡察组尚未确定组长；尚未向有关部门提出情况通报请求', {
        selector: '.ant-notification-notice-description, .ant-notification-notice-description *',
      }),
    ).toBeTruthy();
    expect(calls.find((c) => c.url === '/api/rounds/r-1/transitions')?.body).toEqual({
      action: 'start_on_site',
      version: 2,
      opinion: null,
    });
    await waitFor(() => expect(loads).toBeGreaterThanOrEqual(2));
  });

  it('asks the leading group for an opinion to approve, and sends it with the version', async () => {
    const approved = roundDetail({ stage: 'feedback', version: 5, actions: [] });
    let fired = false;
    const { calls } = mockFetch({
      ...COMMON,
      'GET /api/rounds/r-1': () => ({
        body: fired
          ? approved
          : roundDetail({
              stage: 'reporting',
              version: 4,
              actions: ['approve_report', 'return_report'],
              gates: { ...roundDetail().gates, approve_report: [] },
            }),
      }),
      'POST /api/rounds/r-1/transitions': () => {
        fired = true;
        return { body: approved };
      },
    });
    render(LEADER_ME);
    await screen.findByTestId('round-detail', {}, WAIT);
    expect(stepButtons()).toEqual(['round-action-approve_report', 'round-action-return_report']);
    fireEvent.click(screen.getByTestId('round-action-approve_report'));
    await screen.findByRole('dialog');
    fireEvent.click(screen.getByTestId('round-transition-submit'));
    expect(await screen.findByText('请填写意见', {}, WAIT)).toBeTruthy();
    expect(calls.some((c) => c.url.endsWith('/transitions'))).toBe(false);

    fireEvent.change(screen.getByTestId('round-transition-opinion'), {
      target: { value: '同意报告，按程序反馈' },
    });
    fireEvent.click(screen.getByTestId('round-transition-submit'));
    await waitFor(
      () => expect(screen.getByTestId('round-stage').textContent).toBe('反馈巡察意见'),
      WAIT,
    );
    expect(calls.find((c) => c.url.endsWith('/transitions'))?.body).toEqual({
      action: 'approve_report',
      version: 4,
      opinion: '同意报告，按程序反馈',
    });
    expect(stepButtons()).toEqual([]);
  });

  it('looks read-only once archived: the file index and no way to change anything', async () => {
    mockFetch({
      ...withRound({ stage: 'archived', actions: [], abilities: { update: false } }),
      'GET /api/rounds/r-1/file-index': {
        body: {
          roundId: 'r-1',
          name: '十五届县委第三轮巡察',
          stage: 'archived',
          counts: {
            talks: 12,
            documentReviews: 4,
            activities: 20,
            briefings: 3,
            findings: 6,
            reports: 2,
            petitions: 5,
            clues: 2,
            members: 4,
          },
          activitiesByMethod: { talk: 12 },
          entries: [
            { no: 1, kind: 'briefing', id: 'b-1', title: '请县纪委通报', on: '2026-02-20' },
          ],
        },
      },
    });
    render();
    expect((await screen.findByTestId('round-read-only', {}, WAIT)).textContent).toContain(
      '已立卷归案',
    );
    const index = await screen.findByTestId('round-archive-index');
    await within(index).findByText('请县纪委通报', {}, WAIT);
    expect(index.textContent).toContain('个别谈话');
    expect(stepButtons()).toEqual([]);
    expect(screen.queryByTestId('round-poster')).toBeNull();
    expect(screen.queryByTestId('team-builder')).toBeNull();
    expect(screen.queryByTestId('team-member-remove')).toBeNull();

    // Every other tab follows the same abilities (abilities.test.ts: read-only once archived).
  });

  it('lets a team record only at its own targets while on site', async () => {
    mockFetch(
      withRound({
        stage: 'on_site',
        abilities: { update: false },
        targets: [
          ...roundDetail().targets.slice(0, 1),
          {
            unitId: 'u-3',
            unitName: '县交通局',
            unitType: 'department',
            teamId: 't-2',
            teamName: '第二巡察组',
          },
        ],
      }),
    );
    render(TEAM_LEADER_ME);
    await screen.findByTestId('round-detail', {}, WAIT);
    fireEvent.click(screen.getByText('巡察报告', { selector: '.ant-tabs-tab-btn' }));
    await screen.findByTestId('report-save', {}, WAIT);
    const cards = screen.getAllByTestId('report-card');
    const editable = cards.map((c) => [
      c.getAttribute('data-unit-id'),
      within(c).queryByTestId('report-save') !== null,
    ]);
    expect(editable).toEqual([
      ['u-1', true],
      ['u-3', false],
    ]);
  });
});
