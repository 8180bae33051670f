import type { Me } from '../auth/api/types';
import { can } from '../auth/session';
import type { RecusalOverride, RoundDetail } from './api/types';

export interface RoundCan {
  /** 立卷归案: nothing changes any more. */
  readOnly: boolean;
  /** Change the plan (server: abilities.update). */
  update: boolean;
  /** Add and remove team members, ask for recusal exceptions. */
  staff: boolean;
  /** Ask partner departments for 情况通报. */
  brief: boolean;
  /** Record a partner department's answer. */
  answerBriefing: boolean;
  /** On-site records, findings and reports, at `recordUnitIds`. */
  record: boolean;
  /** Raise a clue from an on-site record (了解 and 报告), at `recordUnitIds`. */
  raiseClue: boolean;
  /** 反馈会, at `recordUnitIds`. */
  feedback: boolean;
  /** The targets this caller records at (the office: all; a team: its own). */
  recordUnitIds: string[];
}

/**
 * What the caller may do on a round's records. The server's `abilities` win whenever it sends
 * them; today it sends only `update`, so the rest follows the server's rules (services/rounds):
 * the office (`rounds.plan`) staffs teams and asks for briefings in 准备/了解; the office or the
 * target's own team records on site (了解), raises clues from its records (了解, 报告) and holds
 * the 反馈会 (反馈). An archived round is
 * read-only whatever is sent.
 */
export function roundAbilities(round: RoundDetail, me: Me): RoundCan {
  const readOnly = round.stage === 'archived';
  const plan = can(me.abilities, 'rounds.plan');
  const myTeams = new Set(me.roles.flatMap((r) => (r.teamId ? [r.teamId] : [])));
  const recordUnitIds = round.targets
    .filter((target) => plan || (target.teamId !== null && myTeams.has(target.teamId)))
    .map((target) => target.unitId);
  const staffing = round.stage === 'preparation' || round.stage === 'on_site';
  const a = round.abilities;
  const record = a.record ?? (round.stage === 'on_site' && recordUnitIds.length > 0);
  return {
    readOnly,
    update: !readOnly && a.update,
    staff: !readOnly && (a.staff ?? (plan && staffing)),
    brief: !readOnly && (a.brief ?? (plan && staffing)),
    answerBriefing: !readOnly && (a.brief ?? plan),
    record: !readOnly && record,
    raiseClue:
      !readOnly &&
      (round.stage === 'on_site' || round.stage === 'reporting') &&
      recordUnitIds.length > 0,
    feedback: !readOnly && round.stage === 'feedback' && recordUnitIds.length > 0,
    recordUnitIds,
  };
}

/**
 * Whether the caller decides a recusal exception: the override's own `abilities.decide` when the
 * server sends it; else a reader of the talent pool who does not plan rounds (the leading group),
 * never on their own request.
 */
export function canDecideOverride(override: RecusalOverride, round: RoundDetail, me: Me): boolean {
  if (override.state !== 'pending' || round.stage === 'archived') return false;
  if (override.abilities) return override.abilities.decide;
  if (round.abilities.decideOverrides !== undefined) return round.abilities.decideOverrides;
  return (
    override.requestedBy !== me.user.id &&
    can(me.abilities, 'inspectors.read') &&
    !can(me.abilities, 'rounds.plan')
  );
}
