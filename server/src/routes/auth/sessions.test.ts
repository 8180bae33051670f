import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../core/clock.js';
import { makeUser, TEST_PASSWORD } from '../../test/factories.js';
import { login } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('server-side sessions', () => {
  it('expire after 30 idle minutes', async () => {
    const session = await (await makeUser(t, 'office_admin')).login();
    t.clock.advance(29 * MINUTE);
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advance(29 * MINUTE);
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advance(31 * MINUTE);
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('end after 12 hours however active', async () => {
    const session = await (await makeUser(t, 'office_admin')).login();
    // 28 × 25 min = 11 h 40 min of steady use.
    for (let i = 0; i < 28; i += 1) {
      t.clock.advance(25 * MINUTE);
      expect((await session.get('/api/auth/me')).statusCode).toBe(200);
    }
    t.clock.advance(HOUR / 2 - MINUTE);
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('are revoked on logout', async () => {
    const session = await (await makeUser(t, 'office_admin')).login();
    expect((await session.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('are all revoked on a password change, and the new password works', async () => {
    const user = await makeUser(t, 'office_admin');
    const a = await user.login();
    const b = await user.login();
    const change = await a.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new long passphrase',
    });
    expect(change.statusCode).toBe(204);
    expect((await a.get('/api/auth/me')).statusCode).toBe(401);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    await expect(login(t.app, user.username, 'a brand new long passphrase')).resolves.toBeDefined();
  });

  it('refuse short, common, or wrong-current password changes', async () => {
    const session = await (await makeUser(t, 'office_admin')).login();
    const cases = [
      { currentPassword: TEST_PASSWORD, newPassword: 'short' },
      { currentPassword: TEST_PASSWORD, newPassword: 'password1234' },
      { currentPassword: TEST_PASSWORD, newPassword: '123456789012' },
      { currentPassword: 'wrong current password', newPassword: 'another good passphrase' },
    ];
    for (const body of cases) {
      const response = await session.post('/api/auth/password', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toMatch(/Password$/);
    }
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('require the CSRF token on every mutation', async () => {
    const session = await (await makeUser(t, 'office_admin')).login();
    const noToken = await session.request(
      'POST',
      '/api/auth/logout',
      {},
      {
        headers: { 'x-csrf-token': '' },
      },
    );
    expect(noToken.statusCode).toBe(403);
    const wrong = await session.request(
      'POST',
      '/api/auth/logout',
      {},
      {
        headers: { 'x-csrf-token': 'x'.repeat(43) },
      },
    );
    expect(wrong.statusCode).toBe(403);
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('ignore a forged or unknown cookie', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: 'xc_session=forged-token-value' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('report the caller, roles and abilities from /api/auth/me', async () => {
    const session = await (await makeUser(t, 'auditor')).login();
    const me = (await session.get('/api/auth/me')).json<{
      roles: { role: string }[];
      abilities: Record<string, boolean>;
      csrfToken: string;
    }>();
    expect(me.roles.map((r) => r.role)).toEqual(['auditor']);
    expect(me.abilities).toMatchObject({
      'audit.read': true,
      'users.manage': false,
      'org.read': false,
    });
    expect(me.csrfToken).toBe(session.csrfToken);
  });
});
