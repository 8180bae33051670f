import { eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { conflict, unprocessable } from '../../core/errors.js';
import { applyTransition } from '../../core/workflow/apply-transition.js';
import { clueTransfers, clues, departments } from '../../db/schema/index.js';
import { servedOnPaper } from '../../policies/clue-policy.js';
import { dueDate } from '../calendar/deadlines.js';
import { notify } from '../notifications/notify.js';
import { nextNumber } from '../petitions/next-code.js';
import { getSetting } from '../settings/get-setting.js';
import { clueMachine } from './clue-machine.js';
import { receiverPeople } from './clue-people.js';
import { clueRecord } from './clue-record.js';
import { findVisibleClue } from './find-visible-clue.js';
import { getClue, reviewMissing } from './get-clue.js';
import { movePatch } from './move-clue.js';
import { proposeReceiver, receiverOptions } from './propose-receiver.js';

export interface TransferInput {
  version: number;
  receiverDepartmentId: string;
  changeReason?: string | null;
  feedbackDueOn?: string | null;
  opinion?: string | null;
}

const invalid = (path: string, message: string) => unprocessable(message, [{ path, message }]);

/**
 * `POST /api/clues/:id/transfers` (转账): to the receiver by cadre-management authority, after
 * the collective review when required; a different receiver than proposed needs a reason. The
 * 移交函 gets its number; the receiver is told (or, on paper, the office records its replies).
 */
export async function transferClue(ctx: Ctx, id: string, input: TransferInput) {
  const { actor, clue } = await findVisibleClue(ctx, id);
  const record = await clueRecord(ctx, clue);
  clueMachine.check(actor, record, 'transfer', { ...input });
  if (await reviewMissing(ctx, clue)) throw conflict('移交前须经集体研判并作出“移交处置”的决定');
  const options = await receiverOptions(ctx, clue.jurisdictionId);
  const chosen = options.find((o) => o.departmentId === input.receiverDepartmentId);
  if (!chosen) throw invalid('receiverDepartmentId', '接收单位不存在或不在本辖区及上级');
  const proposal = await proposeReceiver(ctx, clue);
  const changeReason = input.changeReason?.trim() || null;
  if (proposal && proposal.departmentId !== chosen.departmentId && !changeReason)
    throw invalid('changeReason', `所选接收单位与建议（${proposal.name}）不同，请说明理由`);
  const today = cstDate(now(ctx));
  const days = await getSetting(ctx, clue.jurisdictionId, 'clue.feedbackDays');
  const feedbackDueOn =
    input.feedbackDueOn ?? (await dueDate(ctx, clue.jurisdictionId, today, days));
  if (feedbackDueOn <= today) throw invalid('feedbackDueOn', '反馈期限须晚于今天');
  const [dept] = await dbOf(ctx)
    .select()
    .from(departments)
    .where(eq(departments.id, chosen.departmentId));
  await withTransaction(ctx, async (ctx) => {
    const year = Number(today.slice(0, 4));
    const serial = await nextNumber(ctx, clue.jurisdictionId, 'clue_transfer', year);
    const letterNumber = `巡移〔${year}〕${serial}号`;
    await dbOf(ctx)
      .insert(clueTransfers)
      .values({
        clueId: clue.id,
        jurisdictionId: clue.jurisdictionId,
        receiverDepartmentId: chosen.departmentId,
        proposedDepartmentId: proposal?.departmentId ?? null,
        changeReason,
        letterNumber,
        transferredOn: today,
        transferredBy: actor.userId,
        feedbackDueOn,
        onPaper: servedOnPaper(dept!),
        createdAt: now(ctx),
        updatedAt: now(ctx),
      });
    await applyTransition(ctx, {
      machine: clueMachine,
      table: clues,
      record,
      action: 'transfer',
      version: input.version,
      input: { ...input, letterNumber },
      patch: {
        receiverDepartmentId: chosen.departmentId,
        feedbackDueOn,
        ...(await movePatch(ctx, clue, 'transferred')),
      },
    });
    await emitAudit(ctx, {
      action: 'clue.transferred',
      entityType: 'clue',
      entityId: clue.id,
      jurisdictionId: clue.jurisdictionId,
      detail: {
        letterNumber,
        receiverDepartmentId: chosen.departmentId,
        proposedDepartmentId: proposal?.departmentId ?? null,
        changeReason,
      },
    });
    await notify(ctx, await receiverPeople(ctx, clue.jurisdictionId, dept!), {
      kind: 'clue.transferred',
      title: `收到移交的问题线索 ${clue.code}（${letterNumber}），请签收并于 ${feedbackDueOn} 前反馈`,
      link: `/clues/${clue.id}`,
    });
  });
  return getClue(ctx, id, { audit: false });
}

/** `GET /api/clues/:id/transfers`. */
export async function listTransfers(ctx: Ctx, id: string) {
  const detail = await getClue(ctx, id, { audit: false });
  return detail.transfers;
}
