import { asc, gt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import { chainHash, GENESIS_HASH } from './canonical.js';

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

/** Recomputes every hash in order; names the first row that does not fit the chain. */
export async function verifyAuditChain(db: DbOrTx, batchSize = 2000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked, firstBrokenSeq: null, reason: null };
    for (const row of rows) {
      const broken = (reason: string): ChainReport => ({
        ok: false,
        checked,
        firstBrokenSeq: row.seq,
        reason,
      });
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          checked,
          firstBrokenSeq: expectedSeq,
          reason: 'missing row (gap in sequence)',
        };
      }
      if (row.prevHash !== prevHash) return broken('prev_hash does not match the previous row');
      const hash = chainHash(
        {
          seq: row.seq,
          at: row.at.toISOString(),
          actorId: row.actorId,
          actorName: row.actorName,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          jurisdictionId: row.jurisdictionId,
          requestId: row.requestId,
          detail: row.detail,
        },
        prevHash,
      );
      if (hash !== row.hash) return broken('content does not match its hash');
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
}
