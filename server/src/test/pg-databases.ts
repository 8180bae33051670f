import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { isProcessAlive } from '../db/lock.js';

/** The PostgreSQL server the suite uses (CI and developer machines: trust auth). */
export const adminUrl =
  process.env.XUNCHA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_DB_PREFIX = 'xuncha_test_';

export function urlFor(database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database with a UTF-8 LC_CTYPE (never C), only ever one we created. Its name carries
 * the run's id (the PID of the Vitest main process), so concurrent runs never drop each other's.
 */
export async function createTestDatabase(runId: string): Promise<string> {
  const name = `${TEST_DB_PREFIX}${runId}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) =>
    c.query(
      `create database ${name} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`,
    ),
  );
  return name;
}

export async function dropTestDatabase(name: string): Promise<void> {
  if (!name.startsWith(TEST_DB_PREFIX)) throw new Error(`refusing to drop ${name}`);
  await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
}

/**
 * Our test databases to drop: those of this run (at teardown), or those whose run has died
 * (a crash left them behind). Databases of another live run are left alone.
 */
export async function dropTestDatabases(which: { runId: string } | 'dead-runs'): Promise<void> {
  const names = await withAdmin(async (c) => {
    const r = await c.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`${TEST_DB_PREFIX}%`],
    );
    return r.rows.map((row) => row.datname);
  });
  for (const name of names) {
    const runId = name.slice(TEST_DB_PREFIX.length).split('_')[0] ?? '';
    const drop =
      which === 'dead-runs'
        ? !/^\d+$/.test(runId) || !isProcessAlive(Number(runId))
        : runId === which.runId;
    if (drop) await dropTestDatabase(name);
  }
}
