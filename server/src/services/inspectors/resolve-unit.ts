import { and, eq } from 'drizzle-orm';
import { dbOf, type Actor, type Ctx } from '../../core/context.js';
import { unprocessable } from '../../core/errors.js';
import { units } from '../../db/schema/index.js';
import { orgPolicy } from '../../policies/org-policy.js';

/** A unit named in a talent-pool record: one the caller can see, else 422 on `unitId`. */
export async function resolveUnit(ctx: Ctx, actor: Actor, unitId: string) {
  const [unit] = await dbOf(ctx)
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.id, unitId), orgPolicy.unitVisibleWhere(actor)));
  if (!unit) throw unprocessable('单位不存在', [{ path: 'unitId', message: '单位不存在' }]);
  return unit;
}
