import { eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { conflict, invalidInput, unauthenticated } from '../../core/errors.js';
import { users } from '../../db/schema/index.js';
import { checkTotp, newTotpSecret, totpUri } from './totp.js';

const aad = (userId: string) => `users.totp_secret:${userId}`;

/** Proposes a new secret (stored encrypted, not yet enabled). */
export async function setupTotp(ctx: Ctx): Promise<{ secret: string; otpauthUri: string }> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [user] = await dbOf(ctx).select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw unauthenticated();
  if (user.totpEnabledAt) throw conflict('已启用动态验证码；如需更换请联系系统管理员重置');
  const secret = newTotpSecret();
  await dbOf(ctx)
    .update(users)
    .set({ totpSecret: ctx.deps.keyring.encrypt(secret, aad(user.id)) })
    .where(eq(users.id, user.id));
  return { secret, otpauthUri: totpUri(user.username, secret) };
}

/** Enables TOTP once the user proves the authenticator app holds the secret. */
export async function enableTotp(ctx: Ctx, input: { code: string }): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [user] = await dbOf(ctx).select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw unauthenticated();
  if (user.totpEnabledAt) throw conflict('已启用动态验证码');
  if (!user.totpSecret) throw conflict('请先生成密钥');
  const secret = ctx.deps.keyring.decryptText(user.totpSecret, aad(user.id));
  const check = await checkTotp(secret, input.code, now(ctx));
  if (!check.valid) throw invalidInput('code', '动态验证码不正确');
  await withTransaction(ctx, async (ctx) => {
    await dbOf(ctx)
      .update(users)
      .set({ totpEnabledAt: now(ctx), totpLastStep: check.step })
      .where(eq(users.id, user.id));
    await emitAudit(ctx, {
      action: 'auth.totp_enabled',
      entityType: 'user',
      entityId: user.id,
      jurisdictionId: user.jurisdictionId,
    });
  });
}
