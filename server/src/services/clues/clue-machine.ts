import { clueAccounts, type ClueAccount, type ClueDisposal } from '../../core/clue-vocabulary.js';
import type { Actor } from '../../core/context.js';
import { defineMachine, holdsRoleFor } from '../../core/workflow/machine.js';
import { cluePolicy } from '../../policies/clue-policy.js';
import { teamIds } from '../../policies/checks.js';

export interface ClueRecord {
  state: ClueAccount;
  jurisdictionId: string;
  /** Teams on the clue's round (a team leader hands over their own round's clues). */
  teamIds: string[];
  receiver: { kind: string; hasAccounts: boolean; jurisdictionId: string } | null;
  disposal: ClueDisposal | null;
  dualInquiryResult: string | null;
}

const ownRound = (actor: Actor, c: ClueRecord) =>
  holdsRoleFor(actor, ['office_admin'], c.jurisdictionId) ||
  teamIds(actor).some((id) => c.teamIds.includes(id))
    ? null
    : '只有巡察办或本轮巡察组组长可以交账';

const receiverOnly = (actor: Actor, c: ClueRecord) =>
  cluePolicy.actsAsReceiver(actor, c.jurisdictionId, c.receiver)
    ? null
    : '只有接收单位（纸质送达时由巡察办代为登记）可以办理';

const receivers = ['discipline', 'organization', 'office_admin'] as const;

/**
 * The five accounts (DOMAIN.md §3.3): 报账 → 交账 → 转账 → 查账 → 销账. The receiving body
 * acknowledges, reports its disposal (and 一案双查 for a filed case), and closes with the outcome.
 */
export const clueMachine = defineMachine<
  ClueAccount,
  'hand_over' | 'transfer' | 'acknowledge' | 'report_disposal' | 'record_dual_inquiry' | 'close',
  ClueRecord
>({
  name: 'clue',
  states: clueAccounts,
  initial: 'recorded',
  transitions: {
    hand_over: {
      from: ['recorded'],
      to: 'handedOver',
      roles: ['office_admin', 'team_leader'],
      guard: ownRound,
    },
    transfer: {
      from: ['handedOver'],
      to: 'transferred',
      roles: ['office_admin'],
      requires: ['receiverDepartmentId'],
    },
    acknowledge: {
      from: ['transferred'],
      to: 'underSupervision',
      roles: receivers,
      guard: receiverOnly,
    },
    report_disposal: {
      from: ['underSupervision'],
      to: 'underSupervision',
      roles: receivers,
      requires: ['disposal', 'disposalOn'],
      guard: receiverOnly,
    },
    record_dual_inquiry: {
      from: ['underSupervision'],
      to: 'underSupervision',
      roles: receivers,
      requires: ['dualInquiryResult', 'dualInquiryNote'],
      guard: (actor, c) =>
        receiverOnly(actor, c) ??
        (c.disposal === 'caseFiled' ? null : '只有立案审查的线索需要“一案双查”'),
    },
    close: {
      from: ['underSupervision'],
      to: 'closed',
      roles: receivers,
      requires: ['outcome', 'outcomeOn'],
      guard: (actor, c) =>
        receiverOnly(actor, c) ??
        (!c.disposal
          ? '尚未报告处置方式，不能销账'
          : c.disposal === 'shelved'
            ? '暂存待查的线索须复查后重新报告处置方式，不能直接销账'
            : c.disposal === 'caseFiled' && !c.dualInquiryResult
              ? '立案审查的线索须先记录“一案双查”结果'
              : null),
    },
  },
});

export type ClueAction = keyof typeof clueMachine.def.transitions;
