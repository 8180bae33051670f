import { and, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated } from '../../core/errors.js';
import { inspectors } from '../../db/schema/index.js';
import { inspectorPolicy } from '../../policies/inspector-policy.js';

export type InspectorRow = typeof inspectors.$inferSelect;

/** An inspector the caller may see: 403 without a talent-pool role, 404 outside their jurisdictions. */
export async function findVisibleInspector(ctx: Ctx, id: string) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  inspectorPolicy.authorizeTalentPool(actor);
  const [row] = await dbOf(ctx)
    .select()
    .from(inspectors)
    .where(and(eq(inspectors.id, id), inspectorPolicy.visibleWhere(actor)));
  if (!row) throw notFound('巡察干部');
  return { actor, inspector: row };
}
