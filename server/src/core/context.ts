import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Database, DbOrTx } from '../db/client.js';
import type { Clock } from './clock.js';
import type { Keyring } from './crypto/keyring.js';
import type { FileStore } from './files/file-store.js';
import type { Jobs } from './jobs/jobs.js';
import type { Mailer } from './mailer.js';
import type { RoleCode } from './roles.js';

export interface RoleAssignment {
  role: RoleCode;
  jurisdictionId: string;
  teamId: string | null;
  unitId: string | null;
  /** The assignment's jurisdiction and every jurisdiction below it. */
  coveredJurisdictionIds: string[];
}

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  jurisdictionId: string;
  roles: RoleAssignment[];
  sessionId: string | null;
}

/** Everything a service may use; built once at start. */
export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  keyring: Keyring;
  files: FileStore;
  jobs: Jobs | null;
  mailer: Mailer | null;
  log: FastifyBaseLogger;
}

/** Travels through every verb: who acts, in which request, inside which transaction. */
export interface Ctx {
  deps: AppDeps;
  actor: Actor | null;
  requestId: string;
  tx?: DbOrTx;
  /** Work to run once the outermost transaction has committed (e-mail, jobs). */
  afterCommit?: (() => Promise<void> | void)[];
}

export function systemContext(deps: AppDeps, requestId = `system-${randomUUID()}`): Ctx {
  return { deps, actor: null, requestId };
}

export function dbOf(ctx: Ctx): DbOrTx {
  return ctx.tx ?? ctx.deps.database.db;
}

export function now(ctx: Ctx): Date {
  return ctx.deps.clock.now();
}

/** Runs `fn` in a transaction, reusing the caller's when there is one. */
export async function withTransaction<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.tx) return fn(ctx);
  const afterCommit: (() => Promise<void> | void)[] = [];
  const result = await ctx.deps.database.db.transaction((tx) => fn({ ...ctx, tx, afterCommit }));
  for (const task of afterCommit) {
    try {
      await task();
    } catch (error) {
      ctx.deps.log.error({ err: error, requestId: ctx.requestId }, 'after-commit task failed');
    }
  }
  return result;
}

export function runAfterCommit(ctx: Ctx, task: () => Promise<void> | void): void {
  if (ctx.afterCommit) ctx.afterCommit.push(task);
  else void Promise.resolve().then(task);
}
