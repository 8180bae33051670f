import { and, desc, eq, sql } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated, unprocessable } from '../../core/errors.js';
import { disclosures, rectificationPlans, rounds, units } from '../../db/schema/index.js';
import { rectificationPolicy } from '../../policies/rectification-policy.js';
import { findVisiblePlan } from './find-visible-plan.js';

export interface DisclosureInput {
  planId: string;
  scope: 'internal' | 'public';
  title: string;
  summary: string;
  publishedOn?: string | null;
}

const columns = {
  id: disclosures.id,
  planId: disclosures.planId,
  scope: disclosures.scope,
  title: disclosures.title,
  summary: disclosures.summary,
  publishedOn: disclosures.publishedOn,
  unitName: units.name,
  roundName: rounds.name,
};

/**
 * `POST /api/disclosures` (整改公开, 双公开): the office publishes a summary it wrote, inside the
 * Party or to the public, once the plan is approved. Only this text is ever shown publicly.
 */
export async function createDisclosure(ctx: Ctx, input: DisclosureInput) {
  const { actor, plan } = await findVisiblePlan(ctx, input.planId);
  if (!rectificationPolicy.canReview(actor, plan.jurisdictionId))
    throw forbidden('只有巡察办可以发布整改公开信息');
  if (plan.state === 'drafting' || plan.state === 'submitted')
    throw unprocessable('整改方案批准后才能公开', [{ path: 'planId', message: '方案尚未批准' }]);
  const today = cstDate(now(ctx));
  if (input.publishedOn && input.publishedOn > today)
    throw unprocessable('公开日期不能晚于今天', [{ path: 'publishedOn', message: '不能晚于今天' }]);
  const id = await withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(disclosures)
      .values({
        planId: plan.id,
        jurisdictionId: plan.jurisdictionId,
        scope: input.scope,
        title: input.title,
        summary: input.summary,
        publishedOn: input.publishedOn ?? today,
        createdBy: actor.userId,
        createdAt: now(ctx),
      })
      .returning({ id: disclosures.id });
    await emitAudit(ctx, {
      action: 'rectification.disclosed',
      entityType: 'rectification_plan',
      entityId: plan.id,
      jurisdictionId: plan.jurisdictionId,
      detail: { scope: input.scope, disclosureId: row!.id },
    });
    return row!.id;
  });
  const [created] = await dbOf(ctx)
    .select(columns)
    .from(disclosures)
    .innerJoin(rectificationPlans, eq(rectificationPlans.id, disclosures.planId))
    .innerJoin(units, eq(units.id, rectificationPlans.unitId))
    .innerJoin(rounds, eq(rounds.id, rectificationPlans.roundId))
    .where(eq(disclosures.id, id));
  return created!;
}

/** `GET /api/disclosures`: both scopes, for plans the caller may see. */
export async function listDisclosures(ctx: Ctx, input: { planId?: string }) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const items = await dbOf(ctx)
    .select(columns)
    .from(disclosures)
    .innerJoin(rectificationPlans, eq(rectificationPlans.id, disclosures.planId))
    .innerJoin(units, eq(units.id, rectificationPlans.unitId))
    .innerJoin(rounds, eq(rounds.id, rectificationPlans.roundId))
    .where(
      and(
        rectificationPolicy.visibleWhere(actor),
        input.planId ? eq(disclosures.planId, input.planId) : undefined,
      ),
    )
    .orderBy(desc(disclosures.publishedOn));
  return { items };
}

/**
 * `GET /api/public/disclosures` (no login): the public disclosures only — unit, round, title,
 * the published summary and date. Nothing else of the plan leaves the server.
 */
export async function listPublicDisclosures(ctx: Ctx, input: { page: number; pageSize: number }) {
  const where = eq(disclosures.scope, 'public');
  const items = await dbOf(ctx)
    .select({
      id: disclosures.id,
      unitName: units.name,
      roundName: rounds.name,
      title: disclosures.title,
      summary: disclosures.summary,
      publishedOn: disclosures.publishedOn,
    })
    .from(disclosures)
    .innerJoin(rectificationPlans, eq(rectificationPlans.id, disclosures.planId))
    .innerJoin(units, eq(units.id, rectificationPlans.unitId))
    .innerJoin(rounds, eq(rounds.id, rectificationPlans.roundId))
    .where(where)
    .orderBy(desc(disclosures.publishedOn), units.name)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [{ total } = { total: 0 }] = await dbOf(ctx)
    .select({ total: sql<number>`count(*)::int` })
    .from(disclosures)
    .where(where);
  return { items, total: Number(total), page: input.page, pageSize: input.pageSize };
}
