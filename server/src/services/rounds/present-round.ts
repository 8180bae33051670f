import { asc, eq } from 'drizzle-orm';
import { dbOf, type Actor, type Ctx } from '../../core/context.js';
import { inspectors, roundTargets, roundTeamMembers, teams, units } from '../../db/schema/index.js';
import { roundPolicy } from '../../policies/round-policy.js';
import { checkRoundPlan } from './check-targets.js';
import { roundGates } from './round-gates.js';
import { roundMachine } from './round-machine.js';
import type { RoundRow } from './round-types.js';

export function roundSummary(row: RoundRow) {
  return {
    id: row.id,
    jurisdictionId: row.jurisdictionId,
    name: row.name,
    kind: row.kind,
    topic: row.topic,
    stage: row.state,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    authorizationNo: row.authorizationNo,
    termId: row.termId,
    version: row.version,
  };
}

/** A round with its targets (unit and team), team members, plan warnings and the caller's abilities. */
export async function roundDetail(ctx: Ctx, row: RoundRow, actor: Actor) {
  const db = dbOf(ctx);
  const targets = await db
    .select({
      unitId: roundTargets.unitId,
      unitName: units.name,
      unitType: units.type,
      teamId: roundTargets.teamId,
      teamName: teams.name,
    })
    .from(roundTargets)
    .innerJoin(units, eq(units.id, roundTargets.unitId))
    .leftJoin(teams, eq(teams.id, roundTargets.teamId))
    .where(eq(roundTargets.roundId, row.id))
    .orderBy(asc(units.name));
  const members = await db
    .select({
      teamId: roundTeamMembers.teamId,
      inspectorId: roundTeamMembers.inspectorId,
      name: inspectors.name,
      role: roundTeamMembers.role,
      overrideId: roundTeamMembers.overrideId,
    })
    .from(roundTeamMembers)
    .innerJoin(inspectors, eq(inspectors.id, roundTeamMembers.inspectorId))
    .where(eq(roundTeamMembers.roundId, row.id))
    .orderBy(asc(inspectors.name));
  const { warnings } = await checkRoundPlan(ctx, row.jurisdictionId, { targets });
  const record = {
    ...row,
    teamIds: [...new Set(targets.flatMap((t) => (t.teamId ? [t.teamId] : [])))],
  };
  return {
    ...roundSummary(row),
    targets,
    members,
    warnings,
    actions: roundMachine.available(actor, record),
    gates: await roundGates(ctx, row),
    abilities: {
      update: row.state === 'preparation' && roundPolicy.canPlan(actor, row.jurisdictionId),
    },
  };
}
