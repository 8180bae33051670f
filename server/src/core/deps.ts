import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import { openPglite, openPostgres, type Database } from '../db/client.js';
import { acquireDataDirLock } from '../db/lock.js';
import { runMigrations } from '../db/migrate.js';
import { systemClock, type Clock } from './clock.js';
import type { AppDeps } from './context.js';
import { Keyring } from './crypto/keyring.js';
import { FileStore } from './files/file-store.js';
import { startJobs } from './jobs/jobs.js';
import { createMailer } from './mailer.js';

export interface OpenedDeps extends AppDeps {
  close(): Promise<void>;
}

/** Opens the database (locking a PGlite directory), migrates, and builds the shared services. */
export async function openDeps(
  config: Config,
  log: FastifyBaseLogger,
  options: { clock?: Clock; database?: Database } = {},
): Promise<OpenedDeps> {
  let release: (() => void) | null = null;
  let database = options.database;
  if (!database) {
    if (config.databaseUrl) {
      database = openPostgres(config.databaseUrl);
    } else {
      release = acquireDataDirLock(config.dataDir);
      try {
        database = await openPglite(path.join(config.dataDir, 'pglite'));
      } catch (error) {
        release();
        throw error;
      }
    }
  }
  await runMigrations(database);
  const keyring = Keyring.fromConfig(config);
  const jobs = config.jobs ? await startJobs(database, log) : null;
  const mailer = createMailer(config.smtpUrl, config.smtpFrom);
  return {
    config,
    database,
    clock: options.clock ?? systemClock,
    keyring,
    files: new FileStore(path.join(config.dataDir, 'files'), keyring),
    jobs,
    mailer,
    log,
    async close() {
      await jobs?.stop();
      await database.close();
      release?.();
    },
  };
}
