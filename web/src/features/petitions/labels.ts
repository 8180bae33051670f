import dayjs from 'dayjs';
import { cstDateString } from '../../lib/chinaDate';
import { translateOr } from '../../i18n';
import type { DeadlineKind, PetitionState, PetitionSummary } from './api/types';

// Labels for the server's codes: a code without a dictionary entry shows as itself.
export const stateLabel = (code: string) => translateOr(`petitions.state.${code}`, code);
export const channelLabel = (code: string) => translateOr(`petitions.channel.${code}`, code);
export const focusLabel = (code: string) => translateOr(`petitions.focus.${code}`, code);
export const disciplineLabel = (code: string) => translateOr(`petitions.discipline.${code}`, code);
export const actionLabel = (code: string) => translateOr(`petitions.action.${code}`, code);
export const answerMethodLabel = (code: string) =>
  translateOr(`petitions.answerMethod.${code}`, code);
export const reviewFlagLabel = (code: string) => translateOr(`petitions.reviewFlag.${code}`, code);
export const reasonLabel = (code: string) => translateOr(`petitions.reason.${code}`, code);
export const deadlineLabel = (code: string) => translateOr(`petitions.deadline.${code}`, code);

export const STATE_COLORS: Record<PetitionState, string> = {
  submitted: 'orange',
  registered: 'default',
  proposed: 'blue',
  approved: 'cyan',
  investigating: 'geekblue',
  reported: 'purple',
  reviewed: 'gold',
  transferred: 'magenta',
  reply_received: 'lime',
  not_accepted: 'volcano',
  answered: 'green',
  archived: 'default',
};

/**
 * Which deadline runs in which state (the same table as the server's deadline scan): none once
 * answered, archived or not accepted.
 */
const RUNNING_DEADLINE: Partial<Record<PetitionState, DeadlineKind>> = {
  registered: 'acceptance',
  proposed: 'acceptance',
  approved: 'conclusion',
  investigating: 'conclusion',
  reported: 'conclusion',
  reviewed: 'conclusion',
  transferred: 'transfer_reply',
};

export interface RunningDeadline {
  kind: DeadlineKind;
  dueOn: string;
  /** Negative once overdue. */
  daysLeft: number;
}

/** The deadline that runs now for a petition, with days left counted from `today`. */
export function runningDeadline(
  p: Pick<PetitionSummary, 'state' | 'acceptanceDueOn' | 'conclusionDueOn'> & {
    transferDueOn?: string | null;
  },
  today = cstDateString(),
): RunningDeadline | null {
  const kind = RUNNING_DEADLINE[p.state];
  if (!kind) return null;
  const dueOn =
    kind === 'acceptance'
      ? p.acceptanceDueOn
      : kind === 'conclusion'
        ? p.conclusionDueOn
        : (p.transferDueOn ?? null);
  if (!dueOn) return null;
  return { kind, dueOn, daysLeft: dayjs(dueOn).diff(dayjs(today), 'day') };
}
