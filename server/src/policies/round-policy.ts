import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import type { RoleCode } from '../core/roles.js';
import { roundTargets, rounds } from '../db/schema/index.js';
import { coveredJurisdictions, inList, isInJurisdiction, teamIds } from './checks.js';

/** Who plans rounds (巡察办) and who reads every round of their jurisdictions. */
const planners: readonly RoleCode[] = ['office_admin'];
const fullReaders: readonly RoleCode[] = ['office_admin', 'leading_group'];

/**
 * Rounds (issue: rounds, point 11): the office and the leading group see their jurisdictions'
 * rounds; team members only the rounds their team is assigned to; everyone else nothing (404).
 */
export const roundPolicy = {
  visibleWhere(actor: Actor): SQL {
    const conditions: SQL[] = [
      inList(rounds.jurisdictionId, coveredJurisdictions(actor, fullReaders)),
    ];
    const teams = teamIds(actor);
    if (teams.length > 0) {
      conditions.push(
        inArray(
          rounds.id,
          sql`(select ${roundTargets.roundId} from ${roundTargets} where ${roundTargets.teamId} in (${sql.join(
            teams.map((id) => sql`${id}`),
            sql`, `,
          )}))`,
        ),
      );
    }
    return or(...conditions)!;
  },
  /** The office and the leading group: coverage, ranking and every round of the jurisdiction. */
  canReadAll(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, fullReaders, jurisdictionId);
  },
  canPlan(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, planners, jurisdictionId);
  },
  /** On-site records at a target: the office, or the team assigned to that target. */
  canRecordAt(actor: Actor, jurisdictionId: string, targetTeamId: string | null): boolean {
    return (
      isInJurisdiction(actor, planners, jurisdictionId) ||
      (targetTeamId !== null && teamIds(actor).includes(targetTeamId))
    );
  },
  authorizePlan(actor: Actor, jurisdictionId: string): void {
    if (!this.canPlan(actor, jurisdictionId)) throw forbidden('只有巡察办可以安排巡察轮次');
  },
};
