import type { Actor } from '../../core/context.js';
import {
  itemStates,
  planStates,
  type ItemState,
  type PlanState,
} from '../../core/rectification-vocabulary.js';
import { defineMachine } from '../../core/workflow/machine.js';
import { rectificationPolicy } from '../../policies/rectification-policy.js';

export interface PlanRecord {
  state: PlanState;
  jurisdictionId: string;
  unitId: string;
}

export interface ItemRecord {
  state: ItemState;
  jurisdictionId: string;
  unitId: string;
  planState: PlanState;
}

const forUnit = (actor: Actor, r: { jurisdictionId: string; unitId: string }) =>
  rectificationPolicy.canActForUnit(actor, r) ? null : '只有被巡察单位的联络员（或巡察办）可以办理';

const unitOnApprovedPlan = (actor: Actor, r: ItemRecord) =>
  forUnit(actor, r) ?? (r.planState === 'approved' ? null : '整改方案尚未批准');

const unitRoles = ['unit_liaison', 'office_admin'] as const;

/** 整改方案: the unit drafts and submits; the office approves or returns it with an opinion. */
export const planMachine = defineMachine<
  PlanState,
  'submit' | 'approve' | 'return' | 'submit_report' | 'accept' | 'return_report',
  PlanRecord
>({
  name: 'rectification_plan',
  states: planStates,
  initial: 'drafting',
  transitions: {
    submit: { from: ['drafting'], to: 'submitted', roles: unitRoles, guard: forUnit },
    approve: {
      from: ['submitted'],
      to: 'approved',
      roles: ['office_admin'],
      requires: ['opinion'],
    },
    return: { from: ['submitted'], to: 'drafting', roles: ['office_admin'], requires: ['opinion'] },
    // The report with the secretary's valid signature (checked by the service).
    submit_report: { from: ['approved'], to: 'reported', roles: unitRoles, guard: forUnit },
    accept: { from: ['reported'], to: 'closed', roles: ['office_admin'], requires: ['opinion'] },
    return_report: {
      from: ['reported'],
      to: 'approved',
      roles: ['office_admin'],
      requires: ['opinion'],
    },
  },
});

/**
 * 整改事项 (逐项解决、逐一销号): progress with evidence; the unit requests closure (never without
 * evidence); the office closes it or sends it back with the reason.
 */
export const itemMachine = defineMachine<
  ItemState,
  'report_progress' | 'request_closure' | 'close' | 'reject',
  ItemRecord
>({
  name: 'rectification_item',
  states: itemStates,
  initial: 'open',
  transitions: {
    report_progress: {
      from: ['open'],
      to: 'open',
      roles: unitRoles,
      requires: ['opinion'],
      guard: unitOnApprovedPlan,
    },
    request_closure: {
      from: ['open'],
      to: 'closureRequested',
      roles: unitRoles,
      requires: ['opinion'],
      guard: unitOnApprovedPlan,
    },
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

export type PlanAction = keyof typeof planMachine.def.transitions;
export type ItemAction = keyof typeof itemMachine.def.transitions;
