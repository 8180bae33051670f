import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import {
  activities,
  clueDecisions,
  clueMembers,
  clueNotices,
  clueReviews,
  clueTransfers,
  departments,
  petitions,
  rounds,
  storedFiles,
  users,
  workflowEvents,
} from '../../db/schema/index.js';
import { cluePolicy, servedOnPaper } from '../../policies/clue-policy.js';
import { getSetting } from '../settings/get-setting.js';
import { clueMachine } from './clue-machine.js';
import { clueRecord } from './clue-record.js';
import { findVisibleClue, type ClueRow } from './find-visible-clue.js';
import { presentClueSummary } from './present-clue.js';
import { proposeReceiver, receiverOptions } from './propose-receiver.js';

/** Has a collective review decided to transfer this clue (when the setting requires one)? */
export async function reviewMissing(ctx: Ctx, clue: ClueRow): Promise<boolean> {
  if (!(await getSetting(ctx, clue.jurisdictionId, 'clue.collectiveReviewRequired'))) return false;
  const [latest] = await dbOf(ctx)
    .select({ decision: clueDecisions.decision })
    .from(clueDecisions)
    .innerJoin(clueReviews, eq(clueReviews.id, clueDecisions.reviewId))
    .where(eq(clueDecisions.clueId, clue.id))
    .orderBy(desc(clueReviews.heldOn), desc(clueReviews.createdAt))
    .limit(1);
  return latest?.decision !== 'transfer';
}

async function evidenceOf(ctx: Ctx, clue: ClueRow) {
  const petitionIds = [...new Set([...clue.evidencePetitionIds])];
  const activityIds = [...new Set([...clue.evidenceActivityIds])];
  const db = dbOf(ctx);
  return {
    petitions: petitionIds.length
      ? await db
          .select({ id: petitions.id, code: petitions.code })
          .from(petitions)
          .where(inArray(petitions.id, petitionIds))
      : [],
    activities: activityIds.length
      ? await db
          .select({
            id: activities.id,
            roundId: activities.roundId,
            method: activities.method,
            summary: activities.summary,
          })
          .from(activities)
          .where(inArray(activities.id, activityIds))
      : [],
    files: clue.fileIds.length
      ? await db
          .select({ id: storedFiles.id, name: storedFiles.name })
          .from(storedFiles)
          .where(inArray(storedFiles.id, clue.fileIds))
      : [],
  };
}

async function transfersOf(ctx: Ctx, clueId: string) {
  const ackUser = alias(users, 'ack_user');
  const rows = await dbOf(ctx)
    .select({
      t: clueTransfers,
      receiverName: departments.name,
      transferredByName: users.displayName,
      acknowledgedByName: ackUser.displayName,
    })
    .from(clueTransfers)
    .innerJoin(departments, eq(departments.id, clueTransfers.receiverDepartmentId))
    .innerJoin(users, eq(users.id, clueTransfers.transferredBy))
    .leftJoin(ackUser, eq(ackUser.id, clueTransfers.acknowledgedBy))
    .where(eq(clueTransfers.clueId, clueId))
    .orderBy(asc(clueTransfers.createdAt));
  return rows.map(({ t, receiverName, transferredByName, acknowledgedByName }) => ({
    id: t.id,
    receiverDepartmentId: t.receiverDepartmentId,
    receiverName,
    proposedDepartmentId: t.proposedDepartmentId,
    changeReason: t.changeReason,
    letterNumber: t.letterNumber,
    transferredOn: t.transferredOn,
    transferredBy: t.transferredBy,
    transferredByName,
    feedbackDueOn: t.feedbackDueOn,
    onPaper: t.onPaper,
    acknowledgedAt: t.acknowledgedAt?.toISOString() ?? null,
    acknowledgedByName: acknowledgedByName ?? null,
  }));
}

