import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../core/clock.js';
import { anonymous, expectProblem } from '../../test/assertions.js';
import { loginAs, makeJurisdiction, makeUser } from '../../test/factories.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface Entry {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  detail: unknown;
}
interface Page {
  items: Entry[];
  total: number;
}

let t: TestApp;
let admin: TestSession;
let auditor: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await login(t.app, 'admin', t.adminPassword);
  auditor = await loginAs(t, 'auditor');
});
afterAll(() => t.close());

async function createUnit(name = `单位${randomBytes(3).toString('hex')}`) {
  const response = await admin.post('/api/units', {
    jurisdictionId: t.rootId,
    name,
    type: 'department',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; name: string }>();
}

async function search(session: TestSession, query: string): Promise<Page> {
  const response = await session.get(`/api/audit?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
}

describe('audit API: who may read it', () => {
  it.each([
    ['GET', '/api/audit'],
    ['GET', '/api/audit/actions'],
    ['POST', '/api/audit/verify'],
  ] as const)('%s %s without a session answers 401', async (method, url) => {
    expectProblem(await anonymous(t, method, url, method === 'POST' ? {} : undefined), 401);
  });

  it.each(['office_admin', 'system_admin', 'leading_group', 'team_member'] as const)(
    'refuses %s (403): only the security auditor reads the log',
    async (role) => {
      const session = await loginAs(t, role);
      expectProblem(await session.get('/api/audit'), 403, 'forbidden');
      expectProblem(await session.get('/api/audit/actions'), 403);
      expectProblem(await session.post('/api/audit/verify'), 403);
    },
  );

  it('lists the closed set of actions for the auditor', async () => {
    const actions = (await auditor.get('/api/audit/actions')).json<{ items: string[] }>();
    expect(actions.items).toEqual(expect.arrayContaining(['unit.create', 'user.create']));
  });
});

describe('GET /api/audit', () => {
  it('shows a mutation done in the test with the actor’s user name', async () => {
    const unit = await createUnit();
    const page = await search(auditor, `action=unit.create&entityId=${unit.id}`);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      action: 'unit.create',
      actorName: 'admin',
      entityType: 'unit',
      entityId: unit.id,
      detail: { created: { name: unit.name } },
    });
  });

  it('filters by action, entity type and entity id', async () => {
    const unit = await createUnit();
    await admin.patch(`/api/units/${unit.id}`, { code: 'X-1', version: 1 });
    const byEntity = await search(auditor, `entityType=unit&entityId=${unit.id}`);
    expect(byEntity.items.map((e) => e.action)).toEqual(['unit.update', 'unit.create']);
    const byAction = await search(auditor, `action=unit.update&entityId=${unit.id}`);
    expect(byAction.items.map((e) => e.action)).toEqual(['unit.update']);
    const none = await search(auditor, `entityType=user&entityId=${unit.id}`);
    expect(none.total).toBe(0);
  });

  it('filters by time (from/to) and pages newest first', async () => {
    t.clock.advance(10 * MINUTE);
    const from = t.clock.now().toISOString();
    const first = await createUnit();
    const middle = new Date(t.clock.now().getTime() + MINUTE / 2).toISOString();
    t.clock.advance(MINUTE);
    const second = await createUnit();
    const since = await search(auditor, `action=unit.create&from=${from}`);
    expect(since.items.map((e) => e.entityId)).toEqual([second.id, first.id]);
    const until = await search(auditor, `action=unit.create&from=${from}&to=${middle}`);
    expect(until.items.map((e) => e.entityId)).toEqual([first.id]);
    const paged = await search(auditor, `action=unit.create&from=${from}&pageSize=1&page=2`);
    expect(paged).toMatchObject({ total: 2, items: [{ entityId: first.id }] });
  });

  it('rejects a malformed date with a 400 naming the field', async () => {
    const problem = expectProblem(await auditor.get('/api/audit?from=not-a-date'), 400);
    expect(problem.errors?.map((e) => e.path)).toContain('querystring.from');
  });

  it('keeps another jurisdiction’s rows from an auditor there', async () => {
    const other = await makeJurisdiction(t, { parentId: null });
    const foreignAuditor = await loginAs(t, 'auditor', { jurisdictionId: other.id });
    const unit = await createUnit();
    expect((await search(foreignAuditor, `entityId=${unit.id}`)).total).toBe(0);
    expect((await search(auditor, `entityId=${unit.id}`)).total).toBeGreaterThan(0);
  });

  it('does not show an auditor elsewhere the session or inbox events of this jurisdiction', async () => {
    const other = await makeJurisdiction(t, { parentId: null });
    const foreignAuditor = await loginAs(t, 'auditor', { jurisdictionId: other.id });
    const user = await makeUser(t, 'petition_clerk');
    const session = await user.login();
    expect((await session.post('/api/notifications/read-all')).statusCode).toBe(204);
    await admin.patch(`/api/users/${user.id}`, { status: 'disabled', version: 1 });
    const own = await search(auditor, `entityId=${user.id}&action=auth.session_revoked`);
    expect(own.total).toBe(1);
    const foreign = JSON.stringify((await search(foreignAuditor, 'pageSize=100')).items);
    expect(foreign).not.toContain(user.id);
    expect(foreign).not.toContain(user.username);
  });

  it('shows failed logins of unknown names (rows of no jurisdiction)', async () => {
    const name = `ghost${randomBytes(3).toString('hex')}`;
    await anonymous(t, 'POST', '/api/auth/login', { username: name, password: 'whatever it is' });
    const page = await search(auditor, 'action=auth.login_failed');
    expect(page.items.some((e) => e.actorName === name)).toBe(true);
  });

  it('never stores a password, whatever the mutation', async () => {
    const password = `Secret-${randomBytes(6).toString('hex')}`;
    const resetTo = `Reset-${randomBytes(6).toString('hex')}`;
    const created = await admin.post('/api/users', {
      username: `pw_${randomBytes(3).toString('hex')}`,
      displayName: '密码测试',
      password,
      jurisdictionId: t.rootId,
      roles: [{ role: 'petition_clerk', jurisdictionId: t.rootId }],
    });
    const user = created.json<{ id: string; username: string; version: number }>();
    await admin.post(`/api/users/${user.id}/password`, { newPassword: resetTo });
    await anonymous(t, 'POST', '/api/auth/login', { username: user.username, password });
    const changed = await login(t.app, user.username, resetTo);
    await changed.post('/api/auth/password', {
      currentPassword: resetTo,
      newPassword: `${resetTo}-new`,
    });
    await admin.patch(`/api/users/${user.id}`, { displayName: '改名', version: 2 });
    const all = await search(auditor, 'pageSize=100');
    const text = JSON.stringify(all.items);
    expect(all.items.length).toBeGreaterThan(5);
    for (const secret of [password, resetTo, `${resetTo}-new`, '$argon2']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('POST /api/audit/verify', () => {
  it('reports an intact chain after the writes of this test file', async () => {
    await createUnit();
    const report = await auditor.post('/api/audit/verify');
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject({ ok: true, firstBrokenSeq: null, reason: null });
    expect(report.json<{ checked: number }>().checked).toBeGreaterThan(3);
  });
});
