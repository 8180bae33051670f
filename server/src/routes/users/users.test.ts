import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, auditRows, expectProblem, rowById } from '../../test/assertions.js';
import { loginAs, makeJurisdiction, makeTeam, makeUnit, makeUser } from '../../test/factories.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface UserView {
  id: string;
  username: string;
  status: string;
  version: number;
  roles: { role: string; jurisdictionId: string; teamId: string | null; unitId: string | null }[];
  abilities: { update: boolean; disable: boolean; resetPassword: boolean };
}
interface UserPage {
  items: UserView[];
  total: number;
  page: number;
  pageSize: number;
}

const STRONG = 'quiet meadow lantern 42';
const uniq = () => randomBytes(3).toString('hex');

let t: TestApp;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await login(t.app, 'admin', t.adminPassword);
});
afterAll(() => t.close());

function newUser(overrides: Record<string, unknown> = {}) {
  return {
    username: `user_${uniq()}`,
    displayName: '新用户',
    password: STRONG,
    jurisdictionId: t.rootId,
    roles: [{ role: 'petition_clerk', jurisdictionId: t.rootId }],
    ...overrides,
  };
}

function expectNoSecrets(body: string) {
  expect(body).not.toMatch(/passwordHash|password_hash|totpSecret|totp_secret|\$argon2/);
}

describe('users API: authentication', () => {
  const id = '00000000-0000-4000-8000-000000000000';
  it.each([
    ['GET', '/api/users'],
    ['GET', '/api/roles'],
    ['POST', '/api/users'],
    ['PATCH', `/api/users/${id}`],
    ['PUT', `/api/users/${id}/roles`],
    ['POST', `/api/users/${id}/password`],
    ['POST', `/api/users/${id}/unlock`],
    ['POST', `/api/users/${id}/totp/reset`],
  ] as const)('%s %s without a session answers 401', async (method, url) => {
    expectProblem(await anonymous(t, method, url, method === 'GET' ? undefined : {}), 401);
  });
});

describe('GET /api/users', () => {
  it('pages and filters by q, role and status', async () => {
    const tag = `pg${uniq()}`;
    const created: UserView[] = [];
    for (const [i, role] of (['auditor', 'auditor', 'discipline'] as const).entries()) {
      const response = await admin.post(
        '/api/users',
        newUser({ username: `${tag}_${i}`, roles: [{ role, jurisdictionId: t.rootId }] }),
      );
      expect(response.statusCode, response.body).toBe(201);
      created.push(response.json<UserView>());
    }
    const first = (await admin.get(`/api/users?q=${tag}&pageSize=2`)).json<UserPage>();
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((u) => u.username)).toEqual([`${tag}_0`, `${tag}_1`]);
    const second = (await admin.get(`/api/users?q=${tag}&pageSize=2&page=2`)).json<UserPage>();
    expect(second.items.map((u) => u.username)).toEqual([`${tag}_2`]);

    const auditors = (await admin.get(`/api/users?q=${tag}&role=auditor`)).json<UserPage>();
    expect(auditors.total).toBe(2);

    const target = created[0]!;
    await admin.patch(`/api/users/${target.id}`, { status: 'disabled', version: target.version });
    const disabled = (await admin.get(`/api/users?q=${tag}&status=disabled`)).json<UserPage>();
    expect(disabled.items.map((u) => u.id)).toEqual([target.id]);
    const active = (await admin.get(`/api/users?q=${tag}&status=active`)).json<UserPage>();
    expect(active.total).toBe(2);
  });

  it('never includes the password hash or the TOTP secret', async () => {
    const response = await admin.get('/api/users?pageSize=100');
    expect(response.statusCode).toBe(200);
    expect(response.json<UserPage>().total).toBeGreaterThan(0);
    expectNoSecrets(response.body);
  });

  it('rejects an unknown role filter with a 400 naming the field', async () => {
    const problem = expectProblem(await admin.get('/api/users?role=king'), 400, 'validation');
    expect(problem.errors?.map((e) => e.path)).toContain('querystring.role');
  });

  it('shows nothing to someone who does not manage users', async () => {
    const office = await loginAs(t, 'office_admin');
    const page = (await office.get('/api/users')).json<UserPage>();
    expect(page).toMatchObject({ items: [], total: 0 });
  });
});

