import { eq, sql } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { invalidInput, unauthenticated } from '../../core/errors.js';
import { passwordProblem } from '../../core/passwords.js';
import { users } from '../../db/schema/index.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { revokeUserSessions } from './revoke-sessions.js';

/** The user's own password change; every session (this one too) ends. */
export async function changePassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [user] = await dbOf(ctx).select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw unauthenticated();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalidInput('currentPassword', '当前密码不正确');
  }
  const problem = passwordProblem(input.newPassword, [user.username, 'xuncha']);
  if (problem) throw invalidInput('newPassword', problem);
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    throw invalidInput('newPassword', '新密码不能与当前密码相同');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction(ctx, async (ctx) => {
    await dbOf(ctx)
      .update(users)
      .set({
        passwordHash,
        passwordChangedAt: now(ctx),
        version: sql`${users.version} + 1`,
        updatedAt: now(ctx),
      })
      .where(eq(users.id, user.id));
    await emitAudit(ctx, {
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: user.id,
      jurisdictionId: user.jurisdictionId,
    });
    await revokeUserSessions(ctx, user.id, 'password_changed');
  });
}
