import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { auditActions } from '../../core/audit/actions.js';
import { verifyAuditChain, type ChainReport } from '../../core/audit/verify-chain.js';
import { dbOf, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { auditLog } from '../../db/schema/index.js';
import { auditPolicy } from '../../policies/audit-policy.js';
import type { Page } from '../paging.js';

function authorizedActor(ctx: Ctx) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (!auditPolicy.canRead(actor)) throw forbidden();
  return actor;
}

export interface ListAuditInput {
  page: number;
  pageSize: number;
  action?: string;
  actorId?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

export async function listAudit(ctx: Ctx, input: ListAuditInput) {
  const actor = authorizedActor(ctx);
  const filters: SQL[] = [auditPolicy.visibleWhere(actor)];
  if (input.action) filters.push(eq(auditLog.action, input.action));
  if (input.actorId) filters.push(eq(auditLog.actorId, input.actorId));
  if (input.entityType) filters.push(eq(auditLog.entityType, input.entityType));
  if (input.entityId) filters.push(eq(auditLog.entityId, input.entityId));
  if (input.from) filters.push(gte(auditLog.at, input.from));
  if (input.to) filters.push(lte(auditLog.at, input.to));
  const where = and(...filters);
  const [total] = await dbOf(ctx).select({ n: count() }).from(auditLog).where(where);
  const rows = await dbOf(ctx)
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const page: Page<{
    id: string;
    seq: number;
    at: string;
    actorId: string | null;
    actorName: string | null;
    action: string;
    entityType: string | null;
    entityId: string | null;
    requestId: string | null;
    detail: unknown;
  }> = {
    items: rows.map((r) => ({
      id: String(r.seq),
      seq: r.seq,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      requestId: r.requestId,
      detail: r.detail,
    })),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
  return page;
}

export function listAuditActions(ctx: Ctx) {
  authorizedActor(ctx);
  return { items: [...auditActions] };
}

/** Checks the whole chain (not only the rows the auditor sees: integrity is global). */
export async function verifyAudit(ctx: Ctx): Promise<ChainReport> {
  authorizedActor(ctx);
  return verifyAuditChain(dbOf(ctx));
}
