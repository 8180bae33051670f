import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, openTestDatabase } from '../../test/test-app.js';
import { runMigrations } from '../../db/migrate.js';
import type { Database } from '../../db/client.js';
import { startJobs, type Jobs } from './jobs.js';

let database: Database;
let drop: () => Promise<void>;
let jobs: Jobs;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  await runMigrations(database);
  jobs = await startJobs(database, pino({ level: 'silent' }), { pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await jobs.stop();
  await database.close();
  await drop();
});

describe(`job queue (pg-boss) on ${backend}`, () => {
  it('runs a job sent with a delay, and not before the delay', async () => {
    const sentAt = Date.now();
    const ran = new Promise<{ at: number; data: { n: number } }>((resolve) => {
      void jobs.work<{ n: number }>('test-delayed', async (data) => {
        resolve({ at: Date.now(), data });
      });
    });
    await jobs.send('test-delayed', { n: 42 }, { startAfterSeconds: 2 });
    const result = await ran;
    expect(result.data).toEqual({ n: 42 });
    expect(result.at - sentAt).toBeGreaterThanOrEqual(1500);
  });
});
