import { and, eq, inArray } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import type { FieldError } from '../../core/errors.js';
import { teams, terms, units } from '../../db/schema/index.js';
import { getSetting } from '../settings/get-setting.js';
import type { RoundInput, RoundTargetInput } from './round-types.js';

/**
 * Checks a round's targets and links (units and teams of the round's jurisdiction, each unit
 * once, the term) and returns field errors plus the 不宜定得过多 warnings: a team with more
 * targets than the setting round.maxTargetsPerTeam.
 */
export async function checkRoundPlan(
  ctx: Ctx,
  jurisdictionId: string,
  input: Pick<RoundInput, 'startsOn' | 'endsOn' | 'termId'> & { targets: RoundTargetInput[] },
): Promise<{ errors: FieldError[]; warnings: string[] }> {
  const errors: FieldError[] = [];
  const db = dbOf(ctx);
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn)
    errors.push({ path: 'endsOn', message: '结束日期不能早于开始日期' });
  if (input.termId) {
    const [term] = await db
      .select({ id: terms.id })
      .from(terms)
      .where(and(eq(terms.id, input.termId), eq(terms.jurisdictionId, jurisdictionId)));
    if (!term) errors.push({ path: 'termId', message: '届次不存在' });
  }
  const unitIds = input.targets.map((t) => t.unitId);
  const teamIds = [...new Set(input.targets.flatMap((t) => (t.teamId ? [t.teamId] : [])))];
  const knownUnits = unitIds.length
    ? await db
        .select({ id: units.id })
        .from(units)
        .where(and(inArray(units.id, unitIds), eq(units.jurisdictionId, jurisdictionId)))
    : [];
  const knownTeams = teamIds.length
    ? await db
        .select({ id: teams.id, name: teams.name })
        .from(teams)
        .where(and(inArray(teams.id, teamIds), eq(teams.jurisdictionId, jurisdictionId)))
    : [];
  const seen = new Set<string>();
  input.targets.forEach((t, i) => {
    if (!knownUnits.some((u) => u.id === t.unitId))
      errors.push({ path: `targets.${i}.unitId`, message: '被巡察单位不存在或不属于本辖区' });
    if (seen.has(t.unitId))
      errors.push({ path: `targets.${i}.unitId`, message: '同一单位不能重复列为巡察对象' });
    seen.add(t.unitId);
    if (t.teamId && !knownTeams.some((team) => team.id === t.teamId))
      errors.push({ path: `targets.${i}.teamId`, message: '巡察组不存在或不属于本辖区' });
  });
  const max = await getSetting(ctx, jurisdictionId, 'round.maxTargetsPerTeam');
  const warnings = knownTeams.flatMap((team) => {
    const n = input.targets.filter((t) => t.teamId === team.id).length;
    return n > max
      ? [`${team.name}承担 ${n} 个巡察对象，超过 ${max} 个（巡察对象不宜定得过多）`]
      : [];
  });
  return { errors, warnings };
}
