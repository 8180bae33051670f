import { asc, eq, isNull } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { unprocessable } from '../../core/errors.js';
import { jurisdictions, rounds } from '../../db/schema/index.js';

/** The installation's own jurisdiction: the public page reports to it unless a round is named. */
export async function portalJurisdiction(ctx: Ctx): Promise<string> {
  const [root] = await dbOf(ctx)
    .select({ id: jurisdictions.id })
    .from(jurisdictions)
    .where(isNull(jurisdictions.parentId))
    .orderBy(asc(jurisdictions.createdAt))
    .limit(1);
  if (!root) throw unprocessable('系统尚未初始化');
  return root.id;
}

/**
 * Where a report goes: a round's own channel (`/report?round=<id>`) while the round is not
 * archived, else the installation's jurisdiction. A round that does not exist is a 422.
 */
export async function reportDestination(ctx: Ctx, roundId: string | null | undefined) {
  if (!roundId) return { jurisdictionId: await portalJurisdiction(ctx), roundId: null };
  const [round] = await dbOf(ctx)
    .select({ id: rounds.id, jurisdictionId: rounds.jurisdictionId, state: rounds.state })
    .from(rounds)
    .where(eq(rounds.id, roundId));
  if (!round || round.state === 'archived')
    throw unprocessable('该巡察举报渠道已关闭或不存在', [
      { path: 'roundId', message: '该巡察举报渠道已关闭或不存在' },
    ]);
  return { jurisdictionId: round.jurisdictionId, roundId: round.id };
}
