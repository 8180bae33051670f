import { and, eq, isNull } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { sessions, users } from '../../db/schema/index.js';

/** Ends every live session of a user (password change, role change, disable …). */
export async function revokeUserSessions(
  ctx: Ctx,
  userId: string,
  reason: string,
): Promise<number> {
  const revoked = await dbOf(ctx)
    .update(sessions)
    .set({ revokedAt: now(ctx), revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  if (revoked.length > 0) {
    // The row belongs to the user's jurisdiction, so only its auditors see it.
    const [user] = await dbOf(ctx)
      .select({ jurisdictionId: users.jurisdictionId })
      .from(users)
      .where(eq(users.id, userId));
    await emitAudit(ctx, {
      action: 'auth.session_revoked',
      entityType: 'user',
      entityId: userId,
      jurisdictionId: user?.jurisdictionId ?? null,
      detail: { reason, count: revoked.length },
    });
  }
  return revoked.length;
}
