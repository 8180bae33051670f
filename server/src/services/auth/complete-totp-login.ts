import { eq, sql } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { loginTickets, users } from '../../db/schema/index.js';
import { createSession, type NewSession } from './create-session.js';
import { sessionLimits } from './session-policy.js';
import { hashToken } from './tokens.js';
import { checkTotp } from './totp.js';

export const BAD_TOTP = '动态验证码错误或已过期';

/** Second step: a TOTP code against the ticket (enrolling the pending secret if there is one). */
export async function completeTotpLogin(
  ctx: Ctx,
  input: { ticket: string; code: string },
): Promise<{ status: 'authenticated' } & NewSession> {
  const id = hashToken(input.ticket);
  const [ticket] = await dbOf(ctx).select().from(loginTickets).where(eq(loginTickets.id, id));
  if (!ticket || ticket.expiresAt.getTime() <= now(ctx).getTime()) {
    throw unauthenticated('登录已过期，请重新输入用户名和密码');
  }
  const [user] = await dbOf(ctx).select().from(users).where(eq(users.id, ticket.userId));
  if (!user || user.status !== 'active') throw unauthenticated(BAD_TOTP);
  const keyring = ctx.deps.keyring;
  const enrolling = ticket.pendingTotpSecret !== null;
  const secret = enrolling
    ? keyring.decryptText(ticket.pendingTotpSecret!, `login_tickets:${user.id}`)
    : user.totpSecret
      ? keyring.decryptText(user.totpSecret, `users.totp_secret:${user.id}`)
      : null;
  const check = secret ? await checkTotp(secret, input.code, now(ctx)) : { valid: false as const };
  if (!check.valid || (user.totpLastStep !== null && check.step <= user.totpLastStep)) {
    const [updated] = await dbOf(ctx)
      .update(loginTickets)
      .set({ attempts: sql`${loginTickets.attempts} + 1` })
      .where(eq(loginTickets.id, id))
      .returning();
    if ((updated?.attempts ?? 0) >= sessionLimits.ticketAttempts) {
      await dbOf(ctx).delete(loginTickets).where(eq(loginTickets.id, id));
    }
    throw unauthenticated(BAD_TOTP);
  }
  return withTransaction(ctx, async (ctx) => {
    await dbOf(ctx).delete(loginTickets).where(eq(loginTickets.id, id));
    await dbOf(ctx)
      .update(users)
      .set({
        totpLastStep: check.step,
        ...(enrolling
          ? {
              totpSecret: keyring.encrypt(secret!, `users.totp_secret:${user.id}`),
              totpEnabledAt: now(ctx),
            }
          : {}),
      })
      .where(eq(users.id, user.id));
    if (enrolling) {
      await emitAudit(ctx, {
        action: 'auth.totp_enabled',
        entityType: 'user',
        entityId: user.id,
        actorName: user.username,
        jurisdictionId: user.jurisdictionId,
      });
    }
    return {
      status: 'authenticated' as const,
      ...(await createSession(ctx, user.id, 'password+totp')),
    };
  });
}
