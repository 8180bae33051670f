import { cstDate } from '../../core/calendar.js';
import type { ClueRow } from './find-visible-clue.js';

const DAY = 86_400_000;

/** The ledger row as the API shows it (names joined by the caller). */
export function presentClueSummary(
  c: ClueRow,
  names: { roundName: string | null; receiverName: string | null },
  at: Date,
) {
  return {
    id: c.id,
    jurisdictionId: c.jurisdictionId,
    code: c.code,
    source: c.source,
    roundId: c.roundId,
    roundName: names.roundName,
    accusedName: c.accusedName,
    accusedPosition: c.accusedPosition,
    accusedUnitId: c.accusedUnitId,
    accusedUnitName: c.accusedUnitName,
    accusedCadreLevel: c.accusedCadreLevel,
    focus: c.focus,
    disciplines: c.disciplines,
    description: c.description,
    confidential: c.confidential,
    prioritized: c.prioritized,
    account: c.state,
    accountSince: c.accountSince.toISOString(),
    accountDueOn: c.accountDueOn,
    ageDays: Math.max(0, Math.floor((at.getTime() - c.accountSince.getTime()) / DAY)),
    stall: c.stall,
    createdAt: c.createdAt.toISOString(),
    handedOverAt: c.handedOverAt?.toISOString() ?? null,
    transferredAt: c.transferredAt?.toISOString() ?? null,
    supervisedAt: c.supervisedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    receiverDepartmentId: c.receiverDepartmentId,
    receiverName: names.receiverName,
    feedbackDueOn: c.feedbackDueOn,
    disposal: c.disposal,
    disposalOn: c.disposalOn,
    reviewDueOn: c.reviewDueOn,
    outcome: c.outcome,
    outcomeOn: c.outcomeOn,
    falseAccusation: c.falseAccusation,
    version: c.version,
  };
}

/** 暂存待查 whose review date has come (today in China time). */
export function reviewIsDue(c: Pick<ClueRow, 'disposal' | 'reviewDueOn' | 'state'>, at: Date) {
  return (
    c.state === 'underSupervision' &&
    c.disposal === 'shelved' &&
    c.reviewDueOn !== null &&
    c.reviewDueOn <= cstDate(at)
  );
}
