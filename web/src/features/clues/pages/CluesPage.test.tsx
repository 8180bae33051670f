import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pickOption } from '../../rounds/test/pickOption';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { OFFICE_ME, RECEIVER_ME, clueDetail, clueList, clueSummary } from '../test/fixtures';
import { CluesPage } from './CluesPage';

const WAIT = { timeout: 5000 };

const NEW = clueSummary({ code: 'XS202600001', prioritized: true, ageDays: 3 });
const WAITING = clueSummary({
  id: 'c-2',
  code: 'XS202600002',
  source: 'audit',
  account: 'handedOver',
  handedOverAt: '2026-09-20T02:00:00.000Z',
  ageDays: 45,
});
const STALLED = clueSummary({
  id: 'c-3',
  code: 'XS202600003',
  account: 'transferred',
  handedOverAt: '2026-10-01T02:00:00.000Z',
  transferredAt: '2026-10-20T02:00:00.000Z',
  ageDays: 12,
  stall: 'pendingAccount',
  receiverName: '清河县纪委监委',
});
const CLOSED = clueSummary({
  id: 'c-4',
  code: 'XS202600004',
  account: 'closed',
  handedOverAt: '2026-08-01T02:00:00.000Z',
  transferredAt: '2026-08-05T02:00:00.000Z',
  supervisedAt: '2026-08-06T02:00:00.000Z',
  closedAt: '2026-10-06T02:00:00.000Z',
  ageDays: 80,
  disposal: 'concluded',
  outcome: 'clearance',
  falseAccusation: true,
});

function render(me = OFFICE_ME) {
  return renderApp(pageRoutes('/clues', <CluesPage />, me), '/clues');
}

const row = (code: string) => screen.getByTestId(`clue-row-${code}`);
const cell = (code: string, account: string) =>
  within(row(code)).getByTestId(`clue-account-cell-${account}`);

