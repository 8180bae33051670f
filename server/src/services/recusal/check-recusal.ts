import { and, eq, inArray } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, withTransaction, type Ctx } from '../../core/context.js';
import { unprocessable, type FieldError } from '../../core/errors.js';
import { rounds, units } from '../../db/schema/index.js';
import { orgPolicy } from '../../policies/org-policy.js';
import { roundPolicy } from '../../policies/round-policy.js';
import { findVisibleInspector } from '../inspectors/find-visible-inspector.js';
import { gatherRecusalFacts, type RecusalQuery } from './gather-facts.js';
import { recusalConflicts } from './recusal-rules.js';
import type { RecusalConflict } from './recusal-types.js';

export type { RecusalConflict, RecusalRule } from './recusal-types.js';
export type { RecusalQuery } from './gather-facts.js';

/**
 * Every recusal conflict of an inspector with the target units (rules: recusal-rules.ts).
 * No authorization and no audit: for verbs that have done both (assigning a team member refuses
 * a conflicted inspector without an approved override). Runs inside the caller's transaction.
 * 404 for an unknown inspector, 422 (`unitIds.<i>`, `roundId`) for an unknown unit or round.
 */
export async function findRecusalConflicts(
  ctx: Ctx,
  query: RecusalQuery,
): Promise<RecusalConflict[]> {
  return recusalConflicts(await gatherRecusalFacts(ctx, query));
}

/**
 * `POST /api/recusal-check`: office and leading group of the inspector's jurisdiction. The target
 * units and the round must be ones the caller can see (422 on the field otherwise). Audited
 * (`recusal.checked`): the answer can reveal that the inspector is accused in a petition.
 */
export async function checkRecusal(
  ctx: Ctx,
  input: { inspectorId: string; unitIds: string[]; roundId?: string | null },
): Promise<{ conflicts: RecusalConflict[] }> {
  return withTransaction(ctx, async (ctx) => {
    const { actor, inspector } = await findVisibleInspector(ctx, input.inspectorId);
    const unitIds = [...new Set(input.unitIds)];
    const visible = await dbOf(ctx)
      .select({ id: units.id })
      .from(units)
      .where(and(inArray(units.id, unitIds), orgPolicy.unitVisibleWhere(actor)));
    const errors: FieldError[] = unitIds.flatMap((id) =>
      visible.some((u) => u.id === id)
        ? []
        : [{ path: `unitIds.${input.unitIds.indexOf(id)}`, message: '单位不存在' }],
    );
    if (input.roundId) {
      const [round] = await dbOf(ctx)
        .select({ id: rounds.id })
        .from(rounds)
        .where(and(eq(rounds.id, input.roundId), roundPolicy.visibleWhere(actor)));
      if (!round) errors.push({ path: 'roundId', message: '巡察轮次不存在' });
    }
    if (errors.length) throw unprocessable('回避审查的对象有误', errors);
    const conflicts = await findRecusalConflicts(ctx, {
      inspectorId: inspector.id,
      unitIds,
      roundId: input.roundId ?? null,
    });
    await emitAudit(ctx, {
      action: 'recusal.checked',
      entityType: 'inspector',
      entityId: inspector.id,
      jurisdictionId: inspector.jurisdictionId,
      detail: {
        unitIds,
        roundId: input.roundId ?? null,
        conflicts: conflicts.map((c) => ({ rule: c.rule, unitId: c.unitId })),
      },
    });
    return { conflicts };
  });
}
