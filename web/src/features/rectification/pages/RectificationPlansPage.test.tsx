import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { Me } from '../../auth/api/types';
import { mockFetch } from '../../../test/fetchMock';
import type { RecordedCall } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { pickOption } from '../../rounds/test/pickOption';
import { LIAISON_ME, OFFICE_ME, planSummary } from '../test/fixtures';
import { RectificationPlansPage } from './RectificationPlansPage';

const WAIT = { timeout: 10_000 };
const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

const OFFICE_WITH_LISTS: Me = {
  ...OFFICE_ME,
  abilities: { ...OFFICE_ME.abilities, 'rounds.read': true, 'org.read': true },
};

function render(me: Me) {
  const mocks = mockFetch({
    'GET /api/rectification-plans': { body: page([planSummary()]) },
    'GET /api/rounds': {
      body: page([
        { id: 'r-1', name: '2026年第一轮巡察' },
        { id: 'r-2', name: '2026年第二轮巡察' },
      ]),
    },
    'GET /api/units': { body: page([{ id: 'unit-1', name: '县住建局' }]) },
    'GET /api/units/unit-1': { body: { id: 'unit-1', name: '县住建局' } },
  });
  renderApp(pageRoutes('/rectification', <RectificationPlansPage />, me), '/rectification');
  return mocks;
}

/** The query of the latest plans request. */
const lastPlansQuery = (calls: RecordedCall[]) => {
  const url = calls.filter((c) => c.url.startsWith('/api/rectification-plans')).at(-1)?.url;
  return new URLSearchParams(url?.split('?')[1] ?? '');
};

describe('RectificationPlansPage filters', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('filters the plans by round, unit and state on the server', async () => {
    const { calls } = render(OFFICE_WITH_LISTS);
    await screen.findByTestId('plan-row-县住建局', {}, WAIT);
    await pickOption('plans-round-filter', '2026年第二轮巡察');
    await waitFor(() => expect(lastPlansQuery(calls).get('roundId')).toBe('r-2'), WAIT);
    await pickOption('plans-unit-filter', '县住建局');
    await waitFor(() => expect(lastPlansQuery(calls).get('unitId')).toBe('unit-1'), WAIT);
    await pickOption('plans-state-filter', '整改中');
    await waitFor(() => expect(lastPlansQuery(calls).get('state')).toBe('approved'), WAIT);
    const query = lastPlansQuery(calls);
    expect([query.get('roundId'), query.get('page')]).toEqual(['r-2', '1']);
  });

  it('gives a unit only the state filter', async () => {
    const { calls } = render(LIAISON_ME);
    await screen.findByTestId('plans-state-filter', {}, WAIT);
    expect(screen.queryByTestId('plans-round-filter')).toBeNull();
    expect(screen.queryByTestId('plans-unit-filter')).toBeNull();
    expect(calls.some((c) => c.url.startsWith('/api/rounds'))).toBe(false);
  });
});
