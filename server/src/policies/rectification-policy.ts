import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../core/context.js';
import type { RoleCode } from '../core/roles.js';
import { rectificationPlans, roundTargets } from '../db/schema/index.js';
import {
  coveredJurisdictions,
  inList,
  isInJurisdiction,
  liaisonUnitIds,
  teamIds,
} from './checks.js';

const fullReaders: readonly RoleCode[] = ['office_admin', 'leading_group'];
/** The office approves plans and reviews closures (销号). */
export const rectificationReviewers: readonly RoleCode[] = ['office_admin'];

/**
 * Rectification (issue: rectification, point 10): the office and leaders see their
 * jurisdictions' plans; a unit liaison only its own unit's; the team the plans of the targets it
 * inspected in that round. Everyone else: 404.
 */
export const rectificationPolicy = {
  visibleWhere(actor: Actor): SQL {
    const conditions: SQL[] = [
      inList(rectificationPlans.jurisdictionId, coveredJurisdictions(actor, fullReaders)),
      inList(rectificationPlans.unitId, liaisonUnitIds(actor)),
    ];
    const teams = teamIds(actor);
    if (teams.length > 0)
      conditions.push(
        inArray(
          sql`(${rectificationPlans.roundId}, ${rectificationPlans.unitId})`,
          sql`(select ${roundTargets.roundId}, ${roundTargets.unitId} from ${roundTargets} where ${inList(roundTargets.teamId, teams)})`,
        ),
      );
    return or(...conditions)!;
  },
  /** The unit drafts and reports: its liaison, or the office on its behalf. */
  canActForUnit(actor: Actor, plan: { jurisdictionId: string; unitId: string }): boolean {
    return (
      liaisonUnitIds(actor).includes(plan.unitId) ||
      isInJurisdiction(actor, rectificationReviewers, plan.jurisdictionId)
    );
  },
  canReview(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, rectificationReviewers, jurisdictionId);
  },
};
