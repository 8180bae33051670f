import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { OFFICE_ME, ranked, roundDetail } from '../test/fixtures';
import { pickOption } from '../test/pickOption';
import { PlanRoundPage } from './PlanRoundPage';

const WAIT = { timeout: 5000 };

const ROUTES = {
  'GET /api/target-ranking': {
    body: {
      items: [
        ranked(),
        ranked({
          unitId: 'u-2',
          unitName: '县医保局',
          lastInspectedOn: '2022-05-10',
          score: 9.5,
          components: [
            { key: 'petitions', value: 2, weight: 2, points: 4 },
            { key: 'clues', value: 0, weight: 3, points: 0 },
            { key: 'rectification', value: 0, weight: 2, points: 0 },
            { key: 'yearsSinceInspection', value: 3.9, weight: 1.4, points: 5.5 },
          ],
        }),
        ranked({ unitId: 'u-3', unitName: '县交通局', score: 2, components: [] }),
      ],
    },
  },
  'GET /api/teams': {
    body: {
      items: [
        { id: 't-1', name: '第一巡察组', jurisdictionId: 'j1' },
        { id: 't-2', name: '第二巡察组', jurisdictionId: 'j1' },
        { id: 't-9', name: '外县巡察组', jurisdictionId: 'j9' },
      ],
    },
  },
  'GET /api/terms': { body: { items: [] } },
  'GET /api/units': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
};

function render() {
  return renderApp(pageRoutes('/rounds/new', <PlanRoundPage />, OFFICE_ME), '/rounds/new');
}

async function tick(unitName: string) {
  const table = await screen.findByTestId('ranking-table', {}, WAIT);
  const cell = await within(table).findByText(unitName, {}, WAIT);
  const row = cell.closest('tr');
  fireEvent.click(within(row!).getByRole('checkbox'));
}

describe('PlanRoundPage', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('ranks units by evidence, each component shown as value × weight', async () => {
    mockFetch(ROUTES);
    render();
    const table = await screen.findByTestId('ranking-table', {}, WAIT);
    await within(table).findByText('县住建局', {}, WAIT);
    const first = within(table).getAllByTestId('ranking-components')[0]!;
    expect(
      within(first)
        .getAllByTestId('ranking-component')
        .map((tag) => tag.textContent),
    ).toEqual(['信访 4×2', '线索 1×3', '整改不力 0×2', '距上次巡察(年) 5×1.4']);
    expect(within(table).getAllByTestId('ranking-score')[0]!.textContent).toBe('18');
    expect(table.textContent).toContain('从未巡察');
  });

  it('plans the round with the picked targets, each with its team, and shows the warnings', async () => {
    const planned = roundDetail({
      id: 'r-new',
      warnings: ['第一巡察组承担 4 个巡察对象，超过 3 个（巡察对象不宜定得过多）'],
    });
    const { calls } = mockFetch({
      ...ROUTES,
      'POST /api/rounds': { status: 201, body: planned },
    });
    const { router } = render();
    await tick('县住建局');
    await tick('县医保局');
    const picked = await screen.findByTestId('plan-targets-table');
    await within(picked).findByText('县医保局');

    await pickOption('target-team-u-1', '第一巡察组');
    await pickOption('target-team-u-2', '第二巡察组');
    fireEvent.change(screen.getByTestId('plan-name'), {
      target: { value: '十五届县委第三轮巡察' },
    });
    await pickOption('plan-kind', '专项巡察');
    fireEvent.click(screen.getByTestId('plan-submit'));
    // 专项 needs its topic: nothing is sent without it.
    expect(await screen.findByText('专项巡察须写明巡察主题', {}, WAIT)).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByTestId('plan-topic'), { target: { value: '征地拆迁' } });
    fireEvent.change(screen.getByTestId('plan-authorization'), {
      target: { value: '清巡授〔2026〕3号' },
    });
    fireEvent.click(screen.getByTestId('plan-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/rounds/r-new'), WAIT);
    expect(calls.find((c) => c.method === 'POST' && c.url === '/api/rounds')?.body).toEqual({
      name: '十五届县委第三轮巡察',
      kind: 'special',
      topic: '征地拆迁',
      startsOn: null,
      endsOn: null,
      authorizationNo: '清巡授〔2026〕3号',
      termId: null,
      targets: [
        { unitId: 'u-1', teamId: 't-1' },
        { unitId: 'u-2', teamId: 't-2' },
      ],
    });
    expect(await screen.findByText(/巡察对象不宜定得过多/, {}, WAIT)).toBeTruthy();
  });

  it('puts the server’s target errors on the target rows', async () => {
    mockFetch({
      ...ROUTES,
      'POST /api/rounds': {
        status: 422,
        body: {
          status: 422,
          title: '巡察轮次信息有误',
          errors: [{ path: 'targets.0.teamId', message: '巡察组不存在或不属于本辖区' }],
        },
      },
    });
    render();
    await tick('县交通局');
    fireEvent.change(await screen.findByTestId('plan-name'), { target: { value: '机动巡察' } });
    fireEvent.click(screen.getByTestId('plan-submit'));
    const error = await screen.findByTestId('target-error', {}, WAIT);
    expect(error.textContent).toBe('巡察组不存在或不属于本辖区');
  });
});
