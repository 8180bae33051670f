import { eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { invalidInput, unauthenticated } from '../../core/errors.js';
import { users } from '../../db/schema/index.js';
import { verifyPassword } from './password-hash.js';
import { storeNewPassword } from './store-new-password.js';

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
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    throw invalidInput('newPassword', '新密码不能与当前密码相同');
  }
  await storeNewPassword(ctx, user, input.newPassword, 'password_changed');
}
