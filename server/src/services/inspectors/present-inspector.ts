import { and, asc, desc, eq } from 'drizzle-orm';
import { dbOf, type Actor, type Ctx } from '../../core/context.js';
import {
  inspectorPositions,
  inspectorRelatives,
  roundTeamMembers,
  rounds,
  teams,
} from '../../db/schema/index.js';
import { inspectorPolicy } from '../../policies/inspector-policy.js';
import { roundPolicy } from '../../policies/round-policy.js';
import type { InspectorRow } from './find-visible-inspector.js';

export type PositionRow = typeof inspectorPositions.$inferSelect;
export type RelativeRow = typeof inspectorRelatives.$inferSelect;

export function inspectorSummary(row: InspectorRow, actor: Actor) {
  return {
    id: row.id,
    jurisdictionId: row.jurisdictionId,
    name: row.name,
    gender: row.gender,
    specialties: row.specialties,
    rank: row.rank,
    currentUnit: row.currentUnit,
    hometown: row.hometown,
    region: row.region,
    available: row.available,
    eligible: row.eligible,
    userId: row.userId,
    version: row.version,
    abilities: {
      update: inspectorPolicy.canManage(actor, row.jurisdictionId),
      checkRecusal: inspectorPolicy.canCheckRecusal(actor, row.jurisdictionId),
    },
  };
}

export type PresentedInspector = ReturnType<typeof inspectorSummary>;

export function presentPosition(row: PositionRow) {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    position: row.position,
    fromOn: row.fromOn,
    toOn: row.toOn,
  };
}

export function presentRelative(row: RelativeRow) {
  return {
    id: row.id,
    name: row.name,
    relation: row.relation,
    unitId: row.unitId,
    unitName: row.unitName,
    position: row.position,
  };
}

/**
 * An inspector with work history, relatives and the rounds served. Rounds served go through the
 * round visibility filter: a round of a jurisdiction above the caller's stays out of sight.
 */
export async function inspectorDetail(ctx: Ctx, row: InspectorRow, actor: Actor) {
  const db = dbOf(ctx);
  const positions = await db
    .select()
    .from(inspectorPositions)
    .where(eq(inspectorPositions.inspectorId, row.id))
    .orderBy(desc(inspectorPositions.fromOn), asc(inspectorPositions.unitName));
  const relatives = await db
    .select()
    .from(inspectorRelatives)
    .where(eq(inspectorRelatives.inspectorId, row.id))
    .orderBy(asc(inspectorRelatives.name), asc(inspectorRelatives.id));
  const roundsServed = await db
    .select({
      roundId: rounds.id,
      roundName: rounds.name,
      kind: rounds.kind,
      stage: rounds.state,
      startsOn: rounds.startsOn,
      endsOn: rounds.endsOn,
      teamId: teams.id,
      teamName: teams.name,
      role: roundTeamMembers.role,
    })
    .from(roundTeamMembers)
    .innerJoin(rounds, eq(rounds.id, roundTeamMembers.roundId))
    .innerJoin(teams, eq(teams.id, roundTeamMembers.teamId))
    .where(and(eq(roundTeamMembers.inspectorId, row.id), roundPolicy.visibleWhere(actor)))
    .orderBy(desc(rounds.startsOn), desc(rounds.createdAt));
  return {
    ...inspectorSummary(row, actor),
    positions: positions.map(presentPosition),
    relatives: relatives.map(presentRelative),
    roundsServed,
  };
}
