import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appVersion } from '../config.js';
import { anonymous, countRows, expectProblem, multipart } from '../test/assertions.js';
import { loginAs } from '../test/factories.js';
import { login, type TestSession } from '../test/session.js';
import { backend, createTestApp, type TestApp } from '../test/test-app.js';

let t: TestApp;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await login(t.app, 'admin', t.adminPassword);
});
afterAll(() => t.close());

const unitBody = () => ({
  jurisdictionId: t.rootId,
  name: `单位${randomBytes(3).toString('hex')}`,
  type: 'department',
});

function expectSecurityHeaders(response: LightMyRequestResponse) {
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  const csp = String(response.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
}

describe('problem responses', () => {
  it('answers an unknown API path with a 404 problem, with or without a session', async () => {
    const problem = expectProblem(await anonymous(t, 'GET', '/api/nope'), 404, 'not_found');
    expect(problem.instance).toBe('/api/nope');
    expectProblem(await admin.post('/api/nope', {}), 404, 'not_found');
    expectProblem(await anonymous(t, 'GET', '/api'), 404);
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await admin.request('POST', '/api/units', '{"name": "县住建局",', {
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 400, 'validation');
  });

  it('answers a schema violation with 400 and the failing fields', async () => {
    const response = await admin.post('/api/units', { jurisdictionId: 'x', type: 'castle' });
    const problem = expectProblem(response, 400, 'validation');
    expect(problem.errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['body.jurisdictionId', 'body.type', 'body.name']),
    );
  });

  it('refuses a NUL character in a body or query with 400 and writes nothing', async () => {
    const before = await countRows(t, 'units');
    const office = await loginAs(t, 'office_admin');
    expectProblem(
      await office.post('/api/units', { ...unitBody(), name: '县住建局\u0000' }),
      400,
      'validation',
    );
    expectProblem(await office.get('/api/units?q=%00'), 400, 'validation');
    expect(await countRows(t, 'units')).toBe(before);
  });

  it('answers a body over 1 MiB with a 413 problem', async () => {
    const rows = await countRows(t, 'units');
    const response = await admin.post('/api/units', {
      ...unitBody(),
      region: 'x'.repeat(1024 * 1024 + 10),
    });
    expectProblem(response, 413, 'payload_too_large');
    expect(await countRows(t, 'units')).toBe(rows);
  });

  it.each([
    ['application/xml', '<unit><name>县住建局</name></unit>'],
    ['application/x-www-form-urlencoded', 'name=%E5%8E%BF'],
  ])('answers the unsupported content type %s with a 415 problem', async (type, body) => {
    const response = await admin.request('POST', '/api/units', body, {
      headers: { 'content-type': type },
    });
    expectProblem(response, 415, 'unsupported_media_type');
  });

  it('treats a plain-text body as invalid input (400), never as an object', async () => {
    const response = await admin.request('POST', '/api/units', JSON.stringify(unitBody()), {
      headers: { 'content-type': 'text/plain' },
    });
    expectProblem(response, 400, 'validation');
  });

  it('never echoes a client-chosen request id', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'x-request-id': 'chosen-by-client' },
    });
    expect(response.json<{ requestId: string }>().requestId).not.toBe('chosen-by-client');
    expect(response.headers['x-request-id']).not.toBe('chosen-by-client');
  });

  it('hides internals behind a 500 problem that names the request id', async () => {
    const session = await loginAs(t, 'petition_clerk');
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), randomBytes(64)]);
    const { payload, headers } = multipart('a.png', png);
    const uploaded = await session.request('POST', '/api/files', payload, { headers });
    const { id } = uploaded.json<{ id: string }>();
    // The encrypted blob vanishes from disk: the download cannot complete.
    rmSync(path.join(t.dataDir, 'files', id.slice(0, 2)), { recursive: true, force: true });
    const response = await session.get(`/api/files/${id}/content`);
    const problem = expectProblem(response, 500, 'internal');
    expect(problem.detail).toContain(problem.requestId);
    expect(response.body).not.toContain(t.dataDir);
    expect(response.body).not.toMatch(/ENOENT|Error:|at async/);
  });
});

describe('security headers', () => {
  it.each([
    ['a public endpoint', () => anonymous(t, 'GET', '/api/health')],
    ['a 401', () => anonymous(t, 'GET', '/api/users')],
    ['a 404', () => anonymous(t, 'GET', '/api/nope')],
    ['an authenticated list', () => admin.get('/api/units')],
    ['a mutation', () => admin.post('/api/units', unitBody())],
    ['a validation error', () => admin.post('/api/units', {})],
  ])('are on %s', async (_label, send) => {
    expectSecurityHeaders(await send());
  });
});

describe('system endpoints', () => {
  it('reports health with the database backend and version', async () => {
    const response = await anonymous(t, 'GET', '/api/health');
    expect(response.json()).toEqual({ status: 'ok', database: backend, version: appVersion });
    expect((await anonymous(t, 'GET', '/api/health/')).statusCode).toBe(200);
  });

  it('publishes an OpenAPI 3 document listing the API', async () => {
    const response = await anonymous(t, 'GET', '/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/users',
        '/api/units',
        '/api/units/{id}',
        '/api/cadres',
        '/api/jurisdictions',
        '/api/audit',
        '/api/settings',
        '/api/settings/{key}',
        '/api/calendar',
        '/api/calendar/{date}',
        '/api/notifications',
        '/api/files',
        '/api/files/{id}/content',
        '/api/auth/login',
        '/api/health',
      ]),
    );
    expect(Object.keys(document.paths)).not.toContain('/api/openapi.json');
  });
});

describe('CSRF', () => {
  it('refuses a mutation without the X-CSRF-Token header (403) and changes nothing', async () => {
    const rows = await countRows(t, 'units');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      payload: unitBody(),
      headers: { cookie: admin.cookie },
    });
    expectProblem(response, 403, 'forbidden');
    expect(await countRows(t, 'units')).toBe(rows);
  });

  it('refuses another session’s token (403) and changes nothing', async () => {
    const other = await loginAs(t, 'office_admin');
    const rows = await countRows(t, 'units');
    const response = await admin.request('POST', '/api/units', unitBody(), {
      headers: { 'x-csrf-token': other.csrfToken },
    });
    expectProblem(response, 403, 'forbidden');
    expect(await countRows(t, 'units')).toBe(rows);
  });

  it('needs no token to read', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/units',
      headers: { cookie: admin.cookie },
    });
    expect(response.statusCode).toBe(200);
  });
});
