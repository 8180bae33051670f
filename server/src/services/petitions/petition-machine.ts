import type { PetitionState } from './petition-types.js';
import { defineMachine } from '../../core/workflow/machine.js';
import { petitionStates } from '../../core/petition-vocabulary.js';
import { leaderRoles } from '../../core/roles.js';

export interface PetitionRecord {
  state: PetitionState;
  jurisdictionId: string;
  handlerId: string | null;
  extensionDays: number | null;
  answerMethod: string | null;
}

const handlerOnly = (actor: { userId: string }, p: PetitionRecord) =>
  p.handlerId === actor.userId ? null : '只有承办人可以提交调查报告';

/**
 * 信访件办理 (DOMAIN.md §3.2): (网上举报 待登记 →) 登记 → 拟办 → 阅批 → 调查 → 报告 → 审定 → 答复 → 归档;
 * or 转办 → 回复 → 答复 → 归档; or 不予受理 → 答复 → 归档. Every step carries an opinion.
 */
export const petitionMachine = defineMachine<
  PetitionState,
  | 'register'
  | 'propose'
  | 'approve'
  | 'return'
  | 'assign'
  | 'report'
  | 'review'
  | 'extend'
  | 'transfer'
  | 'receive_reply'
  | 'reject'
  | 'answer'
  | 'archive',
  PetitionRecord
>({
  name: 'petition',
  states: petitionStates,
  initial: 'registered',
  transitions: {
    // A report from the public page, checked and registered by a clerk (登记).
    register: {
      from: ['submitted'],
      to: 'registered',
      roles: ['petition_clerk', 'office_admin'],
      requires: ['opinion'],
    },
    propose: {
      from: ['registered'],
      to: 'proposed',
      roles: ['petition_clerk', 'office_admin'],
      requires: ['opinion'],
    },
    approve: { from: ['proposed'], to: 'approved', roles: leaderRoles, requires: ['opinion'] },
    return: { from: ['proposed'], to: 'registered', roles: leaderRoles, requires: ['opinion'] },
    assign: {
      from: ['approved'],
      to: 'investigating',
      roles: ['office_admin', 'leading_group'],
      requires: ['handlerId'],
    },
    report: {
      from: ['investigating'],
      to: 'reported',
      roles: ['petition_clerk', 'office_admin', 'team_leader', 'team_member'],
      requires: ['opinion'],
      guard: handlerOnly,
    },
    review: { from: ['reported'], to: 'reviewed', roles: leaderRoles, requires: ['opinion'] },
    extend: {
      from: ['investigating'],
      to: 'investigating',
      roles: leaderRoles,
      requires: ['opinion', 'extensionDays'],
      guard: (_actor, p) => (p.extensionDays === null ? null : '办理期限只能延长一次'),
    },
    transfer: {
      from: ['approved'],
      to: 'transferred',
      roles: ['petition_clerk', 'office_admin'],
      requires: ['transferDepartmentId', 'transferDueOn'],
    },
    receive_reply: {
      from: ['transferred'],
      to: 'reply_received',
      roles: ['petition_clerk', 'office_admin', 'discipline', 'organization'],
      requires: ['opinion'],
    },
    reject: {
      from: ['registered', 'proposed', 'approved'],
      to: 'not_accepted',
      roles: leaderRoles,
      requires: ['opinion'],
    },
    answer: {
      from: ['reviewed', 'reply_received', 'not_accepted'],
      to: 'answered',
      roles: ['petition_clerk', 'office_admin'],
      requires: ['answerMethod', 'answeredOn', 'answerContent'],
    },
    archive: {
      from: ['answered'],
      to: 'archived',
      roles: ['petition_clerk', 'office_admin'],
      // 件件有着落、事事有回音: never archive without the answer to the petitioner.
      guard: (_actor, p) => (p.answerMethod ? null : '未记录对信访人的答复，不能归档'),
    },
  },
});
