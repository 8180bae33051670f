import { eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { sessions } from '../../db/schema/index.js';

export async function logout(ctx: Ctx): Promise<void> {
  const actor = ctx.actor;
  if (!actor?.sessionId) throw unauthenticated();
  const sessionId = actor.sessionId;
  await withTransaction(ctx, async (ctx) => {
    await dbOf(ctx)
      .update(sessions)
      .set({ revokedAt: now(ctx), revokedReason: 'logout' })
      .where(eq(sessions.id, sessionId));
    await emitAudit(ctx, {
      action: 'auth.logout',
      entityType: 'user',
      entityId: actor.userId,
      jurisdictionId: actor.jurisdictionId,
    });
  });
}
