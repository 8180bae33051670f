import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import { leaderRoles, type RoleCode } from '../core/roles.js';
import { departments, petitions } from '../db/schema/index.js';
import { coveredJurisdictions, holdsAnyRole, inList, isInJurisdiction } from './checks.js';

/** Who sees every petition of their jurisdictions. */
const fullReaders: readonly RoleCode[] = ['office_admin', 'leading_group'];
/** Who may register petitions (teams register what they receive during a round). */
export const registrars: readonly RoleCode[] = [
  'petition_clerk',
  'office_admin',
  'team_leader',
  'team_member',
];
/** Receiving departments see what was transferred to a department of their kind. */
const receivers: [RoleCode, string][] = [
  ['discipline', 'discipline_commission'],
  ['organization', 'organization_department'],
];

/**
 * Need-to-know (DOMAIN.md §1, issue: access): the office and leaders see their jurisdictions';
 * clerks and team members what they registered or handle; 纪委监委 / 组织部 what was transferred to
 * them; everyone else nothing. Team visibility by round target arrives with the rounds issue.
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
    ];
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
  canRequestAccess(actor: Actor): boolean {
    return holdsAnyRole(actor, [...registrars, ...fullReaders, 'discipline', 'organization']);
  },
};
