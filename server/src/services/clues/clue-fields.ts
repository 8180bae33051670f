import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/context.js';
import { dbOf, type Ctx } from '../../core/context.js';
import { unprocessable, type FieldError } from '../../core/errors.js';
import type { cadreLevels } from '../../core/vocabulary.js';
import {
  activities,
  cadres,
  petitions,
  rounds,
  storedFiles,
  units,
  users,
} from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';

export interface ClueFieldsInput {
  roundId?: string | null;
  accusedName?: string | null;
  accusedPosition?: string | null;
  accusedUnitId?: string | null;
  accusedUnitName?: string | null;
  accusedCadreId?: string | null;
  accusedCadreLevel?: (typeof cadreLevels)[number] | null;
  focus?: 'corruption' | 'conduct' | 'discipline' | 'personnel' | null;
  disciplines?: ('political' | 'organizational' | 'integrity' | 'mass' | 'work' | 'life')[];
  description?: string;
  confidential?: boolean;
  memberIds?: string[];
  evidencePetitionIds?: string[];
  evidenceActivityIds?: string[];
  fileIds?: string[];
}

const uniq = (ids: readonly string[] | undefined) => [...new Set(ids ?? [])];

/**
 * Checks what a clue refers to — round, unit, cadre, evidence the caller can see, own uploads,
 * named members — and returns the columns to store; every problem on its field (422).
 */
export async function resolveClueFields(
  ctx: Ctx,
  actor: Actor,
  jurisdictionId: string,
  input: ClueFieldsInput,
) {
  const db = dbOf(ctx);
  const errors: FieldError[] = [];
  const values: Record<string, unknown> = {};
  // Texts arrive trimmed (zod); an empty optional text is stored as null.
  for (const key of [
    'accusedName',
    'accusedPosition',
    'accusedUnitName',
    'focus',
    'description',
  ] as const)
    if (input[key] !== undefined) values[key] = input[key] || null;
  if (input.disciplines !== undefined) values.disciplines = uniq(input.disciplines);
  if (input.confidential !== undefined) values.confidential = input.confidential;
  if (input.roundId) {
    const [round] = await db
      .select()
      .from(rounds)
      .where(and(eq(rounds.id, input.roundId), eq(rounds.jurisdictionId, jurisdictionId)));
    if (!round) errors.push({ path: 'roundId', message: '巡察轮次不存在' });
    else if (round.state === 'archived')
      errors.push({ path: 'roundId', message: '该轮巡察已立卷归档' });
  }
  if (input.roundId !== undefined) values.roundId = input.roundId ?? null;
  if (input.accusedUnitId) {
    const [unit] = await db
      .select()
      .from(units)
      .where(and(eq(units.id, input.accusedUnitId), eq(units.jurisdictionId, jurisdictionId)));
    if (!unit) errors.push({ path: 'accusedUnitId', message: '单位不存在' });
    else if (!input.accusedUnitName) values.accusedUnitName = unit.name;
  }
  if (input.accusedUnitId !== undefined) values.accusedUnitId = input.accusedUnitId ?? null;
  if (input.accusedCadreId) {
    const [cadre] = await db
      .select({ cadre: cadres, unitJurisdiction: units.jurisdictionId })
      .from(cadres)
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(eq(cadres.id, input.accusedCadreId));
    if (!cadre || cadre.unitJurisdiction !== jurisdictionId)
      errors.push({ path: 'accusedCadreId', message: '干部不存在' });
    else {
      values.accusedName ??= cadre.cadre.name;
      values.accusedPosition ??= cadre.cadre.position;
      values.accusedUnitId ??= cadre.cadre.unitId;
      if (!input.accusedCadreLevel) values.accusedCadreLevel = cadre.cadre.level;
    }
  }
  if (input.accusedCadreId !== undefined) values.accusedCadreId = input.accusedCadreId ?? null;
  if (input.accusedCadreLevel !== undefined)
    values.accusedCadreLevel = input.accusedCadreLevel ?? null;
  const petitionIds = uniq(input.evidencePetitionIds);
  if (petitionIds.length) {
    const seen = await db
      .select({ id: petitions.id })
      .from(petitions)
      .where(and(inArray(petitions.id, petitionIds), petitionPolicy.visibleWhere(actor)));
    if (seen.length !== petitionIds.length)
      errors.push({ path: 'evidencePetitionIds', message: '信访件不存在' });
  }
  if (input.evidencePetitionIds !== undefined) values.evidencePetitionIds = petitionIds;
  const activityIds = uniq(input.evidenceActivityIds);
  if (activityIds.length) {
    const seen = await db
      .select({ id: activities.id })
      .from(activities)
      .innerJoin(rounds, eq(rounds.id, activities.roundId))
      .where(and(inArray(activities.id, activityIds), eq(rounds.jurisdictionId, jurisdictionId)));
    if (seen.length !== activityIds.length)
      errors.push({ path: 'evidenceActivityIds', message: '巡察记录不存在' });
  }
  if (input.evidenceActivityIds !== undefined) values.evidenceActivityIds = activityIds;
  const fileIds = uniq(input.fileIds);
  if (fileIds.length) {
    const own = await db
      .select({ id: storedFiles.id })
      .from(storedFiles)
      .where(and(inArray(storedFiles.id, fileIds), eq(storedFiles.uploadedBy, actor.userId)));
    if (own.length !== fileIds.length) errors.push({ path: 'fileIds', message: '附件不存在' });
  }
  if (input.fileIds !== undefined) values.fileIds = fileIds;
  const memberIds = uniq(input.memberIds);
  if (memberIds.length) {
    const found = await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.id, memberIds), eq(users.status, 'active')));
    if (found.length !== memberIds.length)
      errors.push({ path: 'memberIds', message: '人员不存在或已停用' });
  }
  if (errors.length) throw unprocessable(errors[0]!.message, errors);
  return { values, memberIds: input.memberIds === undefined ? undefined : memberIds };
}
