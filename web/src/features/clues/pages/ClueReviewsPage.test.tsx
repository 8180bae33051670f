import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { cstDateString } from '../../../lib/chinaDate';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { pickOption } from '../../rounds/test/pickOption';
import type { ReviewView } from '../api/types';
import { OFFICE_ME, clueList, clueSummary } from '../test/fixtures';
import { ClueReviewsPage } from './ClueReviewsPage';

const WAIT = { timeout: 5000 };

const HELD: ReviewView = {
  id: 'rv-1',
  jurisdictionId: 'j1',
  heldOn: '2026-11-02',
  chair: '周主任',
  participants: ['周主任', '王组长'],
  note: null,
  decisions: [
    {
      clueId: 'c-9',
      clueCode: 'XS202500009',
      decision: 'merge',
      receiverDepartmentId: null,
      note: null,
    },
  ],
  createdAt: '2026-11-02T08:00:00.000Z',
};

const HANDED_OVER = [
  clueSummary({ id: 'c-1', code: 'XS202600001', account: 'handedOver' }),
  clueSummary({ id: 'c-2', code: 'XS202600002', account: 'handedOver', accusedName: '王五' }),
];

describe('ClueReviewsPage (集体研判)', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('lists the meetings and records one with a decision per handed-over clue', async () => {
    const { calls } = mockFetch({
      'GET /api/clue-reviews': { body: { items: [HELD], total: 1, page: 1, pageSize: 20 } },
      'GET /api/clues': { body: clueList(HANDED_OVER) },
      'POST /api/clue-reviews': { status: 201, body: HELD },
    });
    renderApp(pageRoutes('/clue-reviews', <ClueReviewsPage />, OFFICE_ME), '/clue-reviews');
    const table = await screen.findByTestId('review-table', {}, WAIT);
    expect(
      (await within(table).findByText('XS202500009', {}, WAIT)).closest('a')?.getAttribute('href'),
    ).toBe('/clues/c-9');
    expect(table.textContent).toContain('合并处理');

    fireEvent.click(screen.getByTestId('review-create'));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByTestId('review-decision-XS202600002', {}, WAIT);
    expect(
      calls.some((c) => c.url.includes('account=handedOver') && c.url.includes('pageSize=100')),
    ).toBe(true);

    // Nothing decided: nothing sent.
    fireEvent.change(within(dialog).getByTestId('review-chair'), { target: { value: '周主任' } });
    fireEvent.change(within(dialog).getByTestId('review-participants').querySelector('input')!, {
      target: { value: '周主任，王组长，' },
    });
    fireEvent.click(screen.getByTestId('review-submit'));
    expect(await within(dialog).findByTestId('review-decisions-empty', {}, WAIT)).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await pickOption('review-decision-XS202600002', '移交处置');
    fireEvent.change(within(dialog).getByTestId('review-decision-note-XS202600002'), {
      target: { value: '问题具体，可查性强' },
    });
    fireEvent.click(screen.getByTestId('review-submit'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true), WAIT);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      heldOn: cstDateString(),
      chair: '周主任',
      participants: ['周主任', '王组长'],
      note: null,
      decisions: [{ clueId: 'c-2', decision: 'transfer', note: '问题具体，可查性强' }],
    });
  });
});
