import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { PetitionDetailPage } from '../pages/PetitionDetailPage';
import { LEADER_ME, pageRoutes, petitionDetail, quietComputedStyle } from '../test/fixtures';
import { ReporterThread } from './ReporterThread';

const WAIT = { timeout: 5000 };
const online = petitionDetail({ channel: 'online', state: 'registered' });
const asked = {
  id: 'm-1',
  author: 'staff' as const,
  authorName: '信访受理员 刘',
  body: '请问公车的车牌号是多少？',
  createdAt: '2026-11-21T02:00:00.000Z',
};
const answered = {
  id: 'm-2',
  author: 'reporter' as const,
  authorName: null,
  body: '车牌号清A·12345。',
  createdAt: '2026-11-21T03:00:00.000Z',
};

function render(petition = online) {
  return renderApp(
    pageRoutes('/petitions/:id', <ReporterThread petition={petition} />),
    '/petitions/p-1',
  );
}

describe('ReporterThread (与举报人沟通)', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('stays hidden when the petition has no online reporter', async () => {
    const { calls } = mockFetch({
      'GET /api/petitions/p-1/messages': { body: { online: false, canWrite: false, items: [] } },
    });
    render();
    await waitFor(() => expect(calls).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('reporter-thread')).toBeNull();
  });

  it('does not even ask for petitions that did not come in online', async () => {
    const { calls } = mockFetch({});
    render(petitionDetail({ channel: 'letter' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toHaveLength(0);
    expect(screen.queryByTestId('reporter-thread')).toBeNull();
  });

  it('shows the thread in order and sends a question to the reporter', async () => {
    let items = [answered, asked];
    const { calls } = mockFetch({
      'GET /api/petitions/p-1/messages': () => ({ body: { online: true, canWrite: true, items } }),
      'POST /api/petitions/p-1/messages': () => {
        items = [
          asked,
          answered,
          { ...asked, id: 'm-3', body: '大约在哪些日期？', createdAt: '2026-11-22T02:00:00.000Z' },
        ];
        return { body: { online: true, canWrite: true, items } };
      },
    });
    render();
    await screen.findByTestId('reporter-thread', {}, WAIT);
    const shown = () =>
      screen.getAllByTestId('reporter-thread-message').map((m) => m.dataset.author);
    expect(shown()).toEqual(['staff', 'reporter']);
    expect(screen.getAllByTestId('reporter-thread-message')[0]!.textContent).toContain(
      '信访受理员 刘',
    );
    expect(screen.getAllByTestId('reporter-thread-message')[1]!.textContent).toContain('举报人');

    fireEvent.click(screen.getByTestId('reporter-thread-send'));
    expect(await screen.findByText('请输入内容')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.change(screen.getByTestId('reporter-thread-input'), {
      target: { value: ' 大约在哪些日期？ ' },
    });
    fireEvent.click(screen.getByTestId('reporter-thread-send'));
    await waitFor(() => expect(shown()).toEqual(['staff', 'reporter', 'staff']), WAIT);
    const [sent] = calls.filter((c) => c.method === 'POST');
    expect(sent!.url).toBe('/api/petitions/p-1/messages');
    expect(sent!.body).toEqual({ body: '大约在哪些日期？' });
    expect(sent!.headers['x-csrf-token']).toBeUndefined(); // no session in this test
    expect(screen.getByTestId<HTMLTextAreaElement>('reporter-thread-input').value).toBe('');
  });

  it('shows the server’s refusal under the box', async () => {
    mockFetch({
      'GET /api/petitions/p-1/messages': { body: { online: true, canWrite: true, items: [asked] } },
      'POST /api/petitions/p-1/messages': {
        status: 403,
        body: {
          status: 403,
          title: 'Forbidden',
          detail: '只有承办人、信访受理员或领导可以与举报人沟通',
        },
      },
    });
    render();
    await screen.findByTestId('reporter-thread', {}, WAIT);
    fireEvent.change(screen.getByTestId('reporter-thread-input'), { target: { value: '你好' } });
    fireEvent.click(screen.getByTestId('reporter-thread-send'));
    const error = await screen.findByTestId('reporter-thread-error', {}, WAIT);
    expect(error.textContent).toContain('无权执行此操作');
    expect(error.textContent).toContain('只有承办人、信访受理员或领导可以与举报人沟通');
    expect(screen.getByTestId<HTMLTextAreaElement>('reporter-thread-input').value).toBe('你好');
  });

  it('is mounted on the petition detail page', async () => {
    mockFetch({
      'GET /api/access-requests': { body: { items: [] } },
      'GET /api/departments': { body: { items: [] } },
      'GET /api/petitions/p-1': { body: online },
      'GET /api/petitions/p-1/messages': { body: { online: true, canWrite: true, items: [asked] } },
    });
    renderApp(pageRoutes('/petitions/:id', <PetitionDetailPage />, LEADER_ME), '/petitions/p-1');
    await screen.findByTestId('petition-detail', {}, WAIT);
    expect((await screen.findByTestId('reporter-thread', {}, WAIT)).textContent).toContain(
      '请问公车的车牌号是多少？',
    );
  });

  it('shows the thread without the box to someone who may only read it', async () => {
    mockFetch({
      'GET /api/petitions/p-1/messages': {
        body: { online: true, canWrite: false, items: [asked] },
      },
    });
    render();
    await screen.findByTestId('reporter-thread', {}, WAIT);
    expect(screen.queryByTestId('reporter-thread-input')).toBeNull();
  });
});
