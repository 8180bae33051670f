import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AuditAction } from './audit/actions.js';
import { emitAudit } from './audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from './context.js';
import { updateVersioned } from './versioned-update.js';

type RecordTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

interface AuditTarget {
  action: AuditAction;
  entityType: string;
  jurisdictionId: string | null;
}

/** Inserts a row and its audit entry in one transaction. */
export async function insertAudited<T extends RecordTable>(
  ctx: Ctx,
  table: T,
  values: T['$inferInsert'],
  audit: AuditTarget,
): Promise<T['$inferSelect']> {
  return withTransaction(ctx, async (ctx) => {
    const rows = (await dbOf(ctx)
      .insert(table)
      .values({ ...values, createdAt: now(ctx), updatedAt: now(ctx) } as never)
      .returning()) as (T['$inferSelect'] & { id: string })[];
    const row = rows[0]!;
    await emitAudit(ctx, {
      ...audit,
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

/** Optimistically updates a row and records what changed, in one transaction. */
export async function updateAudited<T extends RecordTable>(
  ctx: Ctx,
  table: T,
  before: T['$inferSelect'] & { id: string },
  version: number,
  patch: Partial<T['$inferInsert']>,
  audit: AuditTarget,
): Promise<T['$inferSelect']> {
  return withTransaction(ctx, async (ctx) => {
    const after = await updateVersioned(ctx, table, before.id, version, patch);
    await emitAudit(ctx, {
      ...audit,
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}

/** Drops keys whose value is undefined (a PATCH leaves those fields alone). */
export function definedOnly<T extends Record<string, unknown>>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
