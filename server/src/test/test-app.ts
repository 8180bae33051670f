import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { TestClock } from '../core/clock.js';
import { systemContext, type Ctx } from '../core/context.js';
import { openDeps, type OpenedDeps } from '../core/deps.js';
import { openPglite, openPostgres, type Database } from '../db/client.js';
import { ensureFirstStart } from '../services/bootstrap/first-start.js';
import { createTestDatabase, dropTestDatabase, urlFor } from './pg-databases.js';

export const backend = (process.env.XUNCHA_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
export const TEST_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

export interface TestApp {
  app: FastifyInstance;
  deps: OpenedDeps;
  clock: TestClock;
  rootId: string;
  adminPassword: string;
  dataDir: string;
  /** A system context for setting up data directly through services. */
  system(): Ctx;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<{
  database: Database;
  drop: () => Promise<void>;
}> {
  if (backend === 'postgres') {
    const name = await createTestDatabase(inject('pgRunId'));
    return { database: openPostgres(urlFor(name), 5), drop: () => dropTestDatabase(name) };
  }
  const template = inject('pgliteTemplate');
  const loadDataDir = template ? new Blob([readFileSync(template)]) : undefined;
  return {
    database: await openPglite(null, loadDataDir ? { loadDataDir } : {}),
    drop: async () => undefined,
  };
}

/** A whole app on a fresh database (PGlite in memory, or a new PostgreSQL database). */
export async function createTestApp(
  options: { jobs?: boolean; demo?: boolean; loginRateLimitPerMinute?: number } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'xuncha-test-'));
  const { database, drop } = await openTestDatabase();
  const clock = new TestClock();
  const config = {
    ...loadConfig({ XUNCHA_DATA_DIR: dataDir, XUNCHA_MASTER_KEY: TEST_MASTER_KEY }),
    webDistDir: null,
    jobs: options.jobs ?? false,
    demo: options.demo ?? false,
    loginRateLimitPerMinute: options.loginRateLimitPerMinute ?? 10_000,
    clockOffsetFile: null,
  };
  const deps = await openDeps(config, pino({ level: 'silent' }), { clock, database });
  const first = await ensureFirstStart(systemContext(deps), {
    rootName: '测试县',
    writePasswordFile: false,
  });
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    deps,
    clock,
    rootId: first.rootJurisdictionId,
    adminPassword: first.adminPassword!,
    dataDir,
    system: () => systemContext(deps),
    async close() {
      await app.close();
      await deps.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
