import { eq, sql } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { DomainError, unauthenticated } from '../../core/errors.js';
import { loginThrottle, loginTickets, roleAssignments, users } from '../../db/schema/index.js';
import { getSetting } from '../settings/get-setting.js';
import { createSession, type NewSession } from './create-session.js';
import { timingDummyHash, verifyPassword } from './password-hash.js';
import { sessionLimits } from './session-policy.js';
import { hashToken, newToken } from './tokens.js';
import { newTotpSecret, totpUri } from './totp.js';

export type LoginResult =
  | ({ status: 'authenticated' } & NewSession)
  | { status: 'totp_required'; ticket: string }
  | { status: 'totp_setup_required'; ticket: string; secret: string; otpauthUri: string };

export const BAD_CREDENTIALS = '用户名或密码错误';

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

async function refuseIfLocked(ctx: Ctx, username: string): Promise<void> {
  const [row] = await dbOf(ctx)
    .select()
    .from(loginThrottle)
    .where(eq(loginThrottle.username, username));
  const at = now(ctx).getTime();
  if (row?.lockedUntil && row.lockedUntil.getTime() > at) {
    const seconds = Math.ceil((row.lockedUntil.getTime() - at) / 1000);
    throw new DomainError(
      'rate_limited',
      `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`,
      { retryAfterSeconds: seconds },
    );
  }
}

/** Counts a failure for the name (existing or not) and locks it after too many. */
async function recordFailure(ctx: Ctx, username: string, jurisdictionId: string | null) {
  await withTransaction(ctx, async (ctx) => {
    const at = now(ctx);
    const [row] = await dbOf(ctx)
      .insert(loginThrottle)
      .values({ username, failures: 1, lastFailureAt: at })
      .onConflictDoUpdate({
        target: loginThrottle.username,
        set: { failures: sql`${loginThrottle.failures} + 1`, lastFailureAt: at },
      })
      .returning();
    const locked = (row?.failures ?? 0) >= sessionLimits.failuresBeforeLock;
    if (locked) {
      await dbOf(ctx)
        .update(loginThrottle)
        .set({ failures: 0, lockedUntil: new Date(at.getTime() + sessionLimits.lockMs) })
        .where(eq(loginThrottle.username, username));
    }
    await emitAudit(ctx, {
      action: 'auth.login_failed',
      entityType: 'user',
      actorName: username,
      jurisdictionId,
      detail: { username, locked },
    });
  });
}

async function totpRequired(ctx: Ctx, userId: string, jurisdictionId: string): Promise<boolean> {
  const required = await getSetting(ctx, jurisdictionId, 'security.totpRequiredRoles');
  if (required.length === 0) return false;
  const roles = await dbOf(ctx)
    .select({ role: roleAssignments.role })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId));
  return roles.some((r) => required.includes(r.role));
}

/** First step of a login: the password. Answers with a session or a TOTP step. */
export async function login(
  ctx: Ctx,
  input: { username: string; password: string },
): Promise<LoginResult> {
  const username = normalizeUsername(input.username);
  await refuseIfLocked(ctx, username);
  const [user] = await dbOf(ctx).select().from(users).where(eq(users.username, username));
  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await timingDummyHash(), input.password), false);
  if (!user || !ok || user.status !== 'active') {
    await recordFailure(ctx, username, user?.jurisdictionId ?? null);
    throw unauthenticated(BAD_CREDENTIALS);
  }
  await dbOf(ctx).delete(loginThrottle).where(eq(loginThrottle.username, username));

  const enrolled = user.totpEnabledAt !== null && user.totpSecret !== null;
  if (!enrolled && !(await totpRequired(ctx, user.id, user.jurisdictionId))) {
    return { status: 'authenticated', ...(await createSession(ctx, user.id, 'password')) };
  }
  const ticket = newToken();
  const secret = enrolled ? null : newTotpSecret();
  await dbOf(ctx)
    .insert(loginTickets)
    .values({
      id: hashToken(ticket),
      userId: user.id,
      pendingTotpSecret: secret
        ? ctx.deps.keyring.encrypt(secret, `login_tickets:${user.id}`)
        : null,
      expiresAt: new Date(now(ctx).getTime() + sessionLimits.ticketMs),
    });
  if (!secret) return { status: 'totp_required', ticket };
  return {
    status: 'totp_setup_required',
    ticket,
    secret,
    otpauthUri: totpUri(user.username, secret),
  };
}