describe('POST /api/users', () => {
  it('creates a user with roles and audits it without the password', async () => {
    const body = newUser({ email: 'clerk@example.cn' });
    const response = await admin.post('/api/users', body);
    expect(response.statusCode, response.body).toBe(201);
    expectNoSecrets(response.body);
    const user = response.json<UserView>();
    expect(user).toMatchObject({
      username: body.username,
      status: 'active',
      version: 1,
      roles: [{ role: 'petition_clerk', jurisdictionId: t.rootId, teamId: null, unitId: null }],
      abilities: { update: true, disable: true, resetPassword: true },
    });
    const [audit] = await auditRows(t, { action: 'user.create', entityId: user.id });
    expect(audit?.actorName).toBe('admin');
    expect(JSON.stringify(audit)).not.toContain(STRONG);
    // The new account can sign in.
    await expect(login(t.app, body.username, STRONG)).resolves.toBeDefined();
  });

  it('refuses a password shorter than 12 characters', async () => {
    const problem = expectProblem(
      await admin.post('/api/users', newUser({ password: 'short pass' })),
      400,
      'validation',
    );
    expect(problem.errors).toEqual([
      { path: 'password', message: expect.stringContaining('12') as unknown },
    ]);
  });

  it('refuses a common password', async () => {
    const problem = expectProblem(
      await admin.post('/api/users', newUser({ password: 'password1234' })),
      400,
      'validation',
    );
    expect(problem.errors?.[0]).toMatchObject({
      path: 'password',
      message: expect.any(String) as unknown,
    });
  });

  it('refuses a duplicate user name, whatever its case', async () => {
    const body = newUser();
    expect((await admin.post('/api/users', body)).statusCode).toBe(201);
    const again = newUser({ username: body.username.toUpperCase() });
    expectProblem(await admin.post('/api/users', again), 409, 'conflict');
  });

  it('refuses a malformed user name at the schema (400 body.username)', async () => {
    const problem = expectProblem(
      await admin.post('/api/users', newUser({ username: 'a b' })),
      400,
      'validation',
    );
    expect(problem.errors?.map((e) => e.path)).toContain('body.username');
  });

  it('requires a team of the same jurisdiction for a team role (422)', async () => {
    const withoutTeam = newUser({ roles: [{ role: 'team_member', jurisdictionId: t.rootId }] });
    const problem = expectProblem(await admin.post('/api/users', withoutTeam), 422);
    expect(problem.errors?.map((e) => e.path)).toEqual(['roles.0.teamId']);

    const team = await makeTeam(t);
    const withTeam = newUser({
      roles: [{ role: 'team_member', jurisdictionId: t.rootId, teamId: team.id }],
    });
    const created = await admin.post('/api/users', withTeam);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<UserView>().roles[0]).toMatchObject({ teamId: team.id, unitId: null });
  });

  it('requires a unit of the same jurisdiction for a unit role (422)', async () => {
    const child = await makeJurisdiction(t, { parentId: t.rootId });
    const foreignUnit = await makeUnit(t, { jurisdictionId: child.id });
    const wrong = newUser({
      roles: [{ role: 'unit_liaison', jurisdictionId: t.rootId, unitId: foreignUnit.id }],
    });
    const problem = expectProblem(await admin.post('/api/users', wrong), 422);
    expect(problem.errors?.map((e) => e.path)).toEqual(['roles.0.unitId']);

    const ownUnit = await makeUnit(t);
    const right = newUser({
      roles: [{ role: 'unit_liaison', jurisdictionId: t.rootId, unitId: ownUnit.id }],
    });
    expect((await admin.post('/api/users', right)).statusCode).toBe(201);
  });

  it('refuses a team or unit on a role that has neither (422)', async () => {
    const team = await makeTeam(t);
    const problem = expectProblem(
      await admin.post(
        '/api/users',
        newUser({ roles: [{ role: 'auditor', jurisdictionId: t.rootId, teamId: team.id }] }),
      ),
      422,
    );
    expect(problem.errors?.map((e) => e.path)).toEqual(['roles.0.teamId']);
  });

  it('forbids someone who cannot manage users from creating one (403)', async () => {
    const office = await loginAs(t, 'office_admin');
    const body = newUser();
    expectProblem(await office.post('/api/users', body), 403, 'forbidden');
    expect((await admin.get(`/api/users?q=${body.username}`)).json<UserPage>().total).toBe(0);
  });
});

