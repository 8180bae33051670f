import { emitAudit } from '../../core/audit/emit-audit.js';
import { daysBetween } from '../../core/calendar.js';
import { withTransaction, type Ctx } from '../../core/context.js';
import type { escalationKinds } from '../../core/rectification-vocabulary.js';
import { insertClue } from '../clues/insert-clue.js';
import { notify } from '../notifications/notify.js';
import { getSetting } from '../settings/get-setting.js';

export type EscalationKind = (typeof escalationKinds)[number];
export type EscalationCounts = Record<EscalationKind, number>;

export const noEscalations = (): EscalationCounts => ({
  dueSoon: 0,
  overdue: 0,
  supervisionLetter: 0,
  admonitionTalk: 0,
  accountability: 0,
});

/** Something with a deadline that climbs the ladder: an item, or a common problem. */
export interface LadderSubject {
  entityType: 'rectification_item' | 'common_problem';
  id: string;
  jurisdictionId: string;
  roundId: string | null;
  /** The answerable unit (the item's unit, the common problem's lead unit). */
  unitId: string;
  unitName: string;
  label: string;
  problem: string;
  measures: string;
  responsibleLeader: string;
  dueOn: string;
  link: string;
  /** Who hears of each step: the unit always, the office from the deadline on. */
  unitUsers: string[];
  officeUsers: string[];
  /** Records the step once per subject, kind and deadline; false when it was issued already. */
  record(ctx: Ctx, kind: EscalationKind, message: string): Promise<string | null>;
  /** Links the accountability clue to the recorded step. */
  linkClue(ctx: Ctx, stepId: string, clueId: string): Promise<void>;
}

/**
 * The escalation ladder (issue: rectification, point 4): a reminder `rectification.dueSoonDays`
 * before the deadline and one once it has passed; then, after the configured days overdue, a
 * 督办函, a 约谈 of the unit's main leader, and the transfer for accountability, which raises a
 * clue into the ledger. Each step once per subject and deadline, recorded, audited and told.
 */
export async function climbLadder(
  ctx: Ctx,
  s: LadderSubject,
  today: string,
  counts: EscalationCounts,
): Promise<void> {
  const setting = (key: Parameters<typeof getSetting>[2]) =>
    getSetting(ctx, s.jurisdictionId, key) as Promise<number>;
  const late = daysBetween(s.dueOn, today);
  const steps: [EscalationKind, boolean, string][] = [
    [
      'dueSoon',
      late < 0 && -late <= (await setting('rectification.dueSoonDays')),
      `${s.label}即将到期（${s.dueOn}）：${s.problem}`,
    ],
    ['overdue', late > 0, `${s.label}已超期（${s.dueOn}）：${s.problem}`],
    [
      'supervisionLetter',
      late >= (await setting('rectification.supervisionLetterDays')),
      `督办函：${s.unitName}${s.label}超期 ${late} 天未销号，请限期整改到位并书面报告：${s.problem}`,
    ],
    [
      'admonitionTalk',
      late >= (await setting('rectification.admonitionDays')),
      `约谈：${s.unitName}${s.label}超期 ${late} 天，约谈单位主要负责人：${s.problem}`,
    ],
    [
      'accountability',
      late >= (await setting('rectification.accountabilityDays')),
      `移交问责：${s.unitName}${s.label}超期 ${late} 天仍未整改到位：${s.problem}`,
    ],
  ];
  for (const [kind, due, message] of steps) {
    if (!due) continue;
    await withTransaction(ctx, async (ctx) => {
      const stepId = await s.record(ctx, kind, message);
      if (!stepId) return;
      counts[kind] += 1;
      if (kind === 'accountability') {
        const clue = await insertClue(
          ctx,
          {
            jurisdictionId: s.jurisdictionId,
            source: 'other',
            roundId: s.roundId,
            accusedName: s.responsibleLeader,
            accusedUnitId: s.unitId,
            accusedUnitName: s.unitName,
            focus: 'discipline',
            description: `${message}。整改措施：${s.measures}`,
          },
          {
            audit:
              s.entityType === 'common_problem'
                ? { commonProblemId: s.id }
                : { rectificationItemId: s.id },
          },
        );
        await s.linkClue(ctx, stepId, clue.id);
      }
      await emitAudit(ctx, {
        action:
          s.entityType === 'common_problem'
            ? 'common_problem.escalated'
            : 'rectification.escalated',
        entityType: s.entityType,
        entityId: s.id,
        jurisdictionId: s.jurisdictionId,
        detail: { kind, dueOn: s.dueOn, daysOverdue: Math.max(0, late) },
      });
      await notify(ctx, [...s.unitUsers, ...(kind === 'dueSoon' ? [] : s.officeUsers)], {
        kind: `rectification.${kind}`,
        title: message,
        link: s.link,
      });
    });
  }
}
