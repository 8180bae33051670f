import { eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { conflict, unauthenticated, unprocessable } from '../../core/errors.js';
import { definedOnly } from '../../core/records.js';
import { updateVersioned } from '../../core/versioned-update.js';
import { roundTargets, rounds } from '../../db/schema/index.js';
import { roundPolicy } from '../../policies/round-policy.js';
import { checkRoundPlan } from './check-targets.js';
import { findVisibleRound } from './find-visible-round.js';
import { roundDetail } from './present-round.js';
import type { RoundInput, RoundTargetInput } from './round-types.js';

/** `POST /api/rounds`: the office plans a round (准备 stage) with its targets and their teams. */
export async function planRound(ctx: Ctx, input: RoundInput) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const jurisdictionId = input.jurisdictionId ?? actor.jurisdictionId;
  roundPolicy.authorizePlan(actor, jurisdictionId);
  const { errors } = await checkRoundPlan(ctx, jurisdictionId, input);
  if (input.kind === 'special' && !input.topic?.trim())
    errors.push({ path: 'topic', message: '专项巡察须写明巡察主题' });
  if (errors.length) throw unprocessable('巡察轮次信息有误', errors);
  const row = await withTransaction(ctx, async (ctx) => {
    const [round] = await dbOf(ctx)
      .insert(rounds)
      .values({
        jurisdictionId,
        name: input.name.trim(),
        kind: input.kind,
        topic: input.topic?.trim() || null,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        authorizationNo: input.authorizationNo?.trim() || null,
        termId: input.termId ?? null,
        createdBy: actor.userId,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning();
    await writeTargets(ctx, round!.id, input.targets);
    await emitAudit(ctx, {
      action: 'round.create',
      entityType: 'round',
      entityId: round!.id,
      jurisdictionId,
      detail: { name: round!.name, kind: round!.kind, targets: input.targets },
    });
    return round!;
  });
  return roundDetail(ctx, row, actor);
}

async function writeTargets(ctx: Ctx, roundId: string, targets: RoundTargetInput[]) {
  await dbOf(ctx).delete(roundTargets).where(eq(roundTargets.roundId, roundId));
  if (targets.length)
    await dbOf(ctx)
      .insert(roundTargets)
      .values(targets.map((t) => ({ roundId, unitId: t.unitId, teamId: t.teamId ?? null })));
}

export type RoundPatch = Partial<Omit<RoundInput, 'jurisdictionId' | 'kind'>> & {
  version: number;
};

/** `PATCH /api/rounds/:id`: changes the plan while the round is still in preparation. */
export async function updateRoundPlan(ctx: Ctx, id: string, input: RoundPatch) {
  const { actor, round } = await findVisibleRound(ctx, id);
  roundPolicy.authorizePlan(actor, round.jurisdictionId);
  if (round.state !== 'preparation') throw conflict('巡察已进驻，不能再修改巡察计划');
  const merged = {
    startsOn: input.startsOn === undefined ? round.startsOn : input.startsOn,
    endsOn: input.endsOn === undefined ? round.endsOn : input.endsOn,
    termId: input.termId === undefined ? round.termId : input.termId,
    targets: input.targets ?? [],
  };
  const { errors } = await checkRoundPlan(ctx, round.jurisdictionId, merged);
  if (round.kind === 'special' && input.topic !== undefined && !input.topic?.trim())
    errors.push({ path: 'topic', message: '专项巡察须写明巡察主题' });
  if (errors.length) throw unprocessable('巡察轮次信息有误', errors);
  const updated = await withTransaction(ctx, async (ctx) => {
    const after = await updateVersioned(
      ctx,
      rounds,
      round.id,
      input.version,
      definedOnly({
        name: input.name?.trim(),
        topic: input.topic === undefined ? undefined : input.topic?.trim() || null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        authorizationNo:
          input.authorizationNo === undefined ? undefined : input.authorizationNo?.trim() || null,
        termId: input.termId,
      }),
    );
    if (input.targets) await writeTargets(ctx, round.id, input.targets);
    await emitAudit(ctx, {
      action: 'round.update',
      entityType: 'round',
      entityId: round.id,
      jurisdictionId: round.jurisdictionId,
      before: round,
      after,
      detail: input.targets ? { targets: input.targets } : undefined,
    });
    return after;
  });
  return roundDetail(ctx, updated, actor);
}
