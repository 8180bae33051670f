import { eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { sessions, users } from '../../db/schema/index.js';
import { getMe, type Me } from './get-me.js';
import { loadActor } from './load-actor.js';
import { sessionLimits } from './session-policy.js';
import { hashToken, newToken } from './tokens.js';

export interface NewSession {
  token: string;
  csrfToken: string;
  me: Me;
}

export async function createSession(ctx: Ctx, userId: string, method: string): Promise<NewSession> {
  return withTransaction(ctx, async (ctx) => {
    const token = newToken();
    const csrfToken = newToken();
    const at = now(ctx);
    const id = hashToken(token);
    await dbOf(ctx)
      .insert(sessions)
      .values({
        id,
        userId,
        csrfToken,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: new Date(at.getTime() + sessionLimits.absoluteMs),
      });
    const [user] = await dbOf(ctx)
      .update(users)
      .set({ lastLoginAt: at })
      .where(eq(users.id, userId))
      .returning();
    const actor = await loadActor(dbOf(ctx), userId, id);
    if (!user || !actor) throw new Error('session for a missing user');
    const sessionCtx: Ctx = { ...ctx, actor };
    await emitAudit(sessionCtx, {
      action: 'auth.login',
      entityType: 'user',
      entityId: userId,
      jurisdictionId: user.jurisdictionId,
      detail: { method },
    });
    return { token, csrfToken, me: await getMe(sessionCtx, csrfToken) };
  });
}
