import { and, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { conflict, DomainError, notFound, unprocessable } from '../../core/errors.js';
import {
  inspectors,
  recusalOverrides,
  roundTargets,
  roundTeamMembers,
} from '../../db/schema/index.js';
import { roundPolicy } from '../../policies/round-policy.js';
import { findRecusalConflicts, type RecusalConflict } from '../recusal/check-recusal.js';
import { findVisibleRound } from './find-visible-round.js';
import { getRound } from './list-rounds.js';

type MemberRole = (typeof roundTeamMembers.$inferInsert)['role'];

/** The round (office only, while teams may still change) and the targets of one of its teams. */
export async function staffableTeam(ctx: Ctx, roundId: string, teamId: string) {
  const { actor, round } = await findVisibleRound(ctx, roundId);
  roundPolicy.authorizePlan(actor, round.jurisdictionId);
  if (round.state !== 'preparation' && round.state !== 'on_site')
    throw conflict('当前阶段不能调整巡察组成员');
  const targets = await dbOf(ctx)
    .select({ unitId: roundTargets.unitId })
    .from(roundTargets)
    .where(and(eq(roundTargets.roundId, round.id), eq(roundTargets.teamId, teamId)));
  if (targets.length === 0)
    throw unprocessable('该巡察组在本轮没有巡察对象', [
      { path: 'teamId', message: '该巡察组在本轮没有巡察对象' },
    ]);
  return { actor, round, unitIds: targets.map((t) => t.unitId) };
}

/** 409 naming every rule that applies (任职回避、地域回避 …). */
export function recusalRefusal(conflicts: RecusalConflict[]) {
  return new DomainError(
    'conflict',
    `存在回避情形：${conflicts.map((c) => c.message).join('；')}。如确需选派，须经领导批准例外。`,
    { errors: conflicts.map((c) => ({ path: `recusal.${c.rule}`, message: c.message })) },
  );
}

/**
 * `POST /api/rounds/:id/teams`: puts an inspector on a team of the round. The recusal engine
 * checks the team's targets; a conflicted inspector is refused (409, the rules named) unless a
 * leader approved an override for this round, team and inspector.
 */
export async function assignTeamMember(
  ctx: Ctx,
  roundId: string,
  input: { teamId: string; inspectorId: string; role: MemberRole },
) {
  const { round, unitIds } = await staffableTeam(ctx, roundId, input.teamId);
  const [inspector] = await dbOf(ctx)
    .select()
    .from(inspectors)
    .where(
      and(
        eq(inspectors.id, input.inspectorId),
        eq(inspectors.jurisdictionId, round.jurisdictionId),
      ),
    );
  if (!inspector)
    throw unprocessable('人才库中没有该巡察干部', [
      { path: 'inspectorId', message: '人才库中没有该巡察干部' },
    ]);
  if (!inspector.eligible)
    throw unprocessable('该干部不符合巡察干部条件', [
      { path: 'inspectorId', message: '不符合巡察干部条件' },
    ]);
  if (!inspector.available)
    throw unprocessable('该干部目前不能参加巡察', [
      { path: 'inspectorId', message: '目前不能参加巡察' },
    ]);
  const [already] = await dbOf(ctx)
    .select()
    .from(roundTeamMembers)
    .where(
      and(eq(roundTeamMembers.roundId, round.id), eq(roundTeamMembers.inspectorId, inspector.id)),
    );
  if (already) throw conflict('该干部已在本轮巡察组中');
  if (input.role === 'leader') {
    const [leader] = await dbOf(ctx)
      .select()
      .from(roundTeamMembers)
      .where(
        and(
          eq(roundTeamMembers.roundId, round.id),
          eq(roundTeamMembers.teamId, input.teamId),
          eq(roundTeamMembers.role, 'leader'),
        ),
      );
    if (leader) throw conflict('该巡察组已有组长');
  }
  const conflicts = await findRecusalConflicts(ctx, {
    inspectorId: inspector.id,
    unitIds,
    roundId: round.id,
  });
  let overrideId: string | null = null;
  if (conflicts.length) {
    const [override] = await dbOf(ctx)
      .select({ id: recusalOverrides.id })
      .from(recusalOverrides)
      .where(
        and(
          eq(recusalOverrides.roundId, round.id),
          eq(recusalOverrides.teamId, input.teamId),
          eq(recusalOverrides.inspectorId, inspector.id),
          eq(recusalOverrides.state, 'approved'),
        ),
      );
    if (!override) throw recusalRefusal(conflicts);
    overrideId = override.id;
  }
  await withTransaction(ctx, async (ctx) => {
    await dbOf(ctx)
      .insert(roundTeamMembers)
      .values({
        roundId: round.id,
        teamId: input.teamId,
        inspectorId: inspector.id,
        role: input.role,
        overrideId,
        addedAt: now(ctx),
      });
    await emitAudit(ctx, {
      action: 'round.member_added',
      entityType: 'round',
      entityId: round.id,
      jurisdictionId: round.jurisdictionId,
      detail: {
        teamId: input.teamId,
        inspectorId: inspector.id,
        role: input.role,
        overrideId,
        rules: conflicts.map((c) => c.rule),
      },
    });
  });
  return getRound(ctx, roundId);
}

/** `DELETE /api/rounds/:id/teams/:teamId/members/:inspectorId`. */
export async function removeTeamMember(
  ctx: Ctx,
  roundId: string,
  teamId: string,
  inspectorId: string,
) {
  const { round } = await staffableTeam(ctx, roundId, teamId);
  await withTransaction(ctx, async (ctx) => {
    const removed = await dbOf(ctx)
      .delete(roundTeamMembers)
      .where(
        and(
          eq(roundTeamMembers.roundId, round.id),
          eq(roundTeamMembers.teamId, teamId),
          eq(roundTeamMembers.inspectorId, inspectorId),
        ),
      )
      .returning();
    if (removed.length === 0) throw notFound('巡察组成员');
    await emitAudit(ctx, {
      action: 'round.member_removed',
      entityType: 'round',
      entityId: round.id,
      jurisdictionId: round.jurisdictionId,
      detail: { teamId, inspectorId },
    });
  });
  return getRound(ctx, roundId);
}
