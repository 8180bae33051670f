import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import type { Me } from '../../auth/api/types';
import { roundAbilities } from '../abilities';
import { TeamsTab } from './TeamsTab';
import { LEADER_ME, OFFICE_ME, inspector, roundDetail } from '../test/fixtures';
import { pickOption } from '../test/pickOption';

const CONFLICT_MESSAGE = '2019-03-01 至 2024-06-30 在县住建局任副局长，离任未满 5 年';

const BASE = {
  'GET /api/rounds/r-1/recusal-overrides': { body: { items: [] } },
  'GET /api/inspectors': {
    body: { items: [inspector()], total: 1, page: 1, pageSize: 20 },
  },
};

/** The 巡察对象与巡察组 tab of a round in preparation, as this user sees it. */
function render(me: Me = OFFICE_ME) {
  const round = roundDetail();
  return renderApp(pageRoutes('/', <TeamsTab round={round} can={roundAbilities(round, me)} />, me));
}

describe('team builder', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('checks a picked inspector live and shows the conflict as a red tag naming the rule', async () => {
    const { calls } = mockFetch({
      ...BASE,
      'POST /api/recusal-check': {
        body: {
          conflicts: [
            {
              rule: 'employment',
              unitId: 'u-1',
              unitName: '县住建局',
              message: CONFLICT_MESSAGE,
              evidence: {},
            },
          ],
        },
      },
    });
    render();
    const builder = await screen.findByTestId('team-builder', {}, { timeout: 5000 });
    await pickOption('team-member-picker', /钱七/);

    const conflict = await within(builder).findByTestId('recusal-conflict', {}, { timeout: 3000 });
    expect(conflict.textContent).toBe('任职回避');
    expect(conflict.getAttribute('data-rule')).toBe('employment');
    expect(within(builder).getByTestId('recusal-conflicts').textContent).toContain(
      CONFLICT_MESSAGE,
    );
    // Checked against every target of the team, for this round; nothing submitted yet.
    expect(calls.find((c) => c.url === '/api/recusal-check')?.body).toEqual({
      inspectorId: 'i-9',
      unitIds: ['u-1', 'u-2'],
      roundId: 'r-1',
    });
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/rounds/r-1/teams')).toBe(false);
    expect(within(builder).getByTestId('team-request-override')).toBeTruthy();
  });

  it('shows the server refusal (409) with the rule it names, then offers the exception request', async () => {
    const { calls } = mockFetch({
      ...BASE,
      // The live check found nothing (say, a stale answer): the server still refuses.
      'POST /api/recusal-check': { body: { conflicts: [] } },
      'POST /api/rounds/r-1/teams': {
        status: 409,
        body: {
          status: 409,
          title: 'Conflict',
          detail: `存在回避情形：${CONFLICT_MESSAGE}。如确需选派，须经领导批准例外。`,
          errors: [{ path: 'recusal.employment', message: CONFLICT_MESSAGE }],
        },
      },
      'POST /api/rounds/r-1/recusal-overrides': {
        status: 201,
        body: {
          id: 'o-1',
          roundId: 'r-1',
          teamId: 't-1',
          inspectorId: 'i-9',
          conflicts: [{ rule: 'employment', message: CONFLICT_MESSAGE }],
          reason: '熟悉住建业务，无其他合适人选',
          state: 'pending',
          requestedBy: 'u-office',
          decidedBy: null,
          decidedAt: null,
          createdAt: '2026-02-20T02:00:00.000Z',
        },
      },
    });
    render();
    const builder = await screen.findByTestId('team-builder', {}, { timeout: 5000 });
    await pickOption('team-member-picker', /钱七/);
    await within(builder).findByText('未发现回避情形', {}, { timeout: 3000 });
    await pickOption('team-member-role', '组长');
    fireEvent.click(within(builder).getByTestId('team-member-add'));

    const refusal = await within(builder).findByTestId('team-refusal', {}, { timeout: 3000 });
    expect(refusal.textContent).toContain('存在回避情形，不能选派');
    const rule = within(refusal).getByTestId('recusal-conflict');
    expect(rule.textContent).toBe('任职回避');
    expect(refusal.textContent).toContain(CONFLICT_MESSAGE);
    expect(calls.find((c) => c.url === '/api/rounds/r-1/teams')?.body).toEqual({
      teamId: 't-1',
      inspectorId: 'i-9',
      role: 'leader',
    });

    fireEvent.click(within(builder).getByTestId('team-request-override'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('recusal-conflict').textContent).toBe('任职回避');
    fireEvent.change(within(dialog).getByTestId('override-reason'), {
      target: { value: '熟悉住建业务，无其他合适人选' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(
        calls.find((c) => c.url === '/api/rounds/r-1/recusal-overrides' && c.method === 'POST')
          ?.body,
      ).toEqual({
        teamId: 't-1',
        inspectorId: 'i-9',
        reason: '熟悉住建业务，无其他合适人选',
      }),
    );
  });

  it('lets the leading group decide a pending exception, and offers no team builder', async () => {
    const { calls } = mockFetch({
      ...BASE,
      'GET /api/rounds/r-1/recusal-overrides': {
        body: {
          items: [
            {
              id: 'o-1',
              roundId: 'r-1',
              teamId: 't-1',
              inspectorId: 'i-9',
              conflicts: [{ rule: 'relative', message: '配偶在县住建局任科长' }],
              reason: '熟悉住建业务',
              state: 'pending',
              requestedBy: 'u-office',
              decidedBy: null,
              decidedAt: null,
              createdAt: '2026-02-20T02:00:00.000Z',
            },
          ],
        },
      },
      'GET /api/inspectors/i-9': {
        body: { ...inspector(), positions: [], relatives: [], roundsServed: [] },
      },
      'POST /api/recusal-overrides/o-1/decision': {
        body: { id: 'o-1', state: 'approved' },
      },
    });
    render(LEADER_ME);
    const panel = await screen.findByTestId('round-overrides', {}, { timeout: 5000 });
    expect(screen.queryByTestId('team-builder')).toBeNull();
    expect(within(panel).getByText('公务回避（亲属任职）')).toBeTruthy();
    await within(panel).findByText('钱七', {}, { timeout: 3000 });
    fireEvent.click(within(panel).getByTestId('override-approve'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('override-note'), { target: { value: '同意' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(calls.find((c) => c.url === '/api/recusal-overrides/o-1/decision')?.body).toEqual({
        approve: true,
        note: '同意',
      }),
    );
  });
});
