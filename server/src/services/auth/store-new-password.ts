import { eq, sql } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { invalidInput } from '../../core/errors.js';
import { passwordProblem } from '../../core/passwords.js';
import { users } from '../../db/schema/index.js';
import { hashPassword } from './password-hash.js';
import { revokeUserSessions } from './revoke-sessions.js';

/**
 * Checks and stores a new password, records why, and ends every session of the user:
 * the one path for a user's own change and an administrator's reset.
 */
export async function storeNewPassword(
  ctx: Ctx,
  user: { id: string; username: string; jurisdictionId: string },
  newPassword: string,
  reason: 'password_changed' | 'password_reset',
): Promise<void> {
  const problem = passwordProblem(newPassword, [user.username, 'xuncha']);
  if (problem) throw invalidInput('newPassword', problem);
  const passwordHash = await hashPassword(newPassword);
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
      action: reason === 'password_changed' ? 'auth.password_changed' : 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      jurisdictionId: user.jurisdictionId,
    });
    await revokeUserSessions(ctx, user.id, reason);
  });
}
