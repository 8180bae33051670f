import { translateOr } from '../../i18n';
import type { ItemState, ItemView, PlanState } from './api/types';

// Labels for the server's codes: the texts live in the dictionaries (zh-CN: 起草中/待审批/整改中…);
// a code without an entry shows as itself.
export const planStateLabel = (code: string) =>
  translateOr(`rectification.planState.${code}`, code);
export const itemStateLabel = (code: string) =>
  translateOr(`rectification.itemState.${code}`, code);
export const planActionLabel = (code: string) =>
  translateOr(`rectification.planAction.${code}`, code);
export const itemActionLabel = (code: string) =>
  translateOr(`rectification.itemAction.${code}`, code);
export const escalationLabel = (code: string) =>
  translateOr(`rectification.escalation.${code}`, code);
export const flagLabel = (code: string) => translateOr(`rectification.flag.${code}`, code);
export const scopeLabel = (code: string) => translateOr(`rectification.scope.${code}`, code);
/** Timeline labels: the plan's and the items' steps share one list of names. */
export const stepLabel = (code: string) =>
  translateOr(
    `rectification.planAction.${code}`,
    translateOr(`rectification.itemAction.${code}`, code),
  );
export const anyStateLabel = (code: string) =>
  translateOr(`rectification.planState.${code}`, itemStateLabel(code));

export const PLAN_STATE_COLORS: Record<PlanState, string> = {
  drafting: 'default',
  submitted: 'blue',
  approved: 'orange',
  reported: 'purple',
  closed: 'green',
};

export const ITEM_STATE_COLORS: Record<ItemState, string> = {
  open: 'orange',
  closureRequested: 'blue',
  closed: 'green',
};

export type Deadline = 'red' | 'yellow' | 'green' | 'grey';

/** Days before the deadline an open item turns yellow. */
export const DUE_SOON_DAYS = 7;

/**
 * An item's deadline colour: grey once closed (销号), red when overdue, yellow when due within
 * seven days, green otherwise.
 */
export function deadlineOf(item: Pick<ItemView, 'state' | 'overdue' | 'daysLeft'>): Deadline {
  if (item.state === 'closed') return 'grey';
  if (item.overdue || item.daysLeft < 0) return 'red';
  if (item.daysLeft <= DUE_SOON_DAYS) return 'yellow';
  return 'green';
}

/** The antd Tag colour of a deadline colour. */
export const DEADLINE_TAG: Record<Deadline, string> = {
  red: 'red',
  yellow: 'gold',
  green: 'green',
  grey: 'default',
};

export const checkKindLabel = (code: string) =>
  translateOr(`rectification.check.kind.${code}`, code);
export const checkResultLabel = (code: string) =>
  translateOr(`rectification.check.result.${code}`, code);

/** The plan states in which it can be supervised (the server refuses drafting/submitted: 422). */
export const SUPERVISED_STATES: readonly PlanState[] = ['approved', 'reported', 'closed'];
