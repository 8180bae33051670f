import { roundStages } from '../../core/round-vocabulary.js';
import { defineMachine, holdsRoleFor } from '../../core/workflow/machine.js';
import { teamIds } from '../../policies/checks.js';

type RoundState = (typeof roundStages)[number];

export interface RoundRecord {
  state: RoundState;
  jurisdictionId: string;
  /** Teams assigned to the round's targets (a team leader acts only on their own round). */
  teamIds: string[];
}

const ownTeamLeader = (actor: Parameters<typeof teamIds>[0], r: RoundRecord) =>
  holdsRoleFor(actor, ['office_admin'], r.jurisdictionId) ||
  teamIds(actor).some((id) => r.teamIds.includes(id))
    ? null
    : '只有本轮巡察组组长可以操作';

/**
 * The six stages (DOMAIN.md §3.1): 准备 → 了解 → 报告 → 反馈 → 整改督查 → 立卷归案. Each step
 * has a gate (services/rounds/round-gates.ts) that says what is still missing.
 */
export const roundMachine = defineMachine<
  RoundState,
  | 'start_on_site'
  | 'submit_report'
  | 'return_report'
  | 'approve_report'
  | 'deliver_feedback'
  | 'archive',
  RoundRecord
>({
  name: 'round',
  states: roundStages,
  initial: 'preparation',
  transitions: {
    start_on_site: { from: ['preparation'], to: 'on_site', roles: ['office_admin'] },
    submit_report: {
      from: ['on_site'],
      to: 'reporting',
      roles: ['office_admin', 'team_leader'],
      guard: ownTeamLeader,
    },
    return_report: {
      from: ['reporting'],
      to: 'on_site',
      roles: ['leading_group'],
      requires: ['opinion'],
    },
    approve_report: {
      from: ['reporting'],
      to: 'feedback',
      roles: ['leading_group'],
      requires: ['opinion'],
    },
    deliver_feedback: {
      from: ['feedback'],
      to: 'rectification',
      roles: ['office_admin', 'team_leader'],
      guard: ownTeamLeader,
    },
    archive: { from: ['rectification'], to: 'archived', roles: ['office_admin'] },
  },
});

export type RoundAction = keyof typeof roundMachine.def.transitions;
