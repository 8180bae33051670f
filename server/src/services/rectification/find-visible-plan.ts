import { and, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated } from '../../core/errors.js';
import { rectificationItems, rectificationPlans } from '../../db/schema/index.js';
import { rectificationPolicy } from '../../policies/rectification-policy.js';

export type PlanRow = typeof rectificationPlans.$inferSelect;
export type ItemRow = typeof rectificationItems.$inferSelect;

/** A plan the caller may see, or 404. */
export async function findVisiblePlan(ctx: Ctx, id: string) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [plan] = await dbOf(ctx)
    .select()
    .from(rectificationPlans)
    .where(and(eq(rectificationPlans.id, id), rectificationPolicy.visibleWhere(actor)));
  if (!plan) throw notFound('整改方案');
  return { actor, plan };
}

/** An item of a plan the caller may see, or 404. */
export async function findVisibleItem(ctx: Ctx, id: string) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select({ item: rectificationItems, plan: rectificationPlans })
    .from(rectificationItems)
    .innerJoin(rectificationPlans, eq(rectificationPlans.id, rectificationItems.planId))
    .where(and(eq(rectificationItems.id, id), rectificationPolicy.visibleWhere(actor)));
  if (!row) throw notFound('整改事项');
  return { actor, ...row };
}
