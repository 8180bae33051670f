import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../core/clock.js';
import { withTransaction } from '../../core/context.js';
import { notify, type Notice } from '../../services/notifications/notify.js';
import { anonymous, auditRows, expectProblem, rowById } from '../../test/assertions.js';
import { makeUser } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
}
interface Inbox {
  items: Notification[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function send(userIds: string[], notice: Notice) {
  await withTransaction(t.system(), (ctx) => notify(ctx, userIds, notice));
  // Distinct creation times keep the newest-first order deterministic.
  t.clock.advance(MINUTE / 60);
}

async function twoUsers() {
  const alice = await makeUser(t, 'petition_clerk');
  const bob = await makeUser(t, 'petition_clerk');
  return { alice, bob, aliceSession: await alice.login(), bobSession: await bob.login() };
}

const inbox = async (session: TestSession, query = '') =>
  (await session.get(`/api/notifications${query}`)).json<Inbox>();
const unread = async (session: TestSession) =>
  (await session.get('/api/notifications/unread-count')).json<{ unread: number }>().unread;

describe('notifications API: authentication', () => {
  const id = '00000000-0000-4000-8000-000000000000';
  it.each([
    ['GET', '/api/notifications'],
    ['GET', '/api/notifications/unread-count'],
    ['POST', `/api/notifications/${id}/read`],
    ['POST', '/api/notifications/read-all'],
  ] as const)('%s %s without a session answers 401', async (method, url) => {
    expectProblem(await anonymous(t, method, url, method === 'POST' ? {} : undefined), 401);
  });
});

describe('notifications', () => {
  it('shows each user only their own, newest first', async () => {
    const { alice, bob, aliceSession, bobSession } = await twoUsers();
    await send([alice.id], { kind: 'petition.assigned', title: '新信访件', link: '/petitions/1' });
    await send([alice.id, bob.id, alice.id], {
      kind: 'system',
      title: '系统维护通知',
      body: '今晚',
    });
    await send([bob.id], { kind: 'petition.due', title: '即将到期' });

    const mine = await inbox(aliceSession);
    expect(mine).toMatchObject({ total: 2, unread: 2, page: 1, pageSize: 20 });
    expect(mine.items.map((n) => n.title)).toEqual(['系统维护通知', '新信访件']);
    expect(mine.items[1]).toMatchObject({ kind: 'petition.assigned', link: '/petitions/1' });
    expect(mine.items[0]).toMatchObject({ body: '今晚', link: null, readAt: null });
    const theirs = await inbox(bobSession);
    expect(theirs.items.map((n) => n.title)).toEqual(['即将到期', '系统维护通知']);
  });

  it('counts unread ones and marks one as read', async () => {
    const { alice, aliceSession } = await twoUsers();
    await send([alice.id], { kind: 'a', title: '一' });
    await send([alice.id], { kind: 'a', title: '二' });
    expect(await unread(aliceSession)).toBe(2);
    const [latest] = (await inbox(aliceSession)).items;
    const read = await aliceSession.post(`/api/notifications/${latest!.id}/read`);
    expect(read.statusCode).toBe(204);
    expect(await unread(aliceSession)).toBe(1);
    const unreadOnly = await inbox(aliceSession, '?unreadOnly=true');
    expect(unreadOnly.items.map((n) => n.title)).toEqual(['一']);
    expect((await inbox(aliceSession)).items[0]?.readAt).toBe(t.clock.now().toISOString());
    const [audit] = await auditRows(t, { action: 'notification.read', entityId: latest!.id });
    expect(audit?.actorName).toBe(alice.username);
  });

  it('answers 404 for someone else’s notification and leaves it unread', async () => {
    const { alice, aliceSession, bobSession } = await twoUsers();
    await send([alice.id], { kind: 'a', title: '私人' });
    const [note] = (await inbox(aliceSession)).items;
    expectProblem(await bobSession.post(`/api/notifications/${note!.id}/read`), 404, 'not_found');
    expect((await rowById(t, 'notifications', note!.id))?.read_at).toBeNull();
    expect(await unread(aliceSession)).toBe(1);
    expectProblem(
      await bobSession.post('/api/notifications/00000000-0000-4000-8000-000000000000/read'),
      404,
    );
  });

  it('marks all of one’s own as read, and nobody else’s', async () => {
    const { alice, bob, aliceSession, bobSession } = await twoUsers();
    await send([alice.id, bob.id], { kind: 'a', title: '群发一' });
    await send([alice.id, bob.id], { kind: 'a', title: '群发二' });
    expect((await aliceSession.post('/api/notifications/read-all')).statusCode).toBe(204);
    expect(await unread(aliceSession)).toBe(0);
    expect(await unread(bobSession)).toBe(2);
    expect((await inbox(aliceSession, '?unreadOnly=true')).total).toBe(0);
    expect((await inbox(aliceSession)).total).toBe(2);
  });

  it('pages through the inbox', async () => {
    const { alice, aliceSession } = await twoUsers();
    for (const title of ['1', '2', '3']) await send([alice.id], { kind: 'a', title });
    const first = await inbox(aliceSession, '?pageSize=2');
    expect(first.items.map((n) => n.title)).toEqual(['3', '2']);
    const second = await inbox(aliceSession, '?pageSize=2&page=2');
    expect(second).toMatchObject({ total: 3, unread: 3, page: 2 });
    expect(second.items.map((n) => n.title)).toEqual(['1']);
  });

  it('refuses a malformed id or filter (400)', async () => {
    const { aliceSession } = await twoUsers();
    const bad = expectProblem(await aliceSession.post('/api/notifications/42/read'), 400);
    expect(bad.errors?.map((e) => e.path)).toContain('params.id');
    expectProblem(await aliceSession.get('/api/notifications?unreadOnly=maybe'), 400);
  });
});
