import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor, Ctx } from '../../core/context.js';
import { dbOf } from '../../core/context.js';
import {
  petitionAccused,
  petitionAttachments,
  storedFiles,
  workflowEvents,
  users,
} from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { activeGrant } from './access-requests.js';
import { petitionMachine } from './petition-machine.js';
import { repeatCountsOf } from './repeat-counts.js';
import type { PetitionRow } from './petition-types.js';

/** The list form: masked identity only, never the sealed identity or hashes. */
export function petitionSummary(row: PetitionRow, actor: Actor) {
  return {
    id: row.id,
    code: row.code,
    jurisdictionId: row.jurisdictionId,
    channel: row.channel,
    receivedOn: row.receivedOn,
    anonymous: row.anonymous,
    petitionerName: row.petitionerNameMasked,
    petitionerPhone: row.petitionerPhoneMasked,
    idNumberProblem: row.idNumberProblem,
    phoneProblem: row.phoneProblem,
    focus: row.focus,
    disciplines: row.disciplines,
    summary: row.summary,
    state: row.state,
    handlerId: row.handlerId,
    acceptanceDueOn: row.acceptanceDueOn,
    conclusionDueOn: row.conclusionDueOn,
    caseGroupId: row.caseGroupId,
    reviewFlag: row.reviewFlag,
    version: row.version,
    actions: petitionMachine.available(actor, row),
  };
}

export type PetitionSummary = ReturnType<typeof petitionSummary>;

/** The detail form: the list form plus content, accused, attachments and the step timeline. */
export async function petitionDetail(ctx: Ctx, row: PetitionRow, actor: Actor) {
  const db = dbOf(ctx);
  const accused = await db
    .select()
    .from(petitionAccused)
    .where(eq(petitionAccused.petitionId, row.id));
  const files = await db
    .select({
      id: storedFiles.id,
      name: storedFiles.name,
      mimeType: storedFiles.mimeType,
      size: storedFiles.size,
      sha256: storedFiles.sha256,
    })
    .from(petitionAttachments)
    .innerJoin(storedFiles, eq(storedFiles.id, petitionAttachments.fileId))
    .where(eq(petitionAttachments.petitionId, row.id));
  const events = await db
    .select({
      action: workflowEvents.action,
      fromState: workflowEvents.fromState,
      toState: workflowEvents.toState,
      opinion: workflowEvents.opinion,
      at: workflowEvents.at,
      actorId: workflowEvents.actorId,
    })
    .from(workflowEvents)
    .where(eq(workflowEvents.entityId, row.id))
    .orderBy(asc(workflowEvents.at));
  const actorIds = [
    ...new Set([
      ...events.flatMap((e) => (e.actorId ? [e.actorId] : [])),
      ...(row.handlerId ? [row.handlerId] : []),
    ]),
  ];
  const names = actorIds.length
    ? await db
        .select({ id: users.id, name: users.displayName })
        .from(users)
        .where(inArray(users.id, actorIds))
    : [];
  const repeats = await repeatCountsOf(ctx, actor, accused);
  const identityGrant = await activeGrant(ctx, row.id, 'identity');
  const copyGrant = await activeGrant(ctx, row.id, 'copy');
  const closed = row.state === 'answered' || row.state === 'archived';
  return {
    ...petitionSummary(row, actor),
    handlerName: names.find((n) => n.id === row.handlerId)?.name ?? null,
    roundId: row.roundId,
    sourceDepartmentId: row.sourceDepartmentId,
    sourceReference: row.sourceReference,
    content: row.content,
    handlingDepartmentId: row.handlingDepartmentId,
    transferDepartmentId: row.transferDepartmentId,
    transferDueOn: row.transferDueOn,
    acceptedOn: row.acceptedOn,
    extensionDays: row.extensionDays,
    notAcceptedReason: row.notAcceptedReason,
    answer: row.answerMethod
      ? { method: row.answerMethod, answeredOn: row.answeredOn, content: row.answerContent }
      : null,
    reviewNote: row.reviewNote,
    reviewFlaggedAt: row.reviewFlaggedAt?.toISOString() ?? null,
    clueIds: row.clueIds,
    accused: accused.map((a, i) => ({
      kind: a.kind,
      name: a.name,
      position: a.position,
      unitId: a.unitId,
      unitName: a.unitName,
      repeatCount: repeats[i] ?? 0,
    })),
    attachments: files,
    grants: {
      identityExpiresAt: identityGrant?.expiresAt?.toISOString() ?? null,
      copyExpiresAt: copyGrant?.expiresAt?.toISOString() ?? null,
    },
    can: {
      link: petitionPolicy.canLink(actor, row.jurisdictionId),
      flag: closed && petitionPolicy.canFlagForReview(actor, row.jurisdictionId),
      spawnClue: petitionPolicy.canRaiseClue(actor, row.jurisdictionId),
      upload: petitionPolicy.canUpload(actor, row),
      requestIdentity:
        !!row.identityCipher && !identityGrant && petitionPolicy.canRequestAccess(actor),
      requestCopy: !copyGrant && petitionPolicy.canRequestAccess(actor),
      revealIdentity: !!row.identityCipher && !!identityGrant,
      download: !!copyGrant,
    },
    timeline: events.map((e) => ({
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      opinion: e.opinion,
      at: e.at.toISOString(),
      actorName: names.find((n) => n.id === e.actorId)?.name ?? null,
    })),
  };
}
