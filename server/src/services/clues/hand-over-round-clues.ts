import { and, eq, sql } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { clues, workflowEvents } from '../../db/schema/index.js';
import { movePatch } from './move-clue.js';

/**
 * Feedback delivered (巡察反馈) hands the round's recorded clues over (报账 → 交账): they enter
 * the ledger's transfer step with the report and feedback (issue: rounds, point 9) — a unit's
 * clues at its feedback meeting, the rest when the round moves on to rectification.
 */
export async function handOverRoundClues(
  ctx: Ctx,
  roundId: string,
  unitId?: string,
): Promise<number> {
  const recorded = await dbOf(ctx)
    .select()
    .from(clues)
    .where(
      and(
        eq(clues.roundId, roundId),
        eq(clues.state, 'recorded'),
        unitId ? eq(clues.accusedUnitId, unitId) : undefined,
      ),
    );
  for (const clue of recorded) {
    await dbOf(ctx)
      .update(clues)
      .set({
        ...(await movePatch(ctx, clue, 'handedOver')),
        state: 'handedOver',
        version: sql`${clues.version} + 1`,
        updatedAt: now(ctx),
      })
      .where(eq(clues.id, clue.id));
    await dbOf(ctx)
      .insert(workflowEvents)
      .values({
        machine: 'clue',
        entityId: clue.id,
        action: 'hand_over',
        fromState: 'recorded',
        toState: 'handedOver',
        actorId: ctx.actor?.userId ?? null,
        opinion: '随巡察反馈交账',
        data: { roundId },
        at: now(ctx),
        version: clue.version + 1,
      });
    await emitAudit(ctx, {
      action: 'clue.handed_over',
      entityType: 'clue',
      entityId: clue.id,
      jurisdictionId: clue.jurisdictionId,
      detail: { roundId, code: clue.code },
    });
  }
  return recorded.length;
}
