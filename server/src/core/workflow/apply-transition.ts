import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { workflowEvents } from '../../db/schema/index.js';
import { emitAudit } from '../audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../context.js';
import { staleVersion, unauthenticated } from '../errors.js';
import type { Machine, TransitionInput, WorkflowRecord } from './machine.js';

type WorkflowTable = PgTable & {
  id: PgColumn;
  state: PgColumn;
  version: PgColumn;
};

export interface TransitionRequest<S extends string, R extends WorkflowRecord<S>> {
  machine: Machine<S, string, R>;
  table: WorkflowTable;
  record: R & { id: string; version: number };
  action: string;
  /** The version the caller saw: a stale one is refused with 409. */
  version: number;
  input: TransitionInput;
  /** Extra columns to set with the state change (handler, deadline …). */
  patch?: Record<string, unknown>;
}

/**
 * Fires one transition: checks it, moves the state with optimistic locking, records the
 * workflow event and the audit row, all in one transaction.
 */
export async function applyTransition<S extends string, R extends WorkflowRecord<S>>(
  ctx: Ctx,
  request: TransitionRequest<S, R>,
): Promise<S> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const { machine, table, record, action, input } = request;
  const to = machine.check(actor, record, action, input);
  return withTransaction(ctx, async (ctx) => {
    const updated = await dbOf(ctx)
      .update(table)
      .set({
        ...request.patch,
        state: to,
        version: sql`${table.version} + 1`,
        updatedAt: now(ctx),
      })
      .where(and(eq(table.id, record.id), eq(table.version, request.version)))
      .returning({ id: table.id });
    if (updated.length === 0) throw staleVersion();
    await dbOf(ctx)
      .insert(workflowEvents)
      .values({
        machine: machine.name,
        entityId: record.id,
        action,
        fromState: record.state,
        toState: to,
        actorId: actor.userId,
        opinion: typeof input.opinion === 'string' ? input.opinion : null,
        data: input,
        at: now(ctx),
        version: request.version + 1,
      });
    await emitAudit(ctx, {
      action: 'workflow.transition',
      entityType: machine.name,
      entityId: record.id,
      jurisdictionId: record.jurisdictionId,
      detail: { action, from: record.state, to, opinion: input.opinion ?? null },
    });
    return to;
  });
}
