import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import type { clueReviewDecisions } from '../../core/clue-vocabulary.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated, unprocessable, type FieldError } from '../../core/errors.js';
import { clueDecisions, clueReviews, clues } from '../../db/schema/index.js';
import { cluePolicy } from '../../policies/clue-policy.js';
import { coveredJurisdictions, inList } from '../../policies/checks.js';
import { receiverOptions } from './propose-receiver.js';

export interface ReviewInput {
  jurisdictionId?: string;
  heldOn: string;
  chair: string;
  participants: string[];
  note?: string | null;
  decisions: {
    clueId: string;
    decision: (typeof clueReviewDecisions)[number];
    receiverDepartmentId?: string | null;
    note?: string | null;
  }[];
}

/** Who sees the collective reviews: the office and the leading group of the jurisdiction. */
const reviewReaders = ['office_admin', 'leading_group'] as const;

/**
 * `POST /api/clue-reviews` (集体研判): a meeting with its participants and a decision per clue
 * not yet transferred. A `transfer` decision is what opens the transfer when reviews are required.
 */
export async function recordReview(ctx: Ctx, input: ReviewInput) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const jurisdictionId = input.jurisdictionId ?? actor.jurisdictionId;
  if (!cluePolicy.canKeepLedger(actor, jurisdictionId))
    throw forbidden('只有巡察办可以记录集体研判');
  const errors: FieldError[] = [];
  if (input.heldOn > cstDate(now(ctx)))
    errors.push({ path: 'heldOn', message: '研判日期不能晚于今天' });
  const ids = input.decisions.map((d) => d.clueId);
  if (new Set(ids).size !== ids.length)
    errors.push({ path: 'decisions', message: '同一条线索只能有一个研判结论' });
  const found = await dbOf(ctx)
    .select({ id: clues.id, state: clues.state })
    .from(clues)
    .where(
      and(
        inArray(clues.id, ids),
        eq(clues.jurisdictionId, jurisdictionId),
        cluePolicy.visibleWhere(actor),
      ),
    );
  const options = new Set((await receiverOptions(ctx, jurisdictionId)).map((o) => o.departmentId));
  input.decisions.forEach((d, i) => {
    const clue = found.find((c) => c.id === d.clueId);
    if (!clue) errors.push({ path: `decisions.${i}.clueId`, message: '问题线索不存在' });
    else if (!['recorded', 'handedOver'].includes(clue.state))
      errors.push({ path: `decisions.${i}.clueId`, message: '线索已移交，无需再研判' });
    if (d.receiverDepartmentId && !options.has(d.receiverDepartmentId))
      errors.push({ path: `decisions.${i}.receiverDepartmentId`, message: '接收单位不存在' });
  });
  if (errors.length) throw unprocessable(errors[0]!.message, errors);
  const id = await withTransaction(ctx, async (ctx) => {
    const [review] = await dbOf(ctx)
      .insert(clueReviews)
      .values({
        jurisdictionId,
        heldOn: input.heldOn,
        chair: input.chair,
        participants: input.participants,
        note: input.note ?? null,
        createdBy: actor.userId,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning({ id: clueReviews.id });
    await dbOf(ctx)
      .insert(clueDecisions)
      .values(
        input.decisions.map((d) => ({
          reviewId: review!.id,
          clueId: d.clueId,
          decision: d.decision,
          receiverDepartmentId: d.receiverDepartmentId ?? null,
          note: d.note ?? null,
        })),
      );
    // A decision is movement on the clue (呆账 counts from the last one).
    await dbOf(ctx)
      .update(clues)
      .set({
        lastMovedAt: now(ctx),
        stall: sql`case when ${clues.stall} = 'deadAccount' then null else ${clues.stall} end`,
      })
      .where(inArray(clues.id, ids));
    await emitAudit(ctx, {
      action: 'clue.review_recorded',
      entityType: 'clue_review',
      entityId: review!.id,
      jurisdictionId,
      detail: { heldOn: input.heldOn, decisions: input.decisions.length },
    });
    return review!.id;
  });
  return (await selectReviews(ctx, eq(clueReviews.id, id)))[0]!;
}

async function selectReviews(ctx: Ctx, where: SQL, paging?: { limit: number; offset: number }) {
  const query = dbOf(ctx)
    .select()
    .from(clueReviews)
    .where(where)
    .orderBy(desc(clueReviews.heldOn), desc(clueReviews.createdAt));
  const reviews = paging ? await query.limit(paging.limit).offset(paging.offset) : await query;
  if (reviews.length === 0) return [];
  const decisions = await dbOf(ctx)
    .select({ d: clueDecisions, clueCode: clues.code })
    .from(clueDecisions)
    .innerJoin(clues, eq(clues.id, clueDecisions.clueId))
    .where(
      and(
        inArray(
          clueDecisions.reviewId,
          reviews.map((r) => r.id),
        ),
        // A confidential clue's code shows only to its named members.
        cluePolicy.visibleWhere(ctx.actor!),
      ),
    )
    .orderBy(clues.code);
  return reviews.map((r) => ({
    id: r.id,
    jurisdictionId: r.jurisdictionId,
    heldOn: r.heldOn,
    chair: r.chair,
    participants: r.participants,
    note: r.note,
    decisions: decisions
      .filter(({ d }) => d.reviewId === r.id)
      .map(({ d, clueCode }) => ({
        clueId: d.clueId,
        clueCode,
        decision: d.decision,
        receiverDepartmentId: d.receiverDepartmentId,
        note: d.note,
      })),
    createdAt: r.createdAt.toISOString(),
  }));
}

/** `GET /api/clue-reviews`: the meetings of the caller's jurisdictions, newest first. */
export async function listReviews(ctx: Ctx, input: { page: number; pageSize: number }) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const where = inList(clueReviews.jurisdictionId, coveredJurisdictions(actor, [...reviewReaders]));
  const [{ total } = { total: 0 }] = await dbOf(ctx)
    .select({ total: sql<number>`count(*)::int` })
    .from(clueReviews)
    .where(where);
  return {
    items: await selectReviews(ctx, where, {
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    }),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}
