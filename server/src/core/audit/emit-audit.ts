import { desc, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.js';
import { dbOf, now, type Ctx } from '../context.js';
import type { AuditAction } from './actions.js';
import { chainHash, GENESIS_HASH, type ChainedContent } from './canonical.js';
import { diff, redact } from './redact.js';

export interface AuditEntry {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  jurisdictionId?: string | null;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  detail?: Record<string, unknown>;
  /** For events without a session (failed logins): who it was about. */
  actorName?: string;
}

const CHAIN_LOCK = 7270002;

/**
 * Writes one audit row inside the caller's transaction (fail-closed: if the row cannot be
 * written, the mutation rolls back). A transaction-scoped advisory lock serializes the chain.
 */
export async function emitAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  if (!ctx.tx) throw new Error('emitAudit must run inside the mutation transaction');
  const db = dbOf(ctx);
  await db.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const detail = JSON.parse(
    JSON.stringify(
      redact({
        ...entry.detail,
        ...(entry.before && entry.after ? { changes: diff(entry.before, entry.after) } : {}),
        ...(entry.after && !entry.before ? { created: entry.after } : {}),
      }),
    ),
  ) as unknown;
  const content: ChainedContent = {
    seq: (last?.seq ?? 0) + 1,
    at: now(ctx).toISOString(),
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.username ?? entry.actorName ?? null,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    jurisdictionId: entry.jurisdictionId ?? null,
    requestId: ctx.requestId,
    detail,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await db.insert(auditLog).values({
    ...content,
    at: new Date(content.at),
    detail: content.detail,
    prevHash,
    hash: chainHash(content, prevHash),
  });
}
