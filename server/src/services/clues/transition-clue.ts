import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { addMonths, cstDate } from '../../core/calendar.js';
import type { ClueDisposal, ClueOutcome } from '../../core/clue-vocabulary.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { DomainError, unprocessable } from '../../core/errors.js';
import { applyTransition } from '../../core/workflow/apply-transition.js';
import { clueTransfers, clues, integrityRecords, storedFiles } from '../../db/schema/index.js';
import { servedOnPaper } from '../../policies/clue-policy.js';
import { notify } from '../notifications/notify.js';
import { getSetting } from '../settings/get-setting.js';
import { clueMachine } from './clue-machine.js';
import { officeOf } from './clue-people.js';
import { clueRecord } from './clue-record.js';
import { findVisibleClue, type ClueRow } from './find-visible-clue.js';
import { getClue } from './get-clue.js';
import { movePatch } from './move-clue.js';

export interface ClueTransitionInput {
  action: string;
  version: number;
  opinion?: string | null;
  disposal?: ClueDisposal | null;
  disposalOn?: string | null;
  outcome?: ClueOutcome | null;
  outcomeOn?: string | null;
  outcomeNote?: string | null;
  falseAccusation?: boolean | null;
  dualInquiryResult?: 'accountable' | 'notAccountable' | null;
  dualInquiryNote?: string | null;
  dualInquiryOn?: string | null;
  fileIds?: string[] | null;
}

const invalid = (path: string, message: string) => unprocessable(message, [{ path, message }]);

/** A date the receiver reports: not in the future, not before the clue was transferred. */
function checkReportedDate(
  path: string,
  value: string | null | undefined,
  clue: ClueRow,
  today: string,
) {
  if (!value) return;
  if (value > today) throw invalid(path, '日期不能晚于今天');
  const transferred = clue.transferredAt ? cstDate(clue.transferredAt) : null;
  if (transferred && value < transferred) throw invalid(path, '日期不能早于移交日期');
}

/** Scans the office attaches for a paper receiver: its own uploads, at least one. */
async function scansOf(ctx: Ctx, clue: ClueRow, onBehalf: boolean, fileIds: readonly string[]) {
  const ids = [...new Set(fileIds)];
  if (onBehalf && ids.length === 0)
    throw invalid('fileIds', '接收单位为纸质送达，请上传其书面回复的扫描件');
  if (ids.length === 0) return [];
  const own = await dbOf(ctx)
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(and(inArray(storedFiles.id, ids), eq(storedFiles.uploadedBy, ctx.actor!.userId)));
  if (own.length !== ids.length) throw invalid('fileIds', '附件不存在');
  return ids.filter((id) => !clue.fileIds.includes(id));
}

/** The columns an action sets besides the account, after checking its own fields. */
async function patchFor(ctx: Ctx, clue: ClueRow, input: ClueTransitionInput) {
  const today = cstDate(now(ctx));
  switch (input.action) {
    case 'report_disposal': {
      checkReportedDate('disposalOn', input.disposalOn, clue, today);
      const months = await getSetting(ctx, clue.jurisdictionId, 'clue.shelvedReviewMonths');
      const reviewDueOn =
        input.disposal === 'shelved' ? addMonths(input.disposalOn!, months) : null;
      return {
        disposal: input.disposal!,
        disposalOn: input.disposalOn!,
        // 暂存待查 comes back for review on schedule: until then its deadline is the review date
        // (not the feedback date), so a shelved clue is neither 挂账 nor 督办 before it is due.
        reviewDueOn,
        accountDueOn: reviewDueOn ?? clue.feedbackDueOn,
      };
    }
    case 'record_dual_inquiry':
      checkReportedDate('dualInquiryOn', input.dualInquiryOn, clue, today);
      return {
        dualInquiryResult: input.dualInquiryResult!,
        dualInquiryNote: input.dualInquiryNote!.trim(),
        dualInquiryOn: input.dualInquiryOn ?? today,
      };
    case 'close':
      checkReportedDate('outcomeOn', input.outcomeOn, clue, today);
      if (input.falseAccusation && input.outcome !== 'clearance')
        throw invalid('falseAccusation', '只有澄清正名的线索可以认定为诬告');
      return {
        outcome: input.outcome!,
        outcomeOn: input.outcomeOn!,
        outcomeNote: input.outcomeNote?.trim() || null,
        falseAccusation: input.falseAccusation === true,
        reviewDueOn: null,
      };
    default:
      return {};
  }
}

