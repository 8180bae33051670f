import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { LIAISON_ME, OFFICE_ME, itemDetail } from '../test/fixtures';
import { RectificationItemsPage } from './RectificationItemsPage';

const WAIT = { timeout: 5000 };

const ITEMS = [
  itemDetail({ id: 'i-red', overdue: true, daysLeft: -5 }),
  itemDetail({ id: 'i-yellow', daysLeft: 3 }),
  itemDetail({ id: 'i-green', daysLeft: 30 }),
  itemDetail({ id: 'i-grey', state: 'closed', daysLeft: -2 }),
];

const routes = {
  'GET /api/rectification-items': { body: { items: ITEMS, total: 4, page: 1, pageSize: 20 } },
  'POST /api/rectification-items/escalation-scan': {
    body: { dueSoon: 2, overdue: 1, supervisionLetter: 1, admonitionTalk: 0, accountability: 0 },
  },
};

describe('RectificationItemsPage (整改事项)', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('colours items by deadline and lets the office escalate now', async () => {
    const { calls } = mockFetch(routes);
    renderApp(
      pageRoutes('/rectification/items', <RectificationItemsPage />, OFFICE_ME),
      '/rectification/items',
    );
    await screen.findAllByTestId('item-row', {}, WAIT);
    expect(
      screen
        .getAllByTestId('item-row')
        .map((r) => [r.getAttribute('data-item-id'), r.getAttribute('data-deadline')]),
    ).toEqual([
      ['i-red', 'red'],
      ['i-yellow', 'yellow'],
      ['i-green', 'green'],
      ['i-grey', 'grey'],
    ]);
    fireEvent.click(screen.getByTestId('escalation-scan'));
    expect(
      await screen.findByText(/检查完成：到期提醒 2 条，超期提醒 1 条/, {}, WAIT),
    ).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(true);
  });

  it('shows the board without the escalation button to a unit', async () => {
    mockFetch(routes);
    renderApp(
      pageRoutes('/rectification/items', <RectificationItemsPage />, LIAISON_ME),
      '/rectification/items',
    );
    await screen.findAllByTestId('item-row', {}, WAIT);
    expect(screen.queryByTestId('escalation-scan')).toBeNull();
  });
});
