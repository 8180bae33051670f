import { translateOr } from '../../i18n';
import type { ClueAccount, ClueSummary } from './api/types';
import { cstDayOf } from '../../lib/chinaDate';

// Labels for the server's codes: the texts live in the dictionaries (zh-CN: 报账/交账/转账/查账/
// 销账, 信访举报, 谈话函询…); a code without an entry shows as itself. 四个着力, 六大纪律 and cadre
// levels reuse the petitions' and the organization's labels.
export const accountLabel = (code: string) => translateOr(`clues.account.${code}`, code);
export const sourceLabel = (code: string) => translateOr(`clues.source.${code}`, code);
export const stallLabel = (code: string) => translateOr(`clues.stall.${code}`, code);
export const disposalLabel = (code: string) => translateOr(`clues.disposal.${code}`, code);
export const outcomeLabel = (code: string) => translateOr(`clues.outcome.${code}`, code);
export const dualResultLabel = (code: string) => translateOr(`clues.dualResult.${code}`, code);
export const decisionLabel = (code: string) => translateOr(`clues.decision.${code}`, code);
export const noticeKindLabel = (code: string) => translateOr(`clues.noticeKind.${code}`, code);
export const actionLabel = (code: string) => translateOr(`clues.action.${code}`, code);
export const cadreLevelLabel = (code: string) => translateOr(`org.cadreLevel.${code}`, code);
export const departmentKindLabel = (code: string) =>
  translateOr(`org.departmentKind.${code}`, code);
export { disciplineLabel, focusLabel } from '../petitions/labels';

export const ACCOUNT_COLORS: Record<ClueAccount, string> = {
  recorded: 'default',
  handedOver: 'blue',
  transferred: 'purple',
  underSupervision: 'orange',
  closed: 'green',
};

/** When the clue reached each account (报账 is its registration). */
export function reachedAt(clue: ClueSummary, account: ClueAccount): string | null {
  switch (account) {
    case 'recorded':
      return clue.createdAt;
    case 'handedOver':
      return clue.handedOverAt;
    case 'transferred':
      return clue.transferredAt;
    case 'underSupervision':
      return clue.supervisedAt;
    case 'closed':
      return clue.closedAt;
  }
}

export type Aging = 'green' | 'gold' | 'red';

/** Days in an account before it turns gold, then red. */
export const AGING_GOLD_DAYS = 30;
export const AGING_RED_DAYS = 60;

/**
 * How long the clue has sat in its current account: green under 30 days, gold under 60, red
 * from 60 days or whenever it is 挂账/呆账. A closed clue no longer ages (null).
 */
export function agingOf(clue: Pick<ClueSummary, 'account' | 'ageDays' | 'stall'>): Aging | null {
  if (clue.account === 'closed') return null;
  if (clue.stall || clue.ageDays >= AGING_RED_DAYS) return 'red';
  if (clue.ageDays >= AGING_GOLD_DAYS) return 'gold';
  return 'green';
}

/** An ISO instant or date as the local calendar day. */
/** The China calendar day an account was reached (the server's days are China's). */
export const dayOf = (value: string | null | undefined) => (value ? cstDayOf(value) : null);

/** 单位职务: the accused's unit and position in one line. */
export const unitPositionLine = (c: Pick<ClueSummary, 'accusedUnitName' | 'accusedPosition'>) =>
  [c.accusedUnitName, c.accusedPosition].filter(Boolean).join(' · ') || '—';