/** 销账 writes what the outcome says about the accused into their integrity record (廉政档案). */
async function writeIntegrityRecord(ctx: Ctx, clue: ClueRow, input: ClueTransitionInput) {
  if (!clue.accusedName && !clue.accusedCadreId) return;
  await dbOf(ctx)
    .insert(integrityRecords)
    .values({
      jurisdictionId: clue.jurisdictionId,
      cadreId: clue.accusedCadreId,
      personName: clue.accusedName,
      unitId: clue.accusedUnitId,
      unitName: clue.accusedUnitName,
      position: clue.accusedPosition,
      clueId: clue.id,
      outcome: input.outcome!,
      falseAccusation: input.falseAccusation === true,
      recordedOn: input.outcomeOn!,
      note: input.outcomeNote?.trim() || null,
      createdAt: now(ctx),
    });
}

/**
 * `POST /api/clues/:id/transitions`: 交账, 签收, 处置方式, 一案双查, 销账. The machine checks
 * account, role and receiver (409 / 403); the action's own fields are checked next (422).
 */
export async function transitionClue(ctx: Ctx, id: string, input: ClueTransitionInput) {
  const { actor, clue } = await findVisibleClue(ctx, id);
  if (input.action === 'transfer')
    throw new DomainError('validation', '移交请使用“移交”功能（/api/clues/:id/transfers）', {
      errors: [{ path: 'action', message: '请通过移交接口办理' }],
    });
  const record = await clueRecord(ctx, clue);
  const to = clueMachine.check(actor, record, input.action, { ...input });
  const patch = await patchFor(ctx, clue, input);
  const onBehalf = record.receiver !== null && servedOnPaper(record.receiver);
  const receiverStep = input.action !== 'hand_over';
  const scans = receiverStep ? await scansOf(ctx, clue, onBehalf, input.fileIds ?? []) : [];
  await withTransaction(ctx, async (ctx) => {
    await applyTransition(ctx, {
      machine: clueMachine,
      table: clues,
      record,
      action: input.action,
      version: input.version,
      input: { ...input, onBehalf: receiverStep && onBehalf },
      patch: {
        ...(await movePatch(ctx, clue, to, clue.feedbackDueOn)),
        ...patch,
        ...(scans.length
          ? { fileIds: sql`${clues.fileIds} || ${`{${scans.join(',')}}`}::uuid[]` }
          : {}),
      },
    });
    if (input.action === 'acknowledge') {
      const [latest] = await dbOf(ctx)
        .select({ id: clueTransfers.id })
        .from(clueTransfers)
        .where(and(eq(clueTransfers.clueId, clue.id), isNull(clueTransfers.acknowledgedAt)))
        .orderBy(desc(clueTransfers.createdAt))
        .limit(1);
      if (latest)
        await dbOf(ctx)
          .update(clueTransfers)
          .set({ acknowledgedAt: now(ctx), acknowledgedBy: actor.userId, updatedAt: now(ctx) })
          .where(eq(clueTransfers.id, latest.id));
    }
    if (input.action === 'close') {
      await writeIntegrityRecord(ctx, clue, input);
      await notify(ctx, await officeOf(ctx, clue.jurisdictionId), {
        kind: 'clue.closed',
        title: `问题线索 ${clue.code} 已销账`,
        link: `/clues/${clue.id}`,
      });
    }
  });
  return getClue(ctx, id, { audit: false });
}
