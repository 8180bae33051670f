import { and, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, withTransaction, type Ctx } from '../../core/context.js';
import { notFound, unprocessable } from '../../core/errors.js';
import { inspectorPositions } from '../../db/schema/index.js';
import { inspectorPolicy } from '../../policies/inspector-policy.js';
import { findVisibleInspector } from './find-visible-inspector.js';
import { presentPosition } from './present-inspector.js';
import { resolveUnit } from './resolve-unit.js';

export interface PositionInput {
  unitId?: string | null;
  unitName?: string | null;
  position?: string | null;
  fromOn: string;
  toOn?: string | null;
}

/**
 * `POST /api/inspectors/:id/positions`: a post in the work history (任职回避 reads it). A unit of
 * the register is linked by id and its current name is kept with the post; a unit outside the
 * register (another county, an enterprise elsewhere) by its name alone.
 */
export async function addPosition(ctx: Ctx, inspectorId: string, input: PositionInput) {
  const { actor, inspector } = await findVisibleInspector(ctx, inspectorId);
  inspectorPolicy.authorizeManage(actor, inspector.jurisdictionId);
  const unit = input.unitId ? await resolveUnit(ctx, actor, input.unitId) : null;
  const unitName = unit?.name ?? input.unitName?.trim();
  if (!unitName) {
    throw unprocessable('请选择单位或填写单位名称', [
      { path: 'unitName', message: '请选择单位或填写单位名称' },
    ]);
  }
  if (input.toOn && input.toOn < input.fromOn) {
    throw unprocessable('离任日期不能早于任职日期', [
      { path: 'toOn', message: '不能早于任职日期' },
    ]);
  }
  return withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(inspectorPositions)
      .values({
        inspectorId: inspector.id,
        unitId: unit?.id ?? null,
        unitName,
        position: input.position?.trim() || null,
        fromOn: input.fromOn,
        toOn: input.toOn ?? null,
      })
      .returning();
    const position = presentPosition(row!);
    await emitAudit(ctx, {
      action: 'inspector.position_added',
      entityType: 'inspector',
      entityId: inspector.id,
      jurisdictionId: inspector.jurisdictionId,
      detail: { position },
    });
    return position;
  });
}

/** `DELETE /api/inspectors/:id/positions/:positionId`: 404 unless it is this inspector's. */
export async function removePosition(ctx: Ctx, inspectorId: string, positionId: string) {
  const { actor, inspector } = await findVisibleInspector(ctx, inspectorId);
  inspectorPolicy.authorizeManage(actor, inspector.jurisdictionId);
  await withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .delete(inspectorPositions)
      .where(
        and(
          eq(inspectorPositions.id, positionId),
          eq(inspectorPositions.inspectorId, inspector.id),
        ),
      )
      .returning();
    if (!row) throw notFound('工作经历');
    await emitAudit(ctx, {
      action: 'inspector.position_removed',
      entityType: 'inspector',
      entityId: inspector.id,
      jurisdictionId: inspector.jurisdictionId,
      detail: { position: presentPosition(row) },
    });
  });
}
