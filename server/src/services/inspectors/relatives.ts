import { and, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, withTransaction, type Ctx } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { inspectorRelatives } from '../../db/schema/index.js';
import { inspectorPolicy } from '../../policies/inspector-policy.js';
import { findVisibleInspector } from './find-visible-inspector.js';
import { presentRelative } from './present-inspector.js';
import { resolveUnit } from './resolve-unit.js';

export interface RelativeInput {
  name: string;
  relation: string;
  unitId?: string | null;
  unitName?: string | null;
  position?: string | null;
}

/**
 * `POST /api/inspectors/:id/relatives`: a relative and the post they hold (公务回避 when the post
 * is in a target). The unit is linked by id when it is in the register, else named.
 */
export async function addRelative(ctx: Ctx, inspectorId: string, input: RelativeInput) {
  const { actor, inspector } = await findVisibleInspector(ctx, inspectorId);
  inspectorPolicy.authorizeManage(actor, inspector.jurisdictionId);
  const unit = input.unitId ? await resolveUnit(ctx, actor, input.unitId) : null;
  return withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(inspectorRelatives)
      .values({
        inspectorId: inspector.id,
        name: input.name.trim(),
        relation: input.relation.trim(),
        unitId: unit?.id ?? null,
        unitName: unit?.name ?? (input.unitName?.trim() || null),
        position: input.position?.trim() || null,
      })
      .returning();
    const relative = presentRelative(row!);
    await emitAudit(ctx, {
      action: 'inspector.relative_added',
      entityType: 'inspector',
      entityId: inspector.id,
      jurisdictionId: inspector.jurisdictionId,
      detail: { relative },
    });
    return relative;
  });
}

/** `DELETE /api/inspectors/:id/relatives/:relativeId`: 404 unless it is this inspector's. */
export async function removeRelative(ctx: Ctx, inspectorId: string, relativeId: string) {
  const { actor, inspector } = await findVisibleInspector(ctx, inspectorId);
  inspectorPolicy.authorizeManage(actor, inspector.jurisdictionId);
  await withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .delete(inspectorRelatives)
      .where(
        and(
          eq(inspectorRelatives.id, relativeId),
          eq(inspectorRelatives.inspectorId, inspector.id),
        ),
      )
      .returning();
    if (!row) throw notFound('亲属');
    await emitAudit(ctx, {
      action: 'inspector.relative_removed',
      entityType: 'inspector',
      entityId: inspector.id,
      jurisdictionId: inspector.jurisdictionId,
      detail: { relative: presentRelative(row) },
    });
  });
}
