import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { LEADER_ME, pageRoutes, petitionDetail, quietComputedStyle } from '../test/fixtures';
import { PetitionDetailPage } from './PetitionDetailPage';

const COMMON = {
  'GET /api/access-requests': { body: { items: [] } },
  'GET /api/departments': { body: { items: [] } },
};

function render(path = '/petitions/p-1') {
  return renderApp(pageRoutes('/petitions/:id', <PetitionDetailPage />, LEADER_ME), path);
}

const actionButtons = () =>
  [...(screen.queryByTestId('petition-actions')?.querySelectorAll('button') ?? [])].map((b) =>
    b.getAttribute('data-testid'),
  );

// The detail is a large antd page: rendering it in jsdom takes a few seconds.
describe('PetitionDetailPage', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('shows exactly the action buttons the server lists, and nothing else it did not allow', async () => {
    mockFetch({
      ...COMMON,
      'GET /api/petitions/p-1': {
        body: petitionDetail({ actions: ['approve', 'return', 'reject', 'not_a_known_action'] }),
      },
    });
    render();
    await screen.findByTestId('petition-detail');
    expect(actionButtons()).toEqual([
      'petition-action-approve',
      'petition-action-return',
      'petition-action-reject',
    ]);
    expect(screen.getByTestId('petition-actions').textContent?.replace(/\s/g, '')).toBe(
      '阅批退回不予受理',
    );
    // can.* all false: no identity, copy, flag or clue buttons.
    for (const id of [
      'identity-reveal',
      'identity-request',
      'copy-request',
      'petition-review-flag',
    ]) {
      expect(screen.queryByTestId(id)).toBeNull();
    }
    expect(screen.getByTestId('petition-code').textContent).toBe('XF202600001');
    expect(screen.getByTestId('petition-state').textContent).toBe('已拟办');
    expect(screen.getByTestId('accused-repeat').getAttribute('data-count')).toBe('2');
  });

  it('offers 登记 on a report from the public page awaiting registration', async () => {
    mockFetch({
      ...COMMON,
      'GET /api/petitions/p-1': {
        body: petitionDetail({ state: 'submitted', channel: 'online', actions: ['register'] }),
      },
      'GET /api/petitions/p-1/messages': { body: { online: true, canWrite: true, items: [] } },
    });
    render();
    await screen.findByTestId('petition-detail');
    expect(actionButtons()).toEqual(['petition-action-register']);
    expect(screen.getByTestId('petition-state').textContent).toBe('待登记');
  });

  it('shows no buttons at all when the server lists no actions', async () => {
    mockFetch({ ...COMMON, 'GET /api/petitions/p-1': { body: petitionDetail({ actions: [] }) } });
    render();
    await screen.findByTestId('petition-detail');
    expect(actionButtons()).toEqual([]);
  });

  it('fires a step with its opinion and the version it was shown at', async () => {
    const approved = petitionDetail({ state: 'approved', version: 4, actions: ['assign'] });
    let fired = false;
    const { calls } = mockFetch({
      ...COMMON,
      'GET /api/petitions/p-1': () => ({
        body: fired ? approved : petitionDetail({ actions: ['approve'] }),
      }),
      'POST /api/petitions/p-1/transitions': () => {
        fired = true;
        return { body: approved };
      },
    });
    render();
    fireEvent.click(await screen.findByTestId('petition-action-approve'));
    const dialog = await screen.findByRole('dialog');
    // 阅批 asks for an opinion only.
    expect(within(dialog).queryByTestId('transition-handler')).toBeNull();
    expect(within(dialog).getByText('阅批意见')).toBeTruthy();
    fireEvent.change(within(dialog).getByTestId('transition-opinion'), {
      target: { value: '同意受理，交办核查' },
    });
    fireEvent.click(screen.getByTestId('transition-submit'));

    await waitFor(() => expect(screen.getByTestId('petition-state').textContent).toBe('已阅批'));
    expect(calls.find((c) => c.url.endsWith('/transitions'))?.body).toEqual({
      action: 'approve',
      version: 3,
      opinion: '同意受理，交办核查',
    });
    expect(actionButtons()).toEqual(['petition-action-assign']);
  });

  it('asks 交办 for a handler and 答复 for method, date and content', async () => {
    mockFetch({
      ...COMMON,
      'GET /api/petitions/p-1': { body: petitionDetail({ actions: ['assign', 'answer'] }) },
    });
    render();
    fireEvent.click(await screen.findByTestId('petition-action-assign'));
    let dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('transition-handler')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /取\s*消/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByTestId('petition-action-answer'));
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('transition-answer-method')).toBeTruthy();
    expect(within(dialog).getByTestId('transition-answered-on')).toBeTruthy();
    expect(within(dialog).getByTestId('transition-answer-content')).toBeTruthy();
    expect(within(dialog).queryByTestId('transition-opinion')).toBeNull();
  });

  it('says so and reloads when someone else moved the petition first (409)', async () => {
    let loads = 0;
    mockFetch({
      ...COMMON,
      'GET /api/petitions/p-1': () => {
        loads += 1;
        return {
          body:
            loads === 1
              ? petitionDetail({ actions: ['approve'] })
              : petitionDetail({ state: 'approved', version: 4, actions: [] }),
        };
      },
      'POST /api/petitions/p-1/transitions': {
        status: 409,
        body: { status: 409, title: 'Conflict', detail: '版本已变化' },
      },
    });
    render();
    fireEvent.click(await screen.findByTestId('petition-action-approve'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('transition-opinion'), {
      target: { value: '同意' },
    });
    fireEvent.click(screen.getByTestId('transition-submit'));

    expect(await screen.findByText(/已被他人办理或修改/, {}, { timeout: 3000 })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('petition-state').textContent).toBe('已阅批'));
    expect(loads).toBeGreaterThanOrEqual(2);
    expect(actionButtons()).toEqual([]);
  });

  it('offers the identity and copy requests the server allows', async () => {
    mockFetch({
      ...COMMON,
      'GET /api/petitions/p-1': {
        body: petitionDetail({
          can: { ...petitionDetail().can!, requestIdentity: true, requestCopy: true },
        }),
      },
    });
    render();
    expect(await screen.findByTestId('identity-request')).toBeTruthy();
    expect(screen.getByTestId('copy-request')).toBeTruthy();
    expect(screen.queryByTestId('identity-reveal')).toBeNull();
    expect(screen.getByTestId('petitioner-masked').textContent).toContain('张*');
  });

  it('reveals the full identity under a grant and drops it from the page when the grant expires', async () => {
    // The grant runs out 1.5 s after the identity is shown; the next load knows it has gone.
    let granted = true;
    const { calls } = mockFetch({
      ...COMMON,
      'GET /api/petitions/p-1': () => ({
        body: petitionDetail({
          grants: {
            identityExpiresAt: granted ? '2099-01-01T00:00:00.000Z' : null,
            copyExpiresAt: null,
          },
          can: { ...petitionDetail().can!, revealIdentity: granted, requestIdentity: !granted },
        }),
      }),
      'GET /api/petitions/p-1/identity': () => {
        granted = false;
        return {
          body: {
            name: '张三',
            idNumber: '11010519491231002X',
            phone: '13812345678',
            address: null,
            expiresAt: new Date(Date.now() + 1500).toISOString(),
          },
        };
      },
    });
    render();
    expect((await screen.findByTestId('identity-grant')).textContent).toContain('身份查阅授权至');
    expect(screen.queryByTestId('identity-full')).toBeNull();
    fireEvent.click(screen.getByTestId('identity-reveal'));
    const full = await screen.findByTestId('identity-full');
    expect(full.textContent).toContain('11010519491231002X');
    expect(full.textContent).toContain('授权有效至');

    await waitFor(() => expect(screen.queryByTestId('identity-full')).toBeNull(), {
      timeout: 5000,
    });
    // The page asked again what it may do: no reveal any more, a new request instead.
    await waitFor(() => expect(screen.queryByTestId('identity-reveal')).toBeNull());
    expect(screen.getByTestId('identity-request')).toBeTruthy();
    expect(calls.filter((c) => c.url === '/api/petitions/p-1/identity')).toHaveLength(1);
  });

  it('shows a not-found page for a petition the user may not see', async () => {
    mockFetch({
      ...COMMON,
      'GET /api/petitions/p-9': {
        status: 404,
        body: { status: 404, title: 'Not Found', detail: '信访件不存在' },
      },
    });
    render('/petitions/p-9');
    expect((await screen.findByTestId('petition-not-found')).textContent).toContain(
      '信访件不存在，或您无权查看',
    );
  });
});
