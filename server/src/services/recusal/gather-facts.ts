import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { notFound, unprocessable } from '../../core/errors.js';
import {
  clues,
  inspectorPositions,
  inspectorRelatives,
  inspectors,
  petitionAccused,
  petitions,
  roundTargets,
  roundTeamMembers,
  rounds,
  teams,
  units,
} from '../../db/schema/index.js';
import { getSetting } from '../settings/get-setting.js';
import type { RecusalFacts, UnitFact } from './recusal-types.js';

export interface RecusalQuery {
  inspectorId: string;
  unitIds: string[];
  /** The round being staffed: rotation looks at the rounds before it. */
  roundId?: string | null;
}

const unitColumns = {
  id: units.id,
  name: units.name,
  type: units.type,
  parentId: units.parentId,
  region: units.region,
};

/**
 * Everything the recusal rules need, in a handful of queries. No visibility filter here: the
 * caller has authorized the check, and a conflict must be found even in records the caller cannot
 * open (a petition of another jurisdiction naming the target).
 */
export async function gatherRecusalFacts(ctx: Ctx, query: RecusalQuery): Promise<RecusalFacts> {
  const db = dbOf(ctx);
  const unitIds = [...new Set(query.unitIds)];
  const [inspector] = await db
    .select()
    .from(inspectors)
    .where(eq(inspectors.id, query.inspectorId));
  if (!inspector) throw notFound('巡察干部');

  const found = unitIds.length
    ? await db.select(unitColumns).from(units).where(inArray(units.id, unitIds))
    : [];
  const missing = unitIds.flatMap((id, i) =>
    found.some((u) => u.id === id) ? [] : [{ path: `unitIds.${i}`, message: '单位不存在' }],
  );
  if (missing.length) throw unprocessable('巡察对象不存在', missing);
  const targets = unitIds.map((id) => found.find((u) => u.id === id)!);
  const parentIds = targets.flatMap((t) => (t.parentId ? [t.parentId] : []));
  const relatedWhere: SQL[] = [];
  if (unitIds.length) relatedWhere.push(inArray(units.parentId, unitIds));
  if (parentIds.length) relatedWhere.push(inArray(units.id, parentIds));
  const related: UnitFact[] = relatedWhere.length
    ? await db
        .select(unitColumns)
        .from(units)
        .where(or(...relatedWhere))
    : [];

  let round: RecusalFacts['round'] = null;
  let settingJurisdiction = inspector.jurisdictionId;
  if (query.roundId) {
    const [row] = await db.select().from(rounds).where(eq(rounds.id, query.roundId));
    if (!row) {
      throw unprocessable('巡察轮次不存在', [{ path: 'roundId', message: '巡察轮次不存在' }]);
    }
    round = { id: row.id, startsOn: row.startsOn, createdAt: row.createdAt.toISOString() };
    settingJurisdiction = row.jurisdictionId;
  }

  const positions = await db
    .select()
    .from(inspectorPositions)
    .where(eq(inspectorPositions.inspectorId, inspector.id));
  const relatives = await db
    .select()
    .from(inspectorRelatives)
    .where(eq(inspectorRelatives.inspectorId, inspector.id));

  const names = targets.map((t) => t.name);
  const name = inspector.name.trim();
  const accusedInTarget =
    targets.length === 0
      ? sql`false`
      : or(
          inArray(petitionAccused.unitId, unitIds),
          and(isNull(petitionAccused.unitId), inArray(petitionAccused.unitName, names)),
        );
  const petitionRows = await db
    .select({
      petitionId: petitions.id,
      code: petitions.code,
      handlerId: petitions.handlerId,
      accusedName: petitionAccused.name,
      accusedUnitId: petitionAccused.unitId,
      accusedUnitName: petitionAccused.unitName,
    })
    .from(petitionAccused)
    .innerJoin(petitions, eq(petitions.id, petitionAccused.petitionId))
    .where(
      and(
        accusedInTarget,
        or(
          sql`btrim(${petitionAccused.name}) = ${name}`,
          inspector.userId ? eq(petitions.handlerId, inspector.userId) : undefined,
        ),
      ),
    );
  const clueInTarget =
    targets.length === 0
      ? sql`false`
      : or(
          inArray(clues.accusedUnitId, unitIds),
          and(isNull(clues.accusedUnitId), inArray(clues.accusedUnitName, names)),
        );
  const clueRows = await db
    .select({
      clueId: clues.id,
      code: clues.code,
      createdBy: clues.createdBy,
      accusedName: clues.accusedName,
      accusedUnitId: clues.accusedUnitId,
      accusedUnitName: clues.accusedUnitName,
    })
    .from(clues)
    .where(
      and(
        clueInTarget,
        or(
          sql`btrim(${clues.accusedName}) = ${name}`,
          inspector.userId ? eq(clues.createdBy, inspector.userId) : undefined,
        ),
      ),
    );

  const inspections = unitIds.length
    ? await db
        .select({
          id: rounds.id,
          roundName: rounds.name,
          startsOn: rounds.startsOn,
          createdAt: rounds.createdAt,
          unitId: roundTargets.unitId,
          teamId: roundTargets.teamId,
        })
        .from(roundTargets)
        .innerJoin(rounds, eq(rounds.id, roundTargets.roundId))
        .where(inArray(roundTargets.unitId, unitIds))
    : [];
  const memberships = await db
    .select({
      roundId: roundTeamMembers.roundId,
      teamId: roundTeamMembers.teamId,
      teamName: teams.name,
      role: roundTeamMembers.role,
    })
    .from(roundTeamMembers)
    .innerJoin(teams, eq(teams.id, roundTeamMembers.teamId))
    .where(eq(roundTeamMembers.inspectorId, inspector.id));

  return {
    today: cstDate(now(ctx)),
    employmentYears: await getSetting(ctx, settingJurisdiction, 'recusal.employmentYears'),
    inspector: {
      id: inspector.id,
      name: inspector.name,
      userId: inspector.userId,
      hometown: inspector.hometown,
      region: inspector.region,
      currentUnit: inspector.currentUnit,
    },
    targets,
    units: [...new Map([...targets, ...related].map((u) => [u.id, u])).values()],
    positions,
    relatives,
    petitions: petitionRows,
    clues: clueRows,
    inspections: inspections.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })),
    memberships,
    round,
  };
}
