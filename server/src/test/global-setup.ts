import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { dropTestDatabases } from './pg-databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite database, dumped once, that every test file loads (initdb is slow). */
    pgliteTemplate: string;
    /** This run's id in the names of its PostgreSQL test databases. */
    pgRunId: string;
  }
}

let templateDir: string | null = null;

export async function setup(project: TestProject) {
  project.provide('pgRunId', String(process.pid));
  if (process.env.XUNCHA_TEST_DB === 'postgres') {
    await dropTestDatabases('dead-runs');
    project.provide('pgliteTemplate', '');
    return;
  }
  templateDir = mkdtempSync(path.join(tmpdir(), 'xuncha-template-'));
  const database = await openPglite(null);
  await runMigrations(database);
  const dump = await database.dump();
  const file = path.join(templateDir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
}

export async function teardown() {
  if (process.env.XUNCHA_TEST_DB === 'postgres')
    await dropTestDatabases({ runId: String(process.pid) });
  if (templateDir) rmSync(templateDir, { recursive: true, force: true });
}
