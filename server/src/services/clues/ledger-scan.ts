import { scheduleScan } from '../../core/jobs/scheduled-scan.js';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { addCalendarDays, cstDate } from '../../core/calendar.js';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type AppDeps, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { clueNotices, clues, departments } from '../../db/schema/index.js';
import { coveredJurisdictions } from '../../policies/checks.js';
import { ledgerKeepers } from '../../policies/clue-policy.js';
import { notify } from '../notifications/notify.js';
import { getSetting } from '../settings/get-setting.js';
import { officeOf, receiverPeople } from './clue-people.js';
import type { ClueRow } from './find-visible-clue.js';

export const CLUE_LEDGER_QUEUE = 'clue-ledger';

type NoticeKind = (typeof clueNotices.$inferInsert)['kind'];

const accountLabel = {
  recorded: '报账',
  handedOver: '交账',
  transferred: '转账',
  underSupervision: '查账',
  closed: '销账',
} as const;

export interface ScanResult {
  pendingAccount: number;
  deadAccount: number;
  supervision: number;
  shelvedReview: number;
}

/** One notice per clue, kind and date; true when it is new (then people are told). */
async function issue(
  ctx: Ctx,
  clue: ClueRow,
  kind: NoticeKind,
  dueOn: string,
  message: string,
  departmentId: string | null,
): Promise<boolean> {
  const inserted = await dbOf(ctx)
    .insert(clueNotices)
    .values({ clueId: clue.id, kind, dueOn, departmentId, message, issuedAt: now(ctx) })
    .onConflictDoNothing()
    .returning({ id: clueNotices.id });
  return inserted.length > 0;
}

/** The owner of the clue's current step, and the office it escalates to. */
async function peopleFor(ctx: Ctx, clue: ClueRow) {
  const office = await officeOf(ctx, clue.jurisdictionId);
  if (clue.state === 'transferred' || clue.state === 'underSupervision') {
    const [dept] = clue.receiverDepartmentId
      ? await dbOf(ctx)
          .select()
          .from(departments)
          .where(eq(departments.id, clue.receiverDepartmentId))
      : [];
    return { owner: await receiverPeople(ctx, clue.jurisdictionId, dept ?? null), office };
  }
  return { owner: clue.createdBy ? [clue.createdBy] : [], office };
}

/**
 * 避免挂账、呆账 (issue: clue ledger, point 6): flags clues past their account's deadline (挂账)
 * and without movement for `clue.deadAccountDays` (呆账), reminds the owner and escalates to the
 * office; issues a 督办 notice to a receiver whose feedback is overdue; brings 暂存待查 clues back
 * for review. Idempotent: each notice once per clue, kind and date. Returns what is flagged now.
 */