describe('CluesPage (线索台账)', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('shows the five account counts, and each clue with the day it reached each account and its age', async () => {
    mockFetch({ 'GET /api/clues': { body: clueList([NEW, WAITING, STALLED, CLOSED]) } });
    render();
    await screen.findByTestId('clue-row-XS202600001', {}, WAIT);

    expect(screen.getByTestId('clue-account-count-recorded').textContent).toContain('报账');
    expect(screen.getByTestId('clue-account-count-recorded').textContent).toContain('4');
    expect(screen.getByTestId('clue-account-count-closed').textContent).toContain('11');
    expect(screen.getByTestId('clue-stall-count-pendingAccount').textContent).toContain('2');
    expect(screen.getByTestId('clue-stall-count-deadAccount').textContent).toContain('呆账');

    const headers = [...screen.getByTestId('clue-ledger-table').querySelectorAll('thead th')].map(
      (th) => th.textContent,
    );
    for (const account of ['报账', '交账', '转账', '查账', '销账'])
      expect(headers).toContain(account);

    // New: in 报账 for 3 days (green), later accounts still empty; 优先 beside the code.
    expect(cell('XS202600001', 'recorded').getAttribute('data-current')).toBe('true');
    expect(cell('XS202600001', 'recorded').getAttribute('data-aging')).toBe('green');
    expect(cell('XS202600001', 'recorded').textContent).toContain('3 天');
    expect(cell('XS202600001', 'handedOver').textContent).toBe('');
    expect(within(row('XS202600001')).getByTestId('clue-prioritized').textContent).toBe('优先');

    // 45 days in 交账: gold; the day it was recorded stays in the 报账 column.
    expect(cell('XS202600002', 'handedOver').getAttribute('data-aging')).toBe('gold');
    expect(cell('XS202600002', 'handedOver').textContent).toContain('45 天');
    expect(cell('XS202600002', 'recorded').getAttribute('data-current')).toBe('false');
    expect(cell('XS202600002', 'recorded').textContent).toMatch(/^2026-11-0\d$/);
    expect(within(row('XS202600002')).getByText('审计')).toBeTruthy();

    // 挂账 turns the current account red whatever its age, and shows the tag.
    expect(cell('XS202600003', 'transferred').getAttribute('data-aging')).toBe('red');
    const stall = within(row('XS202600003')).getByTestId('clue-stall-tag');
    expect(stall.getAttribute('data-stall')).toBe('pendingAccount');
    expect(stall.textContent).toBe('挂账');
    expect(row('XS202600003').textContent).toContain('清河县纪委监委');

    // Closed clues no longer age; the outcome and 诬告 are shown.
    expect(cell('XS202600004', 'closed').getAttribute('data-aging')).toBe('none');
    expect(row('XS202600004').textContent).toContain('澄清正名');
    expect(row('XS202600004').textContent).toContain('诬告');
    expect(row('XS202600004').textContent).toContain('予以了结');
  });

  it('filters by an account count and exports what is filtered', async () => {
    const { calls } = mockFetch({ 'GET /api/clues': { body: clueList([WAITING]) } });
    render();
    await screen.findByTestId('clue-row-XS202600002', {}, WAIT);
    expect(screen.getByTestId('clue-export').getAttribute('href')).toBe('/api/clues/export.xlsx');

    fireEvent.click(screen.getByTestId('clue-account-count-handedOver'));
    await waitFor(() => expect(calls.some((c) => c.url.includes('account=handedOver'))).toBe(true));
    expect(screen.getByTestId('clue-account-count-handedOver').getAttribute('data-active')).toBe(
      'true',
    );
    expect(screen.getByTestId('clue-export').getAttribute('href')).toBe(
      '/api/clues/export.xlsx?account=handedOver',
    );

    fireEvent.click(screen.getByTestId('clue-stall-count-deadAccount'));
    await waitFor(() =>
      expect(
        calls.some((c) => c.url.includes('stall=deadAccount') && c.url.includes('account=')),
      ).toBe(true),
    );
    expect(screen.getByTestId('clue-create')).toBeTruthy();
  });

  it('offers registration only to the office', async () => {
    mockFetch({ 'GET /api/clues': { body: clueList([STALLED]) } });
    render(RECEIVER_ME);
    await screen.findByTestId('clue-row-XS202600003', {}, WAIT);
    expect(screen.queryByTestId('clue-create')).toBeNull();
    expect(screen.getByTestId('clue-export')).toBeTruthy();
  });

  it('registers an audit clue from the office, with manual sources only', async () => {
    const { calls } = mockFetch({
      'GET /api/clues': { body: clueList([]) },
      'GET /api/units': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
      'POST /api/clues': {
        status: 201,
        body: clueDetail({ id: 'c-new', code: 'XS202600009', source: 'audit' }),
      },
    });
    render();
    fireEvent.click(await screen.findByTestId('clue-create', {}, WAIT));
    const dialog = await screen.findByRole('dialog');
    await pickOption('clue-form-source', '审计');
    const options = [
      ...document.querySelectorAll('.ant-select-dropdown .ant-select-item-option-content'),
    ].map((o) => o.textContent);
    expect(options).toEqual(['审计', '有关部门移送', '其他']);
    fireEvent.change(within(dialog).getByTestId('clue-form-accused-name'), {
      target: { value: '赵六' },
    });
    fireEvent.change(within(dialog).getByTestId('clue-form-description'), {
      target: { value: '审计发现赵六违规发放津贴补贴' },
    });
    fireEvent.click(screen.getByTestId('clue-form-submit'));
    await screen.findByTestId('elsewhere', {}, WAIT);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      source: 'audit',
      accusedName: '赵六',
      accusedPosition: null,
      accusedUnitId: null,
      accusedUnitName: null,
      accusedCadreLevel: null,
      focus: null,
      disciplines: [],
      description: '审计发现赵六违规发放津贴补贴',
      confidential: false,
      fileIds: [],
    });
  });
});
