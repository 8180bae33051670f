import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { LEADER_ME, OFFICE_ME, inspector } from '../../rounds/test/fixtures';
import type { Me } from '../../auth/api/types';
import type { InspectorDetail } from '../api/types';
import { InspectorDetailPage } from './InspectorDetailPage';

const WAIT = { timeout: 5000 };

const detail = (overrides: Partial<InspectorDetail> = {}): InspectorDetail => ({
  ...inspector(),
  positions: [
    {
      id: 'p-1',
      unitId: 'u-1',
      unitName: '县住建局',
      position: '副局长',
      fromOn: '2019-03-01',
      toOn: '2024-06-30',
    },
  ],
  relatives: [
    {
      id: 'rel-1',
      name: '孙某',
      relation: '配偶',
      unitId: null,
      unitName: '县医保局',
      position: '科长',
    },
  ],
  roundsServed: [
    {
      roundId: 'r-0',
      roundName: '十五届县委第二轮巡察',
      kind: 'regular',
      stage: 'archived',
      startsOn: '2025-03-01',
      endsOn: '2025-04-30',
      teamId: 't-1',
      teamName: '第一巡察组',
      role: 'deputy',
    },
  ],
  ...overrides,
});

function render(me: Me, body: InspectorDetail) {
  mockFetch({
    'GET /api/inspectors/i-9': { body },
    'GET /api/units': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
  });
  return renderApp(pageRoutes('/inspectors/:id', <InspectorDetailPage />, me), '/inspectors/i-9');
}

describe('InspectorDetailPage', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('shows work history, relatives and rounds served; the office may edit', async () => {
    render(OFFICE_ME, detail());
    await screen.findByTestId('inspector-detail', {}, WAIT);
    expect(screen.getByTestId('inspector-title').textContent).toBe('钱七');
    expect(screen.getByTestId('inspector-positions').textContent).toContain(
      '2019-03-01 ~ 2024-06-30',
    );
    expect(screen.getByTestId('inspector-relatives').textContent).toContain('配偶');
    const rounds = screen.getByTestId('inspector-rounds');
    expect(
      within(rounds).getByText('十五届县委第二轮巡察').closest('a')?.getAttribute('href'),
    ).toBe('/rounds/r-0');
    expect(rounds.textContent).toContain('副组长');
    expect(screen.getByTestId('inspector-edit')).toBeTruthy();
    expect(screen.getByTestId('position-add')).toBeTruthy();
    expect(screen.getByTestId('inspector-recusal-card')).toBeTruthy();
  });

  it('offers no change to a reader without the right to update', async () => {
    render(LEADER_ME, detail({ abilities: { update: false, checkRecusal: true } }));
    await screen.findByTestId('inspector-detail', {}, WAIT);
    expect(screen.queryByTestId('inspector-edit')).toBeNull();
    expect(screen.queryByTestId('position-add')).toBeNull();
    expect(screen.queryByTestId('relative-add')).toBeNull();
  });
});
