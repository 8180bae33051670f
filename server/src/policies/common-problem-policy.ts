import { or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../core/context.js';
import type { RoleCode } from '../core/roles.js';
import { commonProblems, findings, roundTargets } from '../db/schema/index.js';
import {
  coveredJurisdictions,
  inList,
  isInJurisdiction,
  liaisonUnitIds,
  teamIds,
} from './checks.js';

const fullReaders: readonly RoleCode[] = ['office_admin', 'leading_group'];
/** The office sets up, supervises (督办) and closes common problems. */
export const commonProblemSupervisors: readonly RoleCode[] = ['office_admin'];

interface Units {
  jurisdictionId: string;
  leadUnitId: string;
  cooperatingUnitIds: string[];
}

/**
 * 共性问题 (issue: rectification, point 8): the office and leaders of the jurisdiction; the liaisons
 * of the lead and the cooperating units; the teams whose inspection found one of its findings.
 * Everyone else: 404.
 */
export const commonProblemPolicy = {
  visibleWhere(actor: Actor): SQL {
    const conditions: SQL[] = [
      inList(commonProblems.jurisdictionId, coveredJurisdictions(actor, fullReaders)),
    ];
    const units = liaisonUnitIds(actor);
    if (units.length > 0) {
      const list = sql.join(
        units.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      conditions.push(
        sql`(${commonProblems.leadUnitId} in (${list}) or ${commonProblems.cooperatingUnitIds} && array[${list}])`,
      );
    }
    const teams = teamIds(actor);
    if (teams.length > 0)
      conditions.push(
        sql`exists (select 1 from ${findings} join ${roundTargets} on ${roundTargets.roundId} = ${findings.roundId} and ${roundTargets.unitId} = ${findings.unitId} where ${findings.id} = any(${commonProblems.findingIds}) and ${inList(roundTargets.teamId, teams)})`,
      );
    return or(...conditions)!;
  },
  isLeadUnit(actor: Actor, p: Units): boolean {
    return liaisonUnitIds(actor).includes(p.leadUnitId);
  },
  isTakingPart(actor: Actor, p: Units): boolean {
    const own = liaisonUnitIds(actor);
    return own.includes(p.leadUnitId) || p.cooperatingUnitIds.some((id) => own.includes(id));
  },
  canSupervise(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, commonProblemSupervisors, jurisdictionId);
  },
};
