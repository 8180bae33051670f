import type { SQL } from 'drizzle-orm';
import type { Actor } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import type { RoleCode } from '../core/roles.js';
import { inspectors } from '../db/schema/index.js';
import { coveredJurisdictions, holdsAnyRole, inList, isInJurisdiction } from './checks.js';

/** The office keeps the talent pool (人才库); the leading group reads it and checks recusal. */
const managers: readonly RoleCode[] = ['office_admin'];
const readers: readonly RoleCode[] = ['office_admin', 'leading_group'];

/**
 * Talent pool and recusal checks (issue: rounds, points 4 and 5).
 *
 * A caller holding neither reader role anywhere (team roles, clerks, partner departments, liaisons,
 * the system administrator and the auditor) gets 403 on every talent-pool endpoint, whatever the
 * id: the answer is the same for every record, so it reveals none, and the pool is not theirs to
 * browse (teams are staffed by the office). A reader gets 404 for an inspector outside the
 * jurisdictions their role covers, and a leading-group member 403 when changing one they can see.
 */
export const inspectorPolicy = {
  visibleWhere(actor: Actor): SQL {
    return inList(inspectors.jurisdictionId, coveredJurisdictions(actor, readers));
  },
  /** The role gate in front of every talent-pool endpoint (403). */
  authorizeTalentPool(actor: Actor): void {
    if (!holdsAnyRole(actor, readers)) throw forbidden('无权查看巡察人才库');
  },
  /** Jurisdictions whose users may be linked to an inspector. */
  managedJurisdictions(actor: Actor): string[] {
    return coveredJurisdictions(actor, managers);
  },
  canManage(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, managers, jurisdictionId);
  },
  authorizeManage(actor: Actor, jurisdictionId: string): void {
    if (!this.canManage(actor, jurisdictionId)) throw forbidden('只有巡察办可以维护巡察人才库');
  },
  /** Office and leading group of the inspector's jurisdiction: both may see the inspector. */
  canCheckRecusal(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, readers, jurisdictionId);
  },
};