/** `GET /api/clues/:id`: the clue, its evidence, transfers, reviews, notices and timeline. */
export async function getClue(ctx: Ctx, id: string, options: { audit?: boolean } = {}) {
  const { actor, clue } = await findVisibleClue(ctx, id);
  const db = dbOf(ctx);
  const record = await clueRecord(ctx, clue);
  const actions = clueMachine.available(actor, record);
  const [round] = clue.roundId
    ? await db.select({ name: rounds.name }).from(rounds).where(eq(rounds.id, clue.roundId))
    : [];
  const [receiver] = clue.receiverDepartmentId
    ? await db.select().from(departments).where(eq(departments.id, clue.receiverDepartmentId))
    : [];
  const [source] = clue.sourcePetitionId
    ? await db
        .select({ code: petitions.code })
        .from(petitions)
        .where(eq(petitions.id, clue.sourcePetitionId))
    : [];
  const members = await db
    .select({ userId: clueMembers.userId, displayName: users.displayName })
    .from(clueMembers)
    .innerJoin(users, eq(users.id, clueMembers.userId))
    .where(eq(clueMembers.clueId, clue.id));
  const reviews = await db
    .select({
      reviewId: clueReviews.id,
      heldOn: clueReviews.heldOn,
      chair: clueReviews.chair,
      decision: clueDecisions.decision,
      receiverDepartmentId: clueDecisions.receiverDepartmentId,
      receiverName: departments.name,
      note: clueDecisions.note,
    })
    .from(clueDecisions)
    .innerJoin(clueReviews, eq(clueReviews.id, clueDecisions.reviewId))
    .leftJoin(departments, eq(departments.id, clueDecisions.receiverDepartmentId))
    .where(eq(clueDecisions.clueId, clue.id))
    .orderBy(asc(clueReviews.heldOn));
  const notices = await db
    .select()
    .from(clueNotices)
    .where(eq(clueNotices.clueId, clue.id))
    .orderBy(asc(clueNotices.issuedAt));
  const events = await db
    .select({ e: workflowEvents, actorName: users.displayName })
    .from(workflowEvents)
    .leftJoin(users, eq(users.id, workflowEvents.actorId))
    .where(and(eq(workflowEvents.machine, 'clue'), eq(workflowEvents.entityId, clue.id)))
    .orderBy(asc(workflowEvents.at), asc(workflowEvents.version));
  const canTransfer = actions.includes('transfer');
  if (options.audit !== false)
    await withTransaction(ctx, (ctx) =>
      emitAudit(ctx, {
        action: 'clue.viewed',
        entityType: 'clue',
        entityId: clue.id,
        jurisdictionId: clue.jurisdictionId,
      }),
    );
  return {
    ...presentClueSummary(
      clue,
      { roundName: round?.name ?? null, receiverName: receiver?.name ?? null },
      now(ctx),
    ),
    sourcePetitionId: clue.sourcePetitionId,
    sourcePetitionCode: source?.code ?? null,
    sourceActivityId: clue.sourceActivityId,
    accusedCadreId: clue.accusedCadreId,
    outcomeNote: clue.outcomeNote,
    dualInquiryResult: clue.dualInquiryResult,
    dualInquiryNote: clue.dualInquiryNote,
    dualInquiryOn: clue.dualInquiryOn,
    evidence: await evidenceOf(ctx, clue),
    members,
    transfers: await transfersOf(ctx, clue.id),
    reviews,
    notices: notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      dueOn: n.dueOn,
      message: n.message,
      issuedAt: n.issuedAt.toISOString(),
    })),
    timeline: events.map(({ e, actorName }) => ({
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      actorName,
      opinion: e.opinion,
      at: e.at.toISOString(),
    })),
    actions,
    proposedReceiver: canTransfer ? await proposeReceiver(ctx, clue) : null,
    receiverOptions: canTransfer ? await receiverOptions(ctx, clue.jurisdictionId) : [],
    reviewMissing: canTransfer ? await reviewMissing(ctx, clue) : false,
    canEdit:
      ['recorded', 'handedOver'].includes(clue.state) &&
      cluePolicy.canKeepLedger(actor, clue.jurisdictionId),
    actsOnBehalf:
      receiver !== undefined &&
      servedOnPaper(receiver) &&
      ['transferred', 'underSupervision'].includes(clue.state) &&
      cluePolicy.canKeepLedger(actor, clue.jurisdictionId),
  };
}
