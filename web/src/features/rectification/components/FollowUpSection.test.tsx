import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { cstDateString } from '../../../lib/chinaDate';
import { quietComputedStyle } from '../../petitions/test/fixtures';
import type { FollowUpVisit } from '../api/types';
import {
  LIAISON_ME,
  OFFICE_ME,
  PLAN_ID,
  followUpVisit,
  itemView,
  planDetail,
} from '../test/fixtures';
import { PLAN_URL, WAIT, callsTo, findPlan, renderPlanPage } from '../test/renderPlanPage';

const closedItem = { state: 'closed' as const, closedAt: '2026-06-01T02:00:00.000Z' };
const accepted = planDetail({
  canSupervise: true,
  state: 'closed',
  items: [
    itemView(closedItem),
    itemView({ ...closedItem, id: 'i-2', findingId: 'f-2', problem: '公务用车管理混乱' }),
  ],
});
const visited = followUpVisit({
  id: 'v-0',
  dueOn: '2026-09-01',
  visitedOn: '2026-09-03',
  results: [
    { itemId: 'i-1', passed: true, note: null },
    { itemId: 'i-2', passed: false, note: '仍有公车私用' },
  ],
  version: 2,
});
const pending = followUpVisit();

describe('FollowUpSection (回头看)', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('lists the visits, their sampled items and results, read-only for the unit', async () => {
    const { calls } = renderPlanPage({ ...accepted, canSupervise: false }, LIAISON_ME, {
      'GET /api/follow-up-visits': { body: { items: [visited, pending] } },
    });
    await findPlan();
    const visits = await screen.findAllByTestId('follow-up-visit', {}, WAIT);
    expect(visits.map((v) => v.getAttribute('data-visited'))).toEqual(['true', 'false']);
    const items = within(visits[0]!).getAllByTestId('follow-up-item');
    expect(items.map((i) => i.getAttribute('data-result'))).toEqual(['passed', 'failed']);
    expect(items[1]!.textContent).toContain('公务用车管理混乱');
    expect(items[1]!.textContent).toContain('已重新打开');
    expect(items[1]!.textContent).toContain('仍有公车私用');
    expect(visits[1]!.textContent).toContain('待回头看');
    expect(visits[1]!.textContent).toContain('抽查事项 2 项');
    expect(callsTo(calls, 'GET', '/api/follow-up-visits')[0]?.url).toContain(`planId=${PLAN_ID}`);
    expect(screen.queryByTestId('follow-up-record')).toBeNull();
  });

  it('records a visit: a failed item is announced as reopened, then the plan reloads', async () => {
    let visits: FollowUpVisit[] = [pending];
    const { calls } = renderPlanPage(accepted, OFFICE_ME, {
      'GET /api/follow-up-visits': () => ({ body: { items: visits } }),
      'POST /api/follow-up-visits/v-1/results': (call) => {
        const body = call.body as { visitedOn: string; results: FollowUpVisit['results'] };
        visits = [{ ...pending, visitedOn: body.visitedOn, results: body.results, version: 2 }];
        return { body: visits[0] };
      },
    });
    fireEvent.click(await screen.findByTestId('follow-up-record', {}, WAIT));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('follow-up-warning').textContent).toContain('将重新打开整改');
    expect(within(dialog).getAllByTestId('follow-up-sample')).toHaveLength(2);
    expect(within(dialog).queryByTestId('follow-up-failed-warning')).toBeNull();

    fireEvent.click(
      within(within(dialog).getByTestId('follow-up-passed-i-1')).getByLabelText('通过'),
    );
    fireEvent.click(
      within(within(dialog).getByTestId('follow-up-passed-i-2')).getByLabelText('未通过'),
    );
    expect(
      (await within(dialog).findByTestId('follow-up-failed-warning', {}, WAIT)).textContent,
    ).toContain('1 项未通过');
    fireEvent.change(within(dialog).getByTestId('follow-up-note-i-2'), {
      target: { value: '派车单与实际用车不符' },
    });
    const planLoads = callsTo(calls, 'GET', PLAN_URL).length;
    fireEvent.click(screen.getByTestId('follow-up-save'));
    await waitFor(
      () => expect(callsTo(calls, 'POST', '/api/follow-up-visits/v-1/results')).toHaveLength(1),
      WAIT,
    );
    expect(callsTo(calls, 'POST', '/api/follow-up-visits/v-1/results')[0]?.body).toEqual({
      version: 1,
      visitedOn: cstDateString(),
      results: [
        { itemId: 'i-1', passed: true, note: null },
        { itemId: 'i-2', passed: false, note: '派车单与实际用车不符' },
      ],
    });
    expect(
      await screen.findByText('已记录回头看结果，1 项未通过已重新打开整改', {}, WAIT),
    ).toBeTruthy();
    await waitFor(
      () => expect(callsTo(calls, 'GET', PLAN_URL).length).toBeGreaterThan(planLoads),
      WAIT,
    );
    await waitFor(
      () => expect(screen.getByTestId('follow-up-visit').getAttribute('data-visited')).toBe('true'),
      WAIT,
    );
  });
});
