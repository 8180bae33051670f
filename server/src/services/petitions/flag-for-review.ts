import { emitAudit } from '../../core/audit/emit-audit.js';
import { now, withTransaction, type Ctx } from '../../core/context.js';
import { conflict, forbidden, unprocessable } from '../../core/errors.js';
import type { reviewFlags } from '../../core/petition-vocabulary.js';
import { updateVersioned } from '../../core/versioned-update.js';
import { petitions } from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { findVisiblePetition } from './find-visible-petition.js';
import { getPetition } from './list-petitions.js';

export interface FlagForReviewInput {
  flag: (typeof reviewFlags)[number] | null;
  note: string;
  version: number;
}

/**
 * Review of the unit's own closed petitions (source §3): the office or a leader flags a petition
 * that was answered or archived as 偏轻偏软 / 程序不当 / 避重就轻; flagged ones are listed for
 * follow-up (`GET /api/petitions?flagged=true`). Clearing the flag records how it was followed up.
 */
export async function flagPetitionForReview(ctx: Ctx, id: string, input: FlagForReviewInput) {
  const { actor, petition } = await findVisiblePetition(ctx, id);
  if (!petitionPolicy.canFlagForReview(actor, petition.jurisdictionId))
    throw forbidden('只有巡察办或领导可以复查已办结的信访件');
  if (petition.state !== 'answered' && petition.state !== 'archived')
    throw conflict('只能复查已答复或已归档的信访件');
  const note = input.note.trim();
  if (!note) throw unprocessable('请填写复查意见', [{ path: 'note', message: '请填写复查意见' }]);
  if (input.flag === null && !petition.reviewFlag) throw conflict('该信访件没有复查标记');
  await withTransaction(ctx, async (ctx) => {
    await updateVersioned(ctx, petitions, petition.id, input.version, {
      reviewFlag: input.flag,
      reviewNote: note,
      reviewFlaggedBy: actor.userId,
      reviewFlaggedAt: now(ctx),
    });
    await emitAudit(ctx, {
      action: 'petition.review_flagged',
      entityType: 'petition',
      entityId: petition.id,
      jurisdictionId: petition.jurisdictionId,
      detail: { flag: input.flag, previous: petition.reviewFlag, note },
    });
  });
  return getPetition(ctx, id);
}
