import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import { leaderRoles, type RoleCode } from '../core/roles.js';
import { departments, petitionAccused, petitions, roundTargets } from '../db/schema/index.js';
import { coveredJurisdictions, holdsAnyRole, inList, isInJurisdiction, teamIds } from './checks.js';

/** Who sees every petition of their jurisdictions. */
const fullReaders: readonly RoleCode[] = ['office_admin', 'leading_group'];
/** Who may register petitions (teams register what they receive during a round). */
export const registrars: readonly RoleCode[] = [
  'petition_clerk',
  'office_admin',
  'team_leader',
  'team_member',
];
interface UploadTarget {
  state: string;
  jurisdictionId: string;
  handlerId: string | null;
  registeredBy: string | null;
}

/** Roles that may raise a clue from a petition and flag a closed one for review. */
export const clueRaisers: readonly RoleCode[] = ['office_admin', 'leading_group', 'team_leader'];
export const reviewers: readonly RoleCode[] = ['office_admin', 'leading_group'];
/** Roles that may link and unlink duplicates (重复件). */
export const linkers: readonly RoleCode[] = ['petition_clerk', 'office_admin'];

/** Receiving departments see what was transferred to a department of their kind. */
const receivers: [RoleCode, string][] = [
  ['discipline', 'discipline_commission'],
  ['organization', 'organization_department'],
];

/**
 * Need-to-know (DOMAIN.md §1, issue: access): the office and leaders see their jurisdictions';
 * clerks and team members what they registered or handle (clerks also the public page's reports
 * awaiting 登记); 纪委监委 / 组织部 what was transferred to
 * them; inspection teams the petitions received in their round or naming one of their round's
 * targets as accused unit (or an accused person's unit); everyone else nothing.
 */
export const petitionPolicy = {
  visibleWhere(actor: Actor): SQL {
    const mine = or(
      eq(petitions.registeredBy, actor.userId),
      eq(petitions.handlerId, actor.userId),
    )!;
    const conditions: SQL[] = [
      inList(petitions.jurisdictionId, coveredJurisdictions(actor, fullReaders)),
      and(inList(petitions.jurisdictionId, coveredJurisdictions(actor, registrars)), mine)!,
      // The intake queue: reports from the public page wait for any clerk to register them.
      and(
        inList(petitions.jurisdictionId, coveredJurisdictions(actor, ['petition_clerk'])),
        eq(petitions.state, 'submitted'),
      )!,
    ];
    const teams = teamIds(actor);
    if (teams.length > 0) conditions.push(roundTargetsOf(teams));
    for (const [role, kind] of receivers) {
      const ids = coveredJurisdictions(actor, [role]);
      if (ids.length === 0) continue;
      conditions.push(
        inArray(
          petitions.transferDepartmentId,
          sql`(select ${departments.id} from ${departments} where ${departments.kind} = ${kind}
               and ${inList(departments.jurisdictionId, ids)})`,
        ),
      );
    }
    return or(...conditions)!;
  },
  canRegisterIn(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, registrars, jurisdictionId);
  },
  authorizeRegister(actor: Actor, jurisdictionId: string): void {
    if (!isInJurisdiction(actor, registrars, jurisdictionId)) throw forbidden('无权登记信访件');
  },
  isLeaderFor(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, leaderRoles, jurisdictionId);
  },
  canRaiseClue(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, clueRaisers, jurisdictionId);
  },
  canFlagForReview(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, reviewers, jurisdictionId);
  },
  canLink(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, linkers, jurisdictionId);
  },
  /** Scanned letters and evidence: the registrar, the handler, registrars and leaders; never once archived. */
  canUpload(actor: Actor, p: UploadTarget): boolean {
    if (p.state === 'archived') return false;
    return (
      p.handlerId === actor.userId ||
      p.registeredBy === actor.userId ||
      isInJurisdiction(actor, registrars, p.jurisdictionId) ||
      isInJurisdiction(actor, leaderRoles, p.jurisdictionId)
    );
  },
  canRequestAccess(actor: Actor): boolean {
    return holdsAnyRole(actor, [...registrars, ...fullReaders, 'discipline', 'organization']);
  },
};

/** Petitions of the teams' rounds: received in the round, or about one of its target units. */
function roundTargetsOf(teams: string[]): SQL {
  const teamList = sql.join(
    teams.map((id) => sql`${id}`),
    sql`, `,
  );
  return sql`(
    ${petitions.roundId} in (select rt.round_id from ${roundTargets} rt where rt.team_id in (${teamList}))
    or exists (
      select 1 from ${petitionAccused} pa
      join ${roundTargets} rt on rt.unit_id = pa.unit_id
      where pa.petition_id = ${petitions.id} and rt.team_id in (${teamList})
    )
  )`;
}
