import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../core/audit/verify-chain.js';
import { dbOf, systemContext } from '../../core/context.js';
import { openDeps } from '../../core/deps.js';
import { loadConfig } from '../../config.js';
import { menuAbilities } from '../../policies/abilities.js';
import { login } from '../../test/session.js';
import {
  createTestApp,
  openTestDatabase,
  TEST_MASTER_KEY,
  type TestApp,
} from '../../test/test-app.js';
import { DEMO_PASSWORD, demoAccounts, loadDemoData } from './demo-data.js';
import { ensureFirstStart } from './first-start.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('first start', () => {
  it('creates the root jurisdiction and an admin whose random password logs in', async () => {
    const session = await login(t.app, 'admin', t.adminPassword);
    const me = (await session.get('/api/auth/me')).json();
    expect(me.user.jurisdictionName).toBe('测试县');
    expect(me.roles).toEqual([expect.objectContaining({ role: 'system_admin' })]);
    expect(t.adminPassword).toMatch(/^[A-Za-z0-9]{20}$/);
  });

  it('writes the password to initial-admin.txt (mode 0600) on an empty database, once', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'xuncha-first-'));
    const { database, drop } = await openTestDatabase();
    const config = {
      ...loadConfig({ XUNCHA_DATA_DIR: dataDir, XUNCHA_MASTER_KEY: TEST_MASTER_KEY }),
      jobs: false,
    };
    const deps = await openDeps(config, pino({ level: 'silent' }), { database });
    try {
      const ctx = systemContext(deps);
      const first = await ensureFirstStart(ctx, { rootName: '新县', writePasswordFile: true });
      const file = path.join(dataDir, 'initial-admin.txt');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8')).toContain(first.adminPassword!);
      const second = await ensureFirstStart(ctx, { rootName: '新县', writePasswordFile: true });
      expect(second.adminPassword).toBeNull();
      expect(second.rootJurisdictionId).toBe(first.rootJurisdictionId);
    } finally {
      await deps.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('demo data', () => {
  beforeAll(async () => {
    expect(await loadDemoData(t.system(), t.rootId)).toBe(true);
  });

  it('loads once: a second call changes nothing', async () => {
    expect(await loadDemoData(t.system(), t.rootId)).toBe(false);
  });

  it('has a county with ~30 units of mixed types, cadres and 40 inspectors', async () => {
    const admin = await login(t.app, 'admin', DEMO_PASSWORD);
    const units = (await admin.get('/api/units?pageSize=100')).json();
    expect(units.total).toBeGreaterThanOrEqual(28);
    const types = new Set(units.items.map((u: { type: string }) => u.type));
    for (const type of ['department', 'township', 'village', 'enterprise'])
      expect(types).toContain(type);
    expect(units.items.every((u: { cadreCount: number }) => u.cadreCount >= 2)).toBe(true);
    const inspectors = await dbOf(t.system()).query.inspectors.findMany();
    expect(inspectors).toHaveLength(40);
  });

  it.each(demoAccounts.map((a) => [a.username, a.role] as const))(
    'lets %s log in with the demo password and see the %s menu',
    async (username, role) => {
      const session = await login(t.app, username, DEMO_PASSWORD);
      const me = (await session.get('/api/auth/me')).json();
      expect(me.roles.map((r: { role: string }) => r.role)).toEqual([role]);
      const expected = menuAbilities({
        userId: me.user.id,
        username,
        displayName: '',
        jurisdictionId: me.user.jurisdictionId,
        sessionId: null,
        roles: me.roles.map((r: { role: string }) => ({ ...r, coveredJurisdictionIds: [] })),
      });
      expect(me.abilities).toEqual(expected);
    },
  );

  it('gives the liaison one unit and the team accounts their teams', async () => {
    const liaison = await login(t.app, 'liaison', DEMO_PASSWORD);
    const units = (await liaison.get('/api/units')).json();
    expect(units.items.map((u: { name: string }) => u.name)).toEqual(['县住建局']);
    const lead = (
      await (await login(t.app, 'team1lead', DEMO_PASSWORD)).get('/api/auth/me')
    ).json();
    const member = (
      await (await login(t.app, 'team1member', DEMO_PASSWORD)).get('/api/auth/me')
    ).json();
    expect(lead.roles[0].teamId).toBeTruthy();
    expect(lead.roles[0].teamId).toBe(member.roles[0].teamId);
  });

  it('leaves an intact audit chain', async () => {
    expect((await verifyAuditChain(dbOf(t.system()))).ok).toBe(true);
  });
});
