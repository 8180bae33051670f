import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { OFFICE_ME, RECEIVER_ME, clueList, clueSummary } from '../test/fixtures';
import { StalledCluesPage } from './StalledCluesPage';

const WAIT = { timeout: 5000 };

const DEAD = clueSummary({ code: 'XS202600007', stall: 'deadAccount', ageDays: 95 });
const SHELVED = clueSummary({
  id: 'c-8',
  code: 'XS202600008',
  account: 'underSupervision',
  disposal: 'shelved',
  reviewDueOn: '2026-11-01',
});

function routes() {
  return {
    'GET /api/clues': ({ url }: { url: string }) => ({
      body: clueList(
        url.includes('stall=any') ? [DEAD] : url.includes('reviewDue=true') ? [SHELVED] : [],
      ),
    }),
    'POST /api/clues/ledger-scan': {
      body: { pendingAccount: 3, deadAccount: 1, supervision: 2, shelvedReview: 1 },
    },
  };
}

describe('StalledCluesPage (挂账呆账)', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('lists the stalled clues and those due for review, and runs the check now', async () => {
    const { calls } = mockFetch(routes());
    renderApp(pageRoutes('/clues/stalled', <StalledCluesPage />, OFFICE_ME), '/clues/stalled');
    const board = await screen.findByTestId('stalled-board', {}, WAIT);
    const stalled = await within(board).findByTestId('clue-row-XS202600007', {}, WAIT);
    expect(within(stalled).getByTestId('clue-stall-tag').getAttribute('data-stall')).toBe(
      'deadAccount',
    );
    expect(
      within(screen.getByTestId('review-due-table')).getByTestId('clue-row-XS202600008'),
    ).toBeTruthy();
    expect(screen.getByTestId('stalled-count-pendingAccount').textContent).toContain('2');

    fireEvent.click(screen.getByTestId('ledger-scan'));
    expect(
      await screen.findByText(/检查完成：挂账 3 条，呆账 1 条，督办 2 条，到期复查 1 条/, {}, WAIT),
    ).toBeTruthy();
    await waitFor(() =>
      expect(calls.filter((c) => c.url.includes('stall=any')).length).toBeGreaterThanOrEqual(2),
    );
  });

  it('shows the board without the check to those who only read the ledger', async () => {
    mockFetch(routes());
    renderApp(pageRoutes('/clues/stalled', <StalledCluesPage />, RECEIVER_ME), '/clues/stalled');
    await screen.findByTestId('clue-row-XS202600007', {}, WAIT);
    expect(screen.queryByTestId('ledger-scan')).toBeNull();
  });
});
