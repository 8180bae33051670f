import { and, eq, isNull } from 'drizzle-orm';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { applyTransition } from '../../core/workflow/apply-transition.js';
import { roundReports, roundTargets, rounds } from '../../db/schema/index.js';
import { handOverRoundClues } from '../clues/hand-over-round-clues.js';
import { findVisibleRound } from './find-visible-round.js';
import { getRound } from './list-rounds.js';
import { roundGates } from './round-gates.js';
import { roundMachine, type RoundAction } from './round-machine.js';

export async function roundRecord(ctx: Ctx, round: typeof rounds.$inferSelect) {
  const targets = await dbOf(ctx)
    .select({ teamId: roundTargets.teamId })
    .from(roundTargets)
    .where(eq(roundTargets.roundId, round.id));
  return {
    ...round,
    teamIds: [...new Set(targets.flatMap((t) => (t.teamId ? [t.teamId] : [])))],
  };
}

/**
 * `POST /api/rounds/:id/transitions`: one stage step. The machine checks state and role (409 /
 * 403); the gate then lists what is still missing (409 with the list); approval stamps reports.
 */
export async function transitionRound(
  ctx: Ctx,
  id: string,
  input: { action: string; version: number; opinion?: string | null },
) {
  const { actor, round } = await findVisibleRound(ctx, id);
  const record = await roundRecord(ctx, round);
  roundMachine.check(actor, record, input.action, { ...input });
  const missing = (await roundGates(ctx, round))[input.action as RoundAction];
  if (missing.length)
    throw new DomainError('conflict', `还不能进入下一阶段：${missing.join('；')}`, {
      errors: missing.map((message) => ({ path: 'gate', message })),
    });
  await withTransaction(ctx, async (ctx) => {
    await applyTransition(ctx, {
      machine: roundMachine,
      table: rounds,
      record,
      action: input.action,
      version: input.version,
      input: { ...input },
    });
    if (input.action === 'approve_report')
      await dbOf(ctx)
        .update(roundReports)
        .set({ approvedBy: actor.userId, approvedAt: now(ctx) })
        .where(and(eq(roundReports.roundId, round.id), isNull(roundReports.approvedAt)));
    if (input.action === 'deliver_feedback') await handOverRoundClues(ctx, round.id);
  });
  return getRound(ctx, id);
}
