import { and, desc, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import {
  conflict,
  forbidden,
  notFound,
  unauthenticated,
  unprocessable,
} from '../../core/errors.js';
import { inspectors, recusalOverrides, roleAssignments, rounds } from '../../db/schema/index.js';
import { isInJurisdiction } from '../../policies/checks.js';
import { roundPolicy } from '../../policies/round-policy.js';
import { findRecusalConflicts } from '../recusal/check-recusal.js';
import { notify } from '../notifications/notify.js';
import { findVisibleRound } from './find-visible-round.js';
import { staffableTeam } from './team-members.js';

type OverrideRow = typeof recusalOverrides.$inferSelect;

const present = (r: OverrideRow) => ({
  id: r.id,
  roundId: r.roundId,
  teamId: r.teamId,
  inspectorId: r.inspectorId,
  conflicts: r.conflicts as { rule: string; message: string }[],
  reason: r.reason,
  state: r.state,
  requestedBy: r.requestedBy,
  decidedBy: r.decidedBy,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

/**
 * `POST /api/rounds/:id/recusal-overrides`: the office asks the leading group to allow a
 * conflicted inspector on a team anyway, with the reason; the conflicts found are kept with it.
 */
export async function requestRecusalOverride(
  ctx: Ctx,
  roundId: string,
  input: { teamId: string; inspectorId: string; reason: string },
) {
  const { actor, round, unitIds } = await staffableTeam(ctx, roundId, input.teamId);
  const [inspector] = await dbOf(ctx)
    .select({ id: inspectors.id, name: inspectors.name })
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
  const conflicts = await findRecusalConflicts(ctx, {
    inspectorId: inspector.id,
    unitIds,
    roundId: round.id,
  });
  if (conflicts.length === 0) throw conflict('该干部没有回避情形，无需申请例外');
  return withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(recusalOverrides)
      .values({
        roundId: round.id,
        teamId: input.teamId,
        inspectorId: inspector.id,
        conflicts: conflicts.map((c) => ({ rule: c.rule, unitId: c.unitId, message: c.message })),
        reason: input.reason.trim(),
        requestedBy: actor.userId,
        createdAt: now(ctx),
      })
      .returning();
    await emitAudit(ctx, {
      action: 'recusal.override_requested',
      entityType: 'round',
      entityId: round.id,
      jurisdictionId: round.jurisdictionId,
      detail: {
        overrideId: row!.id,
        inspectorId: inspector.id,
        rules: conflicts.map((c) => c.rule),
        reason: input.reason,
      },
    });
    const leaders = await dbOf(ctx)
      .select({ userId: roleAssignments.userId })
      .from(roleAssignments)
      .where(
        and(
          eq(roleAssignments.role, 'leading_group'),
          eq(roleAssignments.jurisdictionId, round.jurisdictionId),
        ),
      );
    await notify(
      ctx,
      leaders.map((l) => l.userId),
      {
        kind: 'recusal_override',
        title: `${round.name}：${inspector.name} 回避例外待审批`,
        body: input.reason,
        link: `/rounds/${round.id}`,
      },
    );
    return present(row!);
  });
}

export async function listRecusalOverrides(ctx: Ctx, roundId: string) {
  const { round } = await findVisibleRound(ctx, roundId);
  const rows = await dbOf(ctx)
    .select()
    .from(recusalOverrides)
    .where(eq(recusalOverrides.roundId, round.id))
    .orderBy(desc(recusalOverrides.createdAt));
  return { items: rows.map(present) };
}

/** `POST /api/recusal-overrides/:id/decision`: the leading group approves or refuses; never its own. */
export async function decideRecusalOverride(
  ctx: Ctx,
  id: string,
  input: { approve: boolean; note?: string | null },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select({ override: recusalOverrides, jurisdictionId: rounds.jurisdictionId })
    .from(recusalOverrides)
    .innerJoin(rounds, eq(rounds.id, recusalOverrides.roundId))
    .where(and(eq(recusalOverrides.id, id), roundPolicy.visibleWhere(actor)));
  if (!row) throw notFound('回避例外申请');
  if (!isInJurisdiction(actor, ['leading_group'], row.jurisdictionId))
    throw forbidden('回避例外须由巡察工作领导小组批准');
  if (row.override.requestedBy === actor.userId) throw forbidden('不能审批本人的申请');
  if (row.override.state !== 'pending') throw conflict('该申请已处理');
  return withTransaction(ctx, async (ctx) => {
    const [updated] = await dbOf(ctx)
      .update(recusalOverrides)
      .set({
        state: input.approve ? 'approved' : 'rejected',
        decidedBy: actor.userId,
        decidedAt: now(ctx),
      })
      .where(and(eq(recusalOverrides.id, id), eq(recusalOverrides.state, 'pending')))
      .returning();
    if (!updated) throw conflict('该申请已处理');
    await emitAudit(ctx, {
      action: 'recusal.override_decided',
      entityType: 'round',
      entityId: updated.roundId,
      jurisdictionId: row.jurisdictionId,
      detail: { overrideId: id, approve: input.approve, note: input.note ?? null },
    });
    return present(updated);
  });
}
