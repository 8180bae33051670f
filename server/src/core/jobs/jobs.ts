import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';

export type JobHandler<T> = (data: T) => Promise<void>;

/** The app's view of the job queue: named queues, delayed sends, workers, cron schedules. */
export interface Jobs {
  send<T extends object>(
    queue: string,
    data: T,
    options?: { startAfterSeconds?: number },
  ): Promise<string | null>;
  work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void>;
  schedule(queue: string, cron: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * pg-boss over our own database handle: on PostgreSQL through the pool, on PGlite through
 * the `executeSql` adapter (which sends parameterless multi-statement SQL with `exec`).
 */
export async function startJobs(
  database: Database,
  log: FastifyBaseLogger,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => database.executeSql(text, values) },
    schema: 'pgboss',
  });
  boss.on('error', (error: unknown) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  // One creation per queue, shared by concurrent callers: two racing createQueue calls
  // deadlock on PostgreSQL.
  const queues = new Map<string, Promise<void>>();
  const ensureQueue = (queue: string): Promise<void> => {
    let ready = queues.get(queue);
    if (!ready) {
      ready = (async () => {
        if (!(await boss.getQueue(queue))) await boss.createQueue(queue);
      })();
      ready.catch(() => queues.delete(queue));
      queues.set(queue, ready);
    }
    return ready;
  };
  return {
    async send(queue, data, sendOptions = {}) {
      await ensureQueue(queue);
      return boss.send(queue, data, {
        ...(sendOptions.startAfterSeconds ? { startAfter: sendOptions.startAfterSeconds } : {}),
      });
    },
    async work(queue, handler) {
      await ensureQueue(queue);
      await boss.work<object>(
        queue,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async (jobs) => {
          for (const job of jobs) await handler(job.data as never);
        },
      );
    },
    async schedule(queue, cron) {
      await ensureQueue(queue);
      await boss.schedule(queue, cron);
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}
