import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { OFFICE_ME } from '../test/fixtures';
import { CoveragePage } from './CoveragePage';

const WAIT = { timeout: 5000 };
const TERM = {
  id: 'term-1',
  jurisdictionId: 'j1',
  name: '十五届县委',
  startsOn: '2024-01-01',
  endsOn: '2028-12-31',
};

function render() {
  return renderApp(pageRoutes('/coverage', <CoveragePage />, OFFICE_ME), '/coverage');
}

describe('CoveragePage', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('shows the term’s coverage and the units not yet inspected with the days left', async () => {
    mockFetch({
      'GET /api/terms': { body: { items: [TERM] } },
      'GET /api/coverage': {
        body: {
          term: TERM,
          total: 3,
          inspected: 1,
          percent: 33.3,
          daysLeft: 420,
          units: [
            {
              id: 'u-1',
              name: '县住建局',
              type: 'department',
              lastInspectedOn: '2025-03-01',
              inspectedInTerm: true,
            },
            {
              id: 'u-2',
              name: '县医保局',
              type: 'department',
              lastInspectedOn: '2021-05-01',
              inspectedInTerm: false,
            },
            {
              id: 'u-3',
              name: '城关镇',
              type: 'township',
              lastInspectedOn: null,
              inspectedInTerm: false,
            },
          ],
        },
      },
    });
    render();
    const summary = await screen.findByTestId('coverage-summary', {}, WAIT);
    expect(summary.textContent).toContain('33.3%');
    expect(summary.textContent).toContain('十五届县委');
    const table = screen.getByTestId('coverage-table');
    expect(within(table).queryByText('县住建局')).toBeNull();
    expect(
      within(table)
        .getAllByTestId('coverage-warning')
        .map((w) => w.textContent),
    ).toEqual(['未巡察 · 剩余 420 天', '未巡察 · 剩余 420 天']);
    expect(table.textContent).toContain('从未巡察');

    fireEvent.click(screen.getByText('全部单位（3）'));
    await waitFor(() => expect(within(table).getByText('县住建局')).toBeTruthy());
  });

  it('says so when no term is set up, and lets the office add one', async () => {
    const { calls } = mockFetch({
      'GET /api/terms': { body: { items: [] } },
      'GET /api/coverage': {
        status: 404,
        body: { status: 404, title: 'Not Found', detail: '届次不存在' },
      },
      'POST /api/terms': { status: 201, body: TERM },
    });
    render();
    const empty = await screen.findByTestId('coverage-no-term', {}, WAIT);
    expect(empty.textContent).toContain('尚未设置本届届次');
    fireEvent.click(screen.getByTestId('coverage-terms'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('term-name'), { target: { value: '十五届县委' } });
    fireEvent.click(within(dialog).getByTestId('term-submit'));
    // Dates are required before anything is sent.
    expect(await within(dialog).findAllByText(/请填写(开始|结束)日期/, {}, WAIT)).toHaveLength(2);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
