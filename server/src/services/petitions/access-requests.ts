import { and, desc, eq, gt, or } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { revealProtected } from '../../core/audit/reveal-protected.js';
import { HOUR } from '../../core/clock.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { conflict, forbidden, notFound, unauthenticated } from '../../core/errors.js';
import { leaderRoles } from '../../core/roles.js';
import { accessRequests, petitions, roleAssignments, users } from '../../db/schema/index.js';
import { coveredJurisdictions, inList } from '../../policies/checks.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { notify } from '../notifications/notify.js';
import { getSetting } from '../settings/get-setting.js';
import { findVisiblePetition } from './find-visible-petition.js';
import { identityAad } from './petition-identity.js';

type AccessRow = typeof accessRequests.$inferSelect;

interface Labels {
  requesterName?: string | null;
  petitionCode?: string | null;
}

function present(row: AccessRow, at: Date, labels: Labels = {}) {
  return {
    requesterName: labels.requesterName ?? null,
    petitionCode: labels.petitionCode ?? null,
    id: row.id,
    kind: row.kind,
    petitionId: row.petitionId,
    requesterId: row.requesterId,
    reason: row.reason,
    state: row.state,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionNote: row.decisionNote,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    active: row.state === 'approved' && !!row.expiresAt && row.expiresAt.getTime() > at.getTime(),
    createdAt: row.createdAt.toISOString(),
  };
}

/** 查阅/复印申请: asks a leader for the reporter's identity or for a copy of the file. */
export async function createAccessRequest(
  ctx: Ctx,
  input: { kind: 'identity' | 'copy'; petitionId: string; reason: string },
) {
  const { actor, petition } = await findVisiblePetition(ctx, input.petitionId);
  if (!petitionPolicy.canRequestAccess(actor)) throw forbidden();
  if (input.kind === 'identity' && !petition.identityCipher)
    throw conflict('该信访件为匿名件或未登记信访人身份');
  return withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(accessRequests)
      .values({
        kind: input.kind,
        petitionId: petition.id,
        jurisdictionId: petition.jurisdictionId,
        requesterId: actor.userId,
        reason: input.reason.trim(),
        createdAt: now(ctx),
      })
      .returning();
    await emitAudit(ctx, {
      action: 'access_request.create',
      entityType: 'access_request',
      entityId: row!.id,
      jurisdictionId: petition.jurisdictionId,
      detail: { kind: input.kind, petitionId: petition.id, reason: input.reason },
    });
    const leaders = await dbOf(ctx)
      .select({ userId: roleAssignments.userId })
      .from(roleAssignments)
      .where(
        and(
          eq(roleAssignments.role, 'leading_group'),
          eq(roleAssignments.jurisdictionId, petition.jurisdictionId),
        ),
      );
    await notify(
      ctx,
      leaders.map((l) => l.userId).filter((id) => id !== actor.userId),
      {
        kind: 'access_request',
        title: `信访件 ${petition.code} 的${input.kind === 'identity' ? '身份查阅' : '复印'}申请待审批`,
        body: input.reason,
        link: `/access-requests`,
      },
    );
    return present(row!, now(ctx), {
      requesterName: actor.displayName,
      petitionCode: petition.code,
    });
  });
}

/** Requests the caller made, and those the caller may decide (leaders of the jurisdiction). */
export async function listAccessRequests(ctx: Ctx, input: { state?: AccessRow['state'] }) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const visible = or(
    eq(accessRequests.requesterId, actor.userId),
    inList(accessRequests.jurisdictionId, coveredJurisdictions(actor, leaderRoles)),
  );
  const rows = await dbOf(ctx)
    .select({
      request: accessRequests,
      requesterName: users.displayName,
      petitionCode: petitions.code,
    })
    .from(accessRequests)
    .innerJoin(users, eq(users.id, accessRequests.requesterId))
    .innerJoin(petitions, eq(petitions.id, accessRequests.petitionId))
    .where(and(visible, input.state ? eq(accessRequests.state, input.state) : undefined))
    .orderBy(desc(accessRequests.createdAt))
    .limit(200);
  return { items: rows.map((r) => present(r.request, now(ctx), r)) };
}