describe('a system administrator of a child jurisdiction', () => {
  async function childAdmin() {
    const child = await makeJurisdiction(t, { parentId: t.rootId });
    const session = await loginAs(t, 'system_admin', { jurisdictionId: child.id });
    return { child, session };
  }

  it('does not see users of the parent jurisdiction (404, row unchanged)', async () => {
    const { session } = await childAdmin();
    const rootUser = await makeUser(t, 'petition_clerk');
    const list = (await session.get(`/api/users?q=${rootUser.username}`)).json<UserPage>();
    expect(list.total).toBe(0);
    const before = await rowById(t, 'users', rootUser.id);
    expectProblem(
      await session.patch(`/api/users/${rootUser.id}`, { status: 'disabled', version: 1 }),
      404,
      'not_found',
    );
    expectProblem(await session.post(`/api/users/${rootUser.id}/unlock`), 404);
    expectProblem(await session.post(`/api/users/${rootUser.id}/totp/reset`), 404);
    expectProblem(
      await session.post(`/api/users/${rootUser.id}/password`, { newPassword: STRONG }),
      404,
    );
    expectProblem(
      await session.put(`/api/users/${rootUser.id}/roles`, { roles: [], version: 1 }),
      404,
    );
    expect(await rowById(t, 'users', rootUser.id)).toEqual(before);
  });

  it('cannot assign a role in the parent jurisdiction (403)', async () => {
    const { child, session } = await childAdmin();
    const body = newUser({
      jurisdictionId: child.id,
      roles: [{ role: 'discipline', jurisdictionId: t.rootId }],
    });
    expectProblem(await session.post('/api/users', body), 403, 'forbidden');
    expectProblem(await session.post('/api/users', newUser()), 403, 'forbidden');
    const own = newUser({
      jurisdictionId: child.id,
      roles: [{ role: 'discipline', jurisdictionId: child.id }],
    });
    expect((await session.post('/api/users', own)).statusCode).toBe(201);
  });

  it('cannot take over a user who holds a role in the parent jurisdiction (403)', async () => {
    const { child, session } = await childAdmin();
    // The root administrator placed this person in the child but made them a root admin.
    const created = await admin.post(
      '/api/users',
      newUser({
        jurisdictionId: child.id,
        roles: [{ role: 'system_admin', jurisdictionId: t.rootId }],
      }),
    );
    const powerful = created.json<UserView>();
    const listed = (await session.get(`/api/users?q=${powerful.username}`)).json<UserPage>();
    expect(listed.items[0]?.abilities).toEqual({
      update: false,
      disable: false,
      resetPassword: false,
    });
    const before = await rowById(t, 'users', powerful.id);
    expectProblem(
      await session.post(`/api/users/${powerful.id}/password`, { newPassword: STRONG }),
      403,
    );
    expectProblem(await session.post(`/api/users/${powerful.id}/totp/reset`), 403);
    expectProblem(
      await session.put(`/api/users/${powerful.id}/roles`, { roles: [], version: 1 }),
      403,
    );
    expectProblem(
      await session.patch(`/api/users/${powerful.id}`, { status: 'disabled', version: 1 }),
      403,
    );
    expect(await rowById(t, 'users', powerful.id)).toEqual(before);
  });

  it('is seen and managed by the root administrator (a role covers the jurisdictions below)', async () => {
    const { child } = await childAdmin();
    const childUser = await makeUser(t, 'discipline', { jurisdictionId: child.id });
    const list = (await admin.get(`/api/users?q=${childUser.username}`)).json<UserPage>();
    expect(list.items[0]).toMatchObject({ id: childUser.id, abilities: { update: true } });
  });
});
