import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { dbOf, now, type Ctx } from './context.js';
import { staleVersion } from './errors.js';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Optimistic locking: updates the row only if it is still at `version` the caller saw;
 * otherwise 409. Returns the updated row.
 */
export async function updateVersioned<T extends VersionedTable>(
  ctx: Ctx,
  table: T,
  id: string,
  version: number,
  patch: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  const rows = (await dbOf(ctx)
    .update(table)
    .set({ ...patch, version: sql`${table.version} + 1`, updatedAt: now(ctx) })
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning()) as T['$inferSelect'][];
  const row = rows[0];
  if (!row) throw staleVersion();
  return row;
}