/** A leader approves (time-boxed by the setting identity.accessHours) or rejects; never their own. */
export async function decideAccessRequest(
  ctx: Ctx,
  id: string,
  input: { approve: boolean; note?: string | null },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx).select().from(accessRequests).where(eq(accessRequests.id, id));
  const mayDecide = row && petitionPolicy.isLeaderFor(actor, row.jurisdictionId);
  if (!row || (!mayDecide && row.requesterId !== actor.userId)) throw notFound('申请');
  if (!mayDecide) throw forbidden('须由领导审批');
  if (row.requesterId === actor.userId) throw forbidden('不能审批本人的申请');
  if (row.state !== 'pending') throw conflict('该申请已处理');
  const hours = await getSetting(ctx, row.jurisdictionId, 'identity.accessHours');
  return withTransaction(ctx, async (ctx) => {
    const [updated] = await dbOf(ctx)
      .update(accessRequests)
      .set({
        state: input.approve ? 'approved' : 'rejected',
        decidedBy: actor.userId,
        decidedAt: now(ctx),
        decisionNote: input.note?.trim() || null,
        expiresAt: input.approve ? new Date(now(ctx).getTime() + hours * HOUR) : null,
      })
      .where(and(eq(accessRequests.id, id), eq(accessRequests.state, 'pending')))
      .returning();
    if (!updated) throw conflict('该申请已处理');
    await emitAudit(ctx, {
      action: 'access_request.decided',
      entityType: 'access_request',
      entityId: id,
      jurisdictionId: row.jurisdictionId,
      detail: {
        approve: input.approve,
        note: input.note ?? null,
        hours: input.approve ? hours : null,
      },
    });
    await notify(ctx, [row.requesterId], {
      kind: 'access_request',
      title: input.approve ? `查阅申请已批准（${hours} 小时内有效）` : '查阅申请未获批准',
      body: input.note ?? '',
      link: `/petitions/${row.petitionId}`,
    });
    const [labels] = await dbOf(ctx)
      .select({ requesterName: users.displayName, petitionCode: petitions.code })
      .from(users)
      .innerJoin(petitions, eq(petitions.id, row.petitionId))
      .where(eq(users.id, row.requesterId));
    return present(updated, now(ctx), labels);
  });
}

/** An approved, unexpired request of this kind by the caller for this petition, or null. */
export async function activeGrant(ctx: Ctx, petitionId: string, kind: 'identity' | 'copy') {
  const [grant] = await dbOf(ctx)
    .select()
    .from(accessRequests)
    .where(
      and(
        eq(accessRequests.petitionId, petitionId),
        eq(accessRequests.requesterId, ctx.actor!.userId),
        eq(accessRequests.kind, kind),
        eq(accessRequests.state, 'approved'),
        gt(accessRequests.expiresAt, now(ctx)),
      ),
    )
    .limit(1);
  return grant ?? null;
}

/** `GET /api/petitions/:id/identity`: the full identity, only under an active grant, audited. */
export async function revealPetitionIdentity(ctx: Ctx, petitionId: string) {
  const { petition } = await findVisiblePetition(ctx, petitionId);
  const grant = await activeGrant(ctx, petition.id, 'identity');
  if (!grant) throw forbidden('查看信访人身份须经领导批准的查阅申请（批准后限时有效）');
  if (!petition.identityCipher) throw conflict('该信访件为匿名件');
  const plain = await revealProtected(
    ctx,
    {
      entityType: 'petition',
      entityId: petition.id,
      jurisdictionId: petition.jurisdictionId,
      field: 'petitioner.identity',
      grantId: grant.id,
    },
    petition.identityCipher,
    identityAad(petition.id),
  );
  const identity = JSON.parse(plain) as {
    name: string | null;
    idNumber: string | null;
    phone: string | null;
    address: string | null;
  };
  return { ...identity, expiresAt: grant.expiresAt!.toISOString() };
}
