import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const publicRoutes = new Set([
  'GET /api/health',
  'GET /api/public/config',
  'GET /api/public/disclosures',
  'GET /api/public/pow-challenge',
  'POST /api/public/files',
  'POST /api/public/reports',
  'POST /api/public/reports/access',
  'GET /api/public/reports/me',
  'POST /api/public/reports/me/messages',
  'POST /api/public/reports/me/survey',
  'POST /api/auth/login',
  'POST /api/auth/login/totp',
  'GET /api/openapi.json',
]);

function concrete(url: string): string {
  return url
    .replace(/:id\b/g, '00000000-0000-4000-8000-000000000000')
    .replace(/:date\b/g, '2026-10-01')
    .replace(/:key\b/g, 'petition.acceptanceDays')
    .replace(/\*$/, 'x')
    .replace(/:[A-Za-z]+/g, 'x');
}

describe('route table', () => {
  it('lists the routes this test walks', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(30);
  });

  it('marks as public only the routes meant to be public (and the API docs)', () => {
    const marked = t.app.routeTable
      .filter((r) => r.public && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !r.startsWith('HEAD '));
    expect(new Set(marked)).toEqual(publicRoutes);
  });

  it('answers 401 without a session on every other route', async () => {
    const privateRoutes = t.app.routeTable.filter((r) => !r.public && r.method !== 'HEAD');
    expect(privateRoutes.length).toBeGreaterThan(25);
    for (const route of privateRoutes) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
      });
      expect(`${route.method} ${route.url} → ${response.statusCode}`).toBe(
        `${route.method} ${route.url} → 401`,
      );
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('with the built web app', () => {
  it('serves the app files without a session while the API stays private', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { buildApp } = await import('../app.js');
    const dist = mkdtempSync(path.join(tmpdir(), 'xuncha-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>巡察</title>');
    writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    const app = await buildApp({ ...t.deps, config: { ...t.deps.config, webDistDir: dist } });
    try {
      const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['content-type']).toContain('javascript');
      const page = await app.inject({ method: 'GET', url: '/org/units' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('巡察');
      expect((await app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/nope' })).statusCode).toBe(404);
    } finally {
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
