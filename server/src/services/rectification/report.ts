import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, unprocessable } from '../../core/errors.js';
import { updateVersioned } from '../../core/versioned-update.js';
import {
  rectificationPlans,
  rectificationReports,
  roleAssignments,
  users,
} from '../../db/schema/index.js';
import { rectificationPolicy } from '../../policies/rectification-policy.js';
import { verifyPassword } from '../auth/password-hash.js';
import { findVisiblePlan, type PlanRow } from './find-visible-plan.js';
import { getPlan } from './get-plan.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const invalid = (path: string, message: string) => unprocessable(message, [{ path, message }]);

/** What the 承诺书 attests: this plan, this content, this signer, this time. */
export function signatureOf(planId: string, contentHash: string, userId: string, at: Date) {
  return sha256(`${planId}|${contentHash}|${userId}|${at.toISOString()}`);
}

/** The report of a plan, with whether its signature still covers its content. */
export async function reportOf(ctx: Ctx, planId: string) {
  const [row] = await dbOf(ctx)
    .select({ report: rectificationReports, signedByName: users.displayName })
    .from(rectificationReports)
    .leftJoin(users, eq(users.id, rectificationReports.signedBy))
    .where(eq(rectificationReports.planId, planId));
  if (!row) return null;
  const r = row.report;
  const valid =
    r.signedAt !== null &&
    r.signedBy !== null &&
    r.signedHash === r.contentHash &&
    r.signature === signatureOf(planId, r.contentHash, r.signedBy, r.signedAt);
  return {
    content: r.content,
    contentHash: r.contentHash,
    signedAt: r.signedAt?.toISOString() ?? null,
    signedByName: row.signedByName,
    valid,
    version: r.version,
  };
}

async function isUnitLiaison(ctx: Ctx, userId: string, unitId: string) {
  const [row] = await dbOf(ctx)
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.userId, userId),
        eq(roleAssignments.role, 'unit_liaison'),
        eq(roleAssignments.unitId, unitId),
      ),
    );
  return row !== undefined;
}

function authorizeUnit(ctx: Ctx, plan: PlanRow) {
  if (!rectificationPolicy.canActForUnit(ctx.actor!, plan))
    throw forbidden('只有被巡察单位的联络员（或巡察办）可以办理');
}

/**
 * `PATCH /api/rectification-plans/:id`: the plan's summary and who signs for the unit (its Party
 * secretary: an account of the unit).
 */
export async function updatePlan(
  ctx: Ctx,
  id: string,
  input: { version: number; summary?: string | null; secretaryUserId?: string | null },
) {
  const { plan } = await findVisiblePlan(ctx, id);
  authorizeUnit(ctx, plan);
  if (plan.state === 'reported' || plan.state === 'closed')
    throw invalid('version', '整改报告已报送，不能再修改方案');
  if (input.secretaryUserId && !(await isUnitLiaison(ctx, input.secretaryUserId, plan.unitId)))
    throw invalid('secretaryUserId', '签署人须为本单位的账号');
  await withTransaction(ctx, async (ctx) => {
    await updateVersioned(ctx, rectificationPlans, plan.id, input.version, {
      ...(input.summary !== undefined ? { summary: input.summary?.trim() || null } : {}),
      ...(input.secretaryUserId !== undefined ? { secretaryUserId: input.secretaryUserId } : {}),
    });
    await emitAudit(ctx, {
      action: 'rectification.plan_updated',
      entityType: 'rectification_plan',
      entityId: plan.id,
      jurisdictionId: plan.jurisdictionId,
      detail: { secretaryUserId: input.secretaryUserId ?? null },
    });
  });
  return getPlan(ctx, id);
}

/**
 * `PUT /api/rectification-plans/:id/report`: the unit writes its 整改情况报告 while the plan is
 * approved. Changing the content leaves an earlier signature no longer valid.
 */
export async function saveReport(ctx: Ctx, id: string, input: { content: string }) {
  const { plan } = await findVisiblePlan(ctx, id);
  authorizeUnit(ctx, plan);
  if (plan.state !== 'approved') throw invalid('content', '整改方案批准后、报送前才能撰写整改报告');
  const contentHash = sha256(input.content);
  await withTransaction(ctx, async (ctx) => {
    await dbOf(ctx)
      .insert(rectificationReports)
      .values({ planId: plan.id, content: input.content, contentHash, createdAt: now(ctx) })
      .onConflictDoUpdate({
        target: rectificationReports.planId,
        set: { content: input.content, contentHash, updatedAt: now(ctx) },
      });
    await emitAudit(ctx, {
      action: 'rectification.report_saved',
      entityType: 'rectification_plan',
      entityId: plan.id,
      jurisdictionId: plan.jurisdictionId,
      detail: { contentHash },
    });
  });
  return getPlan(ctx, id);
}

/**
 * `POST /api/rectification-plans/:id/report/signature`: the named secretary re-authenticates
 * with their password and signs the 承诺书 over the report's current content.
 */
export async function signReport(ctx: Ctx, id: string, input: { password: string }) {
  const { actor, plan } = await findVisiblePlan(ctx, id);
  if (!plan.secretaryUserId || plan.secretaryUserId !== actor.userId)
    throw forbidden('只有指定的单位党组织书记可以签署承诺书');
  const [user] = await dbOf(ctx).select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.password)))
    throw invalid('password', '密码不正确，未签署');
  const [report] = await dbOf(ctx)
    .select()
    .from(rectificationReports)
    .where(eq(rectificationReports.planId, plan.id));
  if (!report || plan.state !== 'approved') throw invalid('password', '还没有可签署的整改报告');
  const at = now(ctx);
  await withTransaction(ctx, async (ctx) => {
    await dbOf(ctx)
      .update(rectificationReports)
      .set({
        signedBy: actor.userId,
        signedAt: at,
        signedHash: report.contentHash,
        signature: signatureOf(plan.id, report.contentHash, actor.userId, at),
        updatedAt: at,
      })
      .where(eq(rectificationReports.planId, plan.id));
    await emitAudit(ctx, {
      action: 'rectification.report_signed',
      entityType: 'rectification_plan',
      entityId: plan.id,
      jurisdictionId: plan.jurisdictionId,
      detail: { contentHash: report.contentHash },
    });
  });
  return getPlan(ctx, id);
}
