import { generate } from 'otplib';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { MINUTE } from '../../core/clock.js';
import { makeUser, TEST_PASSWORD } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { login, sessionCookie } from '../../test/session.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const attempt = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

async function codeAt(secret: string, at: Date) {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

describe('password login', () => {
  it('logs in with the bootstrap admin and sets a strict HttpOnly cookie', async () => {
    const response = await attempt('admin', t.adminPassword);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'xc_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.path).toBe('/');
    const body = response.json<{ status: string; me: { abilities: Record<string, boolean> } }>();
    expect(body.status).toBe('authenticated');
    expect(body.me.abilities['users.manage']).toBe(true);
  });

  it('answers a wrong password and an unknown user with the same generic message', async () => {
    const user = await makeUser(t, 'office_admin');
    const wrong = await attempt(user.username, 'not the password at all');
    const unknown = await attempt('nobody-here', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.json().detail).toBe('用户名或密码错误');
  });

  it('refuses a disabled account with the same message', async () => {
    const user = await makeUser(t, 'office_admin');
    await dbOf(t.system()).execute(sql`update users set status = 'disabled' where id = ${user.id}`);
    const response = await attempt(user.username, TEST_PASSWORD);
    expect(response.statusCode).toBe(401);
    expect(response.json().detail).toBe('用户名或密码错误');
  });

  it('locks a name after five failures, existing or not, and lifts the lock after 15 minutes', async () => {
    const user = await makeUser(t, 'office_admin');
    for (const name of [user.username, 'ghost-user']) {
      for (let i = 0; i < 5; i += 1)
        expect((await attempt(name, 'wrong password!')).statusCode).toBe(401);
      const locked = await attempt(name, name === user.username ? TEST_PASSWORD : 'x');
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['retry-after']).toBeDefined();
    }
    t.clock.advance(16 * MINUTE);
    expect((await attempt(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('records failed logins in the audit log without the password', async () => {
    await attempt('audited-name', 'secret-attempt-123');
    const rows = {
      rows: await queryRows<{ d: string }>(
        dbOf(t.system()),
        sql`select detail::text as d from audit_log where action = 'auth.login_failed'`,
      ),
    };
    const all = rows.rows.map((r) => r.d).join('\n');
    expect(all).toContain('audited-name');
    expect(all).not.toContain('secret-attempt-123');
  });

  it('validates the body', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: {} });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

describe('TOTP second factor', () => {
  it('enrols, then demands a code at login, refusing wrong and replayed codes', async () => {
    const user = await makeUser(t, 'office_admin');
    const session = await user.login();
    const setup = await session.post('/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri } = setup.json<{ secret: string; otpauthUri: string }>();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect((await session.post('/api/auth/totp/enable', { code: '000000' })).statusCode).toBe(400);
    const enable = await session.post('/api/auth/totp/enable', {
      code: await codeAt(secret, t.clock.now()),
    });
    expect(enable.statusCode).toBe(204);

    t.clock.advance(2 * MINUTE);
    const first = await attempt(user.username, TEST_PASSWORD);
    expect(first.json()).toMatchObject({ status: 'totp_required' });
    expect(first.cookies.find((c) => c.name === 'xc_session')).toBeUndefined();
    const { ticket } = first.json<{ ticket: string }>();
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/totp',
      payload: { ticket, code: '123456' },
    });
    expect(bad.statusCode).toBe(401);
    const code = await codeAt(secret, t.clock.now());
    const good = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/totp',
      payload: { ticket, code },
    });
    expect(good.statusCode).toBe(200);
    expect(sessionCookie(good)).toMatch(/^xc_session=/);

    // The same code cannot be used again (replay), even with a new ticket.
    const again = await attempt(user.username, TEST_PASSWORD);
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/totp',
      payload: { ticket: again.json<{ ticket: string }>().ticket, code },
    });
    expect(replay.statusCode).toBe(401);
  });

  it('makes users of a role enrol at login when the setting requires it', async () => {
    const admin = await login(t.app, 'admin', t.adminPassword);
    const put = await admin.put('/api/settings/security.totpRequiredRoles', {
      jurisdictionId: t.rootId,
      value: ['leading_group'],
    });
    expect(put.statusCode).toBe(200);
    const leader = await makeUser(t, 'leading_group');
    const first = await attempt(leader.username, TEST_PASSWORD);
    const body = first.json<{ status: string; ticket: string; secret: string }>();
    expect(body.status).toBe('totp_setup_required');
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/totp',
      payload: { ticket: body.ticket, code: await codeAt(body.secret, t.clock.now()) },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().me.user.totpEnabled).toBe(true);
    // Other roles are not affected.
    const clerk = await makeUser(t, 'petition_clerk');
    expect((await attempt(clerk.username, TEST_PASSWORD)).json().status).toBe('authenticated');
    await admin.put('/api/settings/security.totpRequiredRoles', {
      jurisdictionId: t.rootId,
      value: [],
    });
  });

  it('invalidates a ticket after five wrong codes and after five minutes', async () => {
    const admin = await login(t.app, 'admin', t.adminPassword);
    await admin.put('/api/settings/security.totpRequiredRoles', {
      jurisdictionId: t.rootId,
      value: ['auditor'],
    });
    const auditor = await makeUser(t, 'auditor');
    const first = (await attempt(auditor.username, TEST_PASSWORD)).json<{
      ticket: string;
      secret: string;
    }>();
    for (let i = 0; i < 5; i += 1) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login/totp',
        payload: { ticket: first.ticket, code: '000000' },
      });
    }
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/totp',
      payload: { ticket: first.ticket, code: await codeAt(first.secret, t.clock.now()) },
    });
    expect(late.statusCode).toBe(401);

    const second = (await attempt(auditor.username, TEST_PASSWORD)).json<{
      ticket: string;
      secret: string;
    }>();
    t.clock.advance(6 * MINUTE);
    const expired = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/totp',
      payload: { ticket: second.ticket, code: await codeAt(second.secret, t.clock.now()) },
    });
    expect(expired.statusCode).toBe(401);
    await admin.put('/api/settings/security.totpRequiredRoles', {
      jurisdictionId: t.rootId,
      value: [],
    });
  });

  it('stores the TOTP secret encrypted', async () => {
    const user = await makeUser(t, 'office_admin');
    const session = await user.login();
    const { secret } = (await session.post('/api/auth/totp/setup')).json<{ secret: string }>();
    const rows = {
      rows: await queryRows<{ totp_secret: string }>(
        dbOf(t.system()),
        sql`select totp_secret from users where id = ${user.id}`,
      ),
    };
    expect(rows.rows[0]!.totp_secret).not.toContain(secret);
    expect(rows.rows[0]!.totp_secret.startsWith('v1.')).toBe(true);
  });
});

describe('login rate limit per client address', () => {
  it('answers 429 past the configured attempts per minute', async () => {
    const limited = await createTestApp({ loginRateLimitPerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const r = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: `x${i}`, password: 'whatever password' },
        });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