export async function scanClueLedger(ctx: Ctx, jurisdictionIds?: string[]): Promise<ScanResult> {
  const at = now(ctx);
  const today = cstDate(at);
  const open = await dbOf(ctx)
    .select()
    .from(clues)
    .where(
      and(
        ne(clues.state, 'closed'),
        jurisdictionIds ? inArray(clues.jurisdictionId, jurisdictionIds) : undefined,
      ),
    );
  const result: ScanResult = {
    pendingAccount: 0,
    deadAccount: 0,
    supervision: 0,
    shelvedReview: 0,
  };
  const deadDays = new Map<string, number>();
  for (const clue of open) {
    let days = deadDays.get(clue.jurisdictionId);
    if (days === undefined) {
      days = await getSetting(ctx, clue.jurisdictionId, 'clue.deadAccountDays');
      deadDays.set(clue.jurisdictionId, days);
    }
    const lastMoved = cstDate(clue.lastMovedAt);
    // A shelved clue rests until its review date: no 呆账, no 督办 before then.
    const resting =
      clue.disposal === 'shelved' && clue.reviewDueOn !== null && clue.reviewDueOn > today;
    const stall =
      !resting && addCalendarDays(lastMoved, days) < today
        ? 'deadAccount'
        : clue.accountDueOn && clue.accountDueOn < today
          ? 'pendingAccount'
          : null;
    const supervision =
      clue.disposal !== 'shelved' &&
      (clue.state === 'transferred' || clue.state === 'underSupervision') &&
      clue.feedbackDueOn !== null &&
      clue.feedbackDueOn < today;
    const review =
      clue.state === 'underSupervision' &&
      clue.disposal === 'shelved' &&
      clue.reviewDueOn !== null &&
      clue.reviewDueOn <= today;
    if (stall) result[stall] += 1;
    if (supervision) result.supervision += 1;
    if (review) result.shelvedReview += 1;
    if (!stall && !supervision && !review && clue.stall === null) continue;
    await withTransaction(ctx, async (ctx) => {
      if (stall !== clue.stall)
        await dbOf(ctx).update(clues).set({ stall }).where(eq(clues.id, clue.id));
      const people = await peopleFor(ctx, clue);
      const label = accountLabel[clue.state];
      if (stall === 'pendingAccount') {
        const message = `问题线索 ${clue.code} 在“${label}”环节超过期限（${clue.accountDueOn}），已挂账`;
        if (await issue(ctx, clue, 'pendingAccount', clue.accountDueOn!, message, null))
          await notify(ctx, [...people.owner, ...people.office], {
            kind: 'clue.pending_account',
            title: message,
            link: `/clues/${clue.id}`,
          });
      }
      if (stall === 'deadAccount') {
        const message = `问题线索 ${clue.code} 自 ${lastMoved} 起超过 ${days} 天无进展，已列为呆账`;
        if (await issue(ctx, clue, 'deadAccount', lastMoved, message, null))
          await notify(ctx, [...people.owner, ...people.office], {
            kind: 'clue.dead_account',
            title: message,
            link: `/clues/${clue.id}`,
          });
      }
      if (supervision) {
        const message = `督办：问题线索 ${clue.code} 的办理结果应于 ${clue.feedbackDueOn} 前反馈，现已逾期，请尽快反馈`;
        if (
          await issue(
            ctx,
            clue,
            'supervision',
            clue.feedbackDueOn!,
            message,
            clue.receiverDepartmentId,
          )
        )
          await notify(ctx, [...people.owner, ...people.office], {
            kind: 'clue.supervision',
            title: message,
            link: `/clues/${clue.id}`,
          });
      }
      if (review) {
        const message = `问题线索 ${clue.code} 暂存待查已到复查日期（${clue.reviewDueOn}），请复查并报告处置意见`;
        if (
          await issue(
            ctx,
            clue,
            'shelvedReview',
            clue.reviewDueOn!,
            message,
            clue.receiverDepartmentId,
          )
        )
          await notify(ctx, [...people.owner, ...people.office], {
            kind: 'clue.shelved_review',
            title: message,
            link: `/clues/${clue.id}`,
          });
      }
    });
  }
  return result;
}

/** `POST /api/clues/ledger-scan`: the office runs the check now for its jurisdictions. */
export async function scanLedgerNow(ctx: Ctx): Promise<ScanResult> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const ids = coveredJurisdictions(actor, ledgerKeepers);
  if (ids.length === 0) throw forbidden('只有巡察办可以执行台账检查');
  const result = await scanClueLedger(ctx, ids);
  await withTransaction(ctx, (ctx) =>
    emitAudit(ctx, {
      action: 'clue.ledger_scanned',
      entityType: 'clue',
      jurisdictionId: actor.jurisdictionId,
      detail: { ...result },
    }),
  );
  return result;
}

/** Scans the ledger every hour. */
export const startClueLedgerJob = (deps: AppDeps) =>
  scheduleScan(deps, CLUE_LEDGER_QUEUE, '15 * * * *', (ctx) => scanClueLedger(ctx));
