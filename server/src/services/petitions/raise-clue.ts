import { eq, sql } from 'drizzle-orm';
import { dbOf, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, unprocessable } from '../../core/errors.js';
import { updateVersioned } from '../../core/versioned-update.js';
import { cadres, petitionAccused, petitions } from '../../db/schema/index.js';
import { insertClue } from '../clues/insert-clue.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { findVisiblePetition } from './find-visible-petition.js';
import { getPetition } from './list-petitions.js';

export interface RaiseClueInput {
  description: string;
  /** Which accused of the petition the clue is about (index in the detail's `accused`). */
  accusedIndex?: number | null;
  version: number;
}

/**
 * A petition spawns a clue into the ledger (报账, account `recorded`), carrying who is accused,
 * the category and the round; the petition records the clue's id (issue: petitions, point 8).
 */
export async function raiseClueFromPetition(ctx: Ctx, id: string, input: RaiseClueInput) {
  const { actor, petition } = await findVisiblePetition(ctx, id);
  if (!petitionPolicy.canRaiseClue(actor, petition.jurisdictionId))
    throw forbidden('只有巡察办、领导或巡察组组长可以从信访件生成问题线索');
  const description = input.description.trim();
  if (!description)
    throw unprocessable('请填写线索内容', [{ path: 'description', message: '请填写线索内容' }]);
  const accused = await dbOf(ctx)
    .select()
    .from(petitionAccused)
    .where(eq(petitionAccused.petitionId, petition.id));
  const index = input.accusedIndex ?? 0;
  const who = accused[index];
  if (input.accusedIndex != null && !who)
    throw unprocessable('被反映人不存在', [{ path: 'accusedIndex', message: '被反映人不存在' }]);
  // The cadre's level decides who manages them (transfer by cadre-management authority).
  const [cadre] = who?.cadreId
    ? await dbOf(ctx).select({ level: cadres.level }).from(cadres).where(eq(cadres.id, who.cadreId))
    : [];
  await withTransaction(ctx, async (ctx) => {
    const clue = await insertClue(
      ctx,
      {
        jurisdictionId: petition.jurisdictionId,
        source: 'petition',
        sourcePetitionId: petition.id,
        roundId: petition.roundId,
        accusedName: who?.kind === 'person' ? who.name : null,
        accusedPosition: who?.position ?? null,
        accusedUnitId: who?.unitId ?? null,
        accusedUnitName: who?.unitName ?? null,
        accusedCadreId: who?.cadreId ?? null,
        accusedCadreLevel: cadre?.level ?? null,
        focus: petition.focus,
        disciplines: petition.disciplines as never,
        evidencePetitionIds: [petition.id],
        description,
        createdBy: actor.userId,
      },
      { audit: { petitionId: petition.id } },
    );
    await updateVersioned(ctx, petitions, petition.id, input.version, {
      clueIds: sql`array_append(${petitions.clueIds}, ${clue.id}::uuid)` as never,
    });
  });
  return getPetition(ctx, id);
}
