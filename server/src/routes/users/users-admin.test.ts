import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, expectProblem, liveSessionCount, rowById } from '../../test/assertions.js';
import { loginAs, makeTeam, makeUser, TEST_PASSWORD } from '../../test/factories.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface UserView {
  id: string;
  status: string;
  version: number;
  totpEnabled: boolean;
  lockedUntil: string | null;
  roles: { role: string }[];
}

const NEW_PASSWORD = 'amber river compass 7';

let t: TestApp;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await login(t.app, 'admin', t.adminPassword);
});
afterAll(() => t.close());

async function userView(id: string, username: string): Promise<UserView> {
  const page = (await admin.get(`/api/users?q=${username}`)).json<{ items: UserView[] }>();
  const found = page.items.find((u) => u.id === id);
  if (!found) throw new Error(`user ${username} not listed`);
  return found;
}

describe('PATCH /api/users/:id', () => {
  it('updates the name and refuses a stale version with 409, leaving the row alone', async () => {
    const user = await makeUser(t, 'petition_clerk');
    const renamed = await admin.patch(`/api/users/${user.id}`, {
      displayName: '改名后',
      version: 1,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<UserView>().version).toBe(2);
    const before = await rowById(t, 'users', user.id);
    expectProblem(
      await admin.patch(`/api/users/${user.id}`, { displayName: '再改', version: 1 }),
      409,
      'stale_version',
    );
    expect(await rowById(t, 'users', user.id)).toEqual(before);
  });

  it('disabling a user ends their sessions: their next request answers 401', async () => {
    const user = await makeUser(t, 'petition_clerk');
    const session = await user.login();
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
    const response = await admin.patch(`/api/users/${user.id}`, {
      status: 'disabled',
      version: 1,
    });
    expect(response.json<UserView>().status).toBe('disabled');
    expectProblem(await session.get('/api/auth/me'), 401, 'unauthenticated');
    expect(await liveSessionCount(t, user.id)).toBe(0);
    await expect(user.login()).rejects.toThrow(/login/);
  });

  it('forbids administrators from disabling themselves (403)', async () => {
    const adminUser = await makeUser(t, 'system_admin');
    const session = await adminUser.login();
    const before = await rowById(t, 'users', adminUser.id);
    expectProblem(
      await session.patch(`/api/users/${adminUser.id}`, { status: 'disabled', version: 1 }),
      403,
      'forbidden',
    );
    expect(await rowById(t, 'users', adminUser.id)).toEqual(before);
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
  });
});

describe('PUT /api/users/:id/roles', () => {
  it('replaces the roles and ends the user’s sessions', async () => {
    const user = await makeUser(t, 'petition_clerk');
    const session = await user.login();
    const team = await makeTeam(t);
    const response = await admin.put(`/api/users/${user.id}/roles`, {
      roles: [{ role: 'team_leader', jurisdictionId: t.rootId, teamId: team.id }],
      version: 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<UserView>().roles.map((r) => r.role)).toEqual(['team_leader']);
    expectProblem(await session.get('/api/auth/me'), 401);
    const fresh = await user.login();
    const me = (await fresh.get('/api/auth/me')).json<{ roles: { role: string }[] }>();
    expect(me.roles.map((r) => r.role)).toEqual(['team_leader']);
    const [audit] = await auditRows(t, { action: 'user.roles_changed', entityId: user.id });
    expect(audit?.actorName).toBe('admin');
  });

  it('refuses a stale version (409) and keeps the old roles', async () => {
    const user = await makeUser(t, 'petition_clerk');
    const roles = [{ role: 'discipline', jurisdictionId: t.rootId }];
    expectProblem(
      await admin.put(`/api/users/${user.id}/roles`, { roles, version: 9 }),
      409,
      'stale_version',
    );
    expect((await userView(user.id, user.username)).roles.map((r) => r.role)).toEqual([
      'petition_clerk',
    ]);
  });
});

describe('POST /api/users/:id/password', () => {
  it('sets a new password, ends the user’s sessions, and the new password works', async () => {
    const user = await makeUser(t, 'petition_clerk');
    const session = await user.login();
    const response = await admin.post(`/api/users/${user.id}/password`, {
      newPassword: NEW_PASSWORD,
    });
    expect(response.statusCode, response.body).toBe(204);
    expectProblem(await session.get('/api/auth/me'), 401);
    await expect(login(t.app, user.username, TEST_PASSWORD)).rejects.toThrow();
    const fresh = await login(t.app, user.username, NEW_PASSWORD);
    expect((await fresh.get('/api/auth/me')).statusCode).toBe(200);
    const audits = await auditRows(t, { entityId: user.id });
    expect(audits.map((a) => a.action)).toContain('user.password_reset');
    expect(JSON.stringify(audits)).not.toContain(NEW_PASSWORD);
  });

  it('refuses a weak new password (400 newPassword) and keeps the old one', async () => {
    const user = await makeUser(t, 'petition_clerk');
    const problem = expectProblem(
      await admin.post(`/api/users/${user.id}/password`, { newPassword: 'password1234' }),
      400,
      'validation',
    );
    expect(problem.errors?.[0]?.path).toBe('newPassword');
    await expect(user.login()).resolves.toBeDefined();
  });

  it('forbids resetting one’s own password here (403)', async () => {
    const me = await makeUser(t, 'system_admin');
    const session = await me.login();
    expectProblem(
      await session.post(`/api/users/${me.id}/password`, { newPassword: NEW_PASSWORD }),
      403,
    );
  });
});

describe('POST /api/users/:id/unlock', () => {
  it('lifts a login lockout', async () => {
    const user = await makeUser(t, 'petition_clerk');
    for (let i = 0; i < 5; i += 1) {
      const failed = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: 'not the password at all' },
      });
      expect(failed.statusCode).toBe(401);
    }
    await expect(user.login()).rejects.toThrow();
    expect((await userView(user.id, user.username)).lockedUntil).not.toBeNull();
    expect((await admin.post(`/api/users/${user.id}/unlock`)).statusCode).toBe(204);
    expect((await userView(user.id, user.username)).lockedUntil).toBeNull();
    await expect(user.login()).resolves.toBeDefined();
    expect(await auditRows(t, { action: 'user.unlocked', entityId: user.id })).toHaveLength(1);
  });

  it('is not for someone who does not manage users (404: they cannot see the user)', async () => {
    const user = await makeUser(t, 'petition_clerk');
    const office = await loginAs(t, 'office_admin');
    expectProblem(await office.post(`/api/users/${user.id}/unlock`), 404);
  });
});

describe('POST /api/users/:id/totp/reset', () => {
  it('clears an enrolled authenticator and ends the user’s sessions', async () => {
    const user = await makeUser(t, 'petition_clerk');
    const session = await user.login();
    const { secret } = (await session.post('/api/auth/totp/setup')).json<{ secret: string }>();
    const code = await generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    expect((await session.post('/api/auth/totp/enable', { code })).statusCode).toBe(204);
    expect((await userView(user.id, user.username)).totpEnabled).toBe(true);

    expect((await admin.post(`/api/users/${user.id}/totp/reset`)).statusCode).toBe(204);
    expect((await userView(user.id, user.username)).totpEnabled).toBe(false);
    expect((await rowById(t, 'users', user.id))?.totp_secret).toBeNull();
    expectProblem(await session.get('/api/auth/me'), 401);
    // Without TOTP the password alone signs in again.
    await expect(user.login()).resolves.toBeDefined();
    expect(await auditRows(t, { action: 'user.totp_reset', entityId: user.id })).toHaveLength(1);
  });
});
