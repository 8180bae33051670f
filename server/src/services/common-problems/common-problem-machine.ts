import type { Actor } from '../../core/context.js';
import { itemStates, type ItemState } from '../../core/rectification-vocabulary.js';
import { defineMachine } from '../../core/workflow/machine.js';
import { commonProblemPolicy } from '../../policies/common-problem-policy.js';

export interface CommonProblemRecord {
  state: ItemState;
  jurisdictionId: string;
  leadUnitId: string;
  cooperatingUnitIds: string[];
}

const office = (actor: Actor, r: CommonProblemRecord) =>
  commonProblemPolicy.canSupervise(actor, r.jurisdictionId);

/** The lead or a cooperating unit (or the office on their behalf) reports progress. */
const takingPart = (actor: Actor, r: CommonProblemRecord) =>
  office(actor, r) || commonProblemPolicy.isTakingPart(actor, r)
    ? null
    : '只有牵头单位、配合单位的联络员（或巡察办）可以报告进展';

/** Only the lead unit (牵头单位) answers for the whole task and asks for its closure. */
const leading = (actor: Actor, r: CommonProblemRecord) =>
  office(actor, r) || commonProblemPolicy.isLeadUnit(actor, r)
    ? null
    : '只有牵头单位的联络员（或巡察办）可以申请销号';

const unitRoles = ['unit_liaison', 'office_admin'] as const;

/**
 * 共性问题 (三位一体): the units report progress with evidence, the lead unit requests closure
 * (never without evidence), the office supervises (督办意见) and closes it or sends it back.
 */
export const commonProblemMachine = defineMachine<
  ItemState,
  'report_progress' | 'request_closure' | 'supervise' | 'close' | 'reject',
  CommonProblemRecord
>({
  name: 'common_problem',
  states: itemStates,
  initial: 'open',
  transitions: {
    report_progress: {
      from: ['open'],
      to: 'open',
      roles: unitRoles,
      requires: ['opinion'],
      guard: takingPart,
    },
    request_closure: {
      from: ['open'],
      to: 'closureRequested',
      roles: unitRoles,
      requires: ['opinion'],
      guard: leading,
    },
    supervise: { from: ['open'], to: 'open', roles: ['office_admin'], requires: ['opinion'] },
    close: {
      from: ['closureRequested'],
      to: 'closed',
      roles: ['office_admin'],
      requires: ['opinion'],
    },
    reject: {
      from: ['closureRequested'],
      to: 'open',
      roles: ['office_admin'],
      requires: ['opinion'],
    },
  },
});

export type CommonProblemAction = keyof typeof commonProblemMachine.def.transitions;
