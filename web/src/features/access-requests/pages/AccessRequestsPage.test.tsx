import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { LEADER_ME, pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { AccessRequestsPage } from './AccessRequestsPage';

const base = {
  petitionId: 'p-1',
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  expiresAt: null,
  active: false,
  createdAt: '2026-11-20T02:00:00.000Z',
};

const MINE = {
  ...base,
  id: 'r-mine',
  kind: 'copy',
  requesterId: LEADER_ME.user.id,
  reason: '复核办理情况',
  state: 'approved',
  decidedBy: 'u-other',
  decidedAt: '2026-11-20T03:00:00.000Z',
  expiresAt: '2099-11-21T03:00:00.000Z',
  active: true,
};

const PENDING = {
  ...base,
  id: 'r-1',
  kind: 'identity',
  requesterId: 'u-clerk',
  reason: '核实信访人联系方式以便答复',
  state: 'pending',
};

function render(path = '/access-requests') {
  return renderApp(pageRoutes('/access-requests', <AccessRequestsPage />, LEADER_ME), path);
}

describe('AccessRequestsPage', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('lists my own requests with kind, state, expiry and whether they are active', async () => {
    mockFetch({ 'GET /api/access-requests': { body: { items: [MINE, PENDING] } } });
    render();
    const mine = await screen.findByTestId('access-requests-mine');
    await waitFor(() => expect(mine.textContent).toContain('复印借阅'));
    expect(mine.textContent).toContain('已批准');
    expect(mine.textContent).toContain('有效');
    expect(mine.textContent).toContain('2099-11-21');
    expect(mine.textContent).not.toContain('核实信访人联系方式');
  });

  it('approves a pending request awaiting my decision, with a note', async () => {
    let decided = false;
    const { calls } = mockFetch({
      'GET /api/access-requests': () => ({
        body: {
          items: [
            MINE,
            decided
              ? {
                  ...PENDING,
                  state: 'approved',
                  active: true,
                  expiresAt: '2099-01-01T00:00:00.000Z',
                }
              : PENDING,
          ],
        },
      }),
      'POST /api/access-requests/r-1/decision': () => {
        decided = true;
        return { body: { ...PENDING, state: 'approved', active: true } };
      },
    });
    render('/access-requests?tab=decide');
    const table = await screen.findByTestId('access-requests-decide');
    await waitFor(() => expect(table.textContent).toContain('身份查阅'));
    expect(table.textContent).toContain('待审批');

    fireEvent.click(within(table).getByTestId('access-request-approve'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('批准查阅申请');
    fireEvent.change(within(dialog).getByTestId('access-decision-note'), {
      target: { value: '限本次答复使用' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() =>
      expect(calls.find((c) => c.url === '/api/access-requests/r-1/decision')?.body).toEqual({
        approve: true,
        note: '限本次答复使用',
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('access-requests-decide').textContent).toContain('已批准'),
    );
    expect(
      within(screen.getByTestId('access-requests-decide')).queryByTestId('access-request-approve'),
    ).toBeNull();
  });

  it('rejects without a note', async () => {
    const { calls } = mockFetch({
      'GET /api/access-requests': { body: { items: [PENDING] } },
      'POST /api/access-requests/r-1/decision': {
        body: { ...PENDING, state: 'rejected' },
      },
    });
    render();
    // Nothing of my own and one waiting: the page opens on 待我审批.
    const table = await screen.findByTestId('access-requests-decide');
    fireEvent.click(await within(table).findByTestId('access-request-reject'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(calls.find((c) => c.url === '/api/access-requests/r-1/decision')?.body).toEqual({
        approve: false,
        note: null,
      }),
    );
  });
});
