import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { RECEIVER_ME, clueList, clueSummary } from '../test/fixtures';
import { ClueInboxPage } from './ClueInboxPage';

const WAIT = { timeout: 5000 };

describe('ClueInboxPage (线索收件箱)', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('lists the clues to sign for first, then those in progress', async () => {
    const waiting = clueSummary({ code: 'XS202600005', account: 'transferred', ageDays: 2 });
    const { calls } = mockFetch({
      'GET /api/clues': ({ url }) => ({
        body: clueList(url.includes('account=transferred') ? [waiting] : []),
      }),
    });
    renderApp(pageRoutes('/clues/inbox', <ClueInboxPage />, RECEIVER_ME), '/clues/inbox');
    const table = await screen.findByTestId('inbox-table', {}, WAIT);
    await within(table).findByTestId('clue-row-XS202600005', {}, WAIT);
    expect(calls[0]?.url).toContain('inbox=true');
    expect(calls[0]?.url).toContain('account=transferred');
    expect(screen.getByTestId('inbox-group-pending').textContent).toBe('待签收（2）');

    fireEvent.click(screen.getByTestId('inbox-group-inProgress'));
    await waitFor(() =>
      expect(
        calls.some(
          (c) => c.url.includes('inbox=true') && c.url.includes('account=underSupervision'),
        ),
      ).toBe(true),
    );
    await waitFor(() => expect(within(table).queryByTestId('clue-row-XS202600005')).toBeNull());
  });
});
