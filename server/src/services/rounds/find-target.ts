import { and, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { conflict, forbidden, unprocessable } from '../../core/errors.js';
import { roundTargets } from '../../db/schema/index.js';
import { roundPolicy } from '../../policies/round-policy.js';
import { findVisibleRound } from './find-visible-round.js';
import type { RoundRow } from './round-types.js';

/**
 * The round (visible, else 404) and one of its targets, for a record the caller writes there:
 * only in the given stages (409 otherwise: an archived round is read-only), only by the office or
 * the target's team (403), only for a unit that is a target (422 on `unitId`).
 */
export async function targetForRecord(
  ctx: Ctx,
  roundId: string,
  unitId: string,
  stages: RoundRow['state'][],
) {
  const { actor, round } = await findVisibleRound(ctx, roundId);
  if (!stages.includes(round.state))
    throw conflict(round.state === 'archived' ? '巡察已立卷归案，只读' : '当前阶段不能记录此项');
  const [target] = await dbOf(ctx)
    .select()
    .from(roundTargets)
    .where(and(eq(roundTargets.roundId, round.id), eq(roundTargets.unitId, unitId)));
  if (!target)
    throw unprocessable('该单位不是本轮巡察对象', [
      { path: 'unitId', message: '该单位不是本轮巡察对象' },
    ]);
  if (!roundPolicy.canRecordAt(actor, round.jurisdictionId, target.teamId))
    throw forbidden('只有巡察办或负责该对象的巡察组可以记录');
  return { actor, round, target };
}
