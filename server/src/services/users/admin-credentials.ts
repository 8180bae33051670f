import { eq, sql } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import { loginThrottle, users } from '../../db/schema/index.js';
import { userPolicy } from '../../policies/user-policy.js';
import { storeNewPassword } from '../auth/store-new-password.js';
import { revokeUserSessions } from '../auth/revoke-sessions.js';
import { findVisibleUser } from './find-visible-user.js';

/** An administrator sets a new password for someone else; their sessions end. */
export async function resetUserPassword(
  ctx: Ctx,
  id: string,
  input: { newPassword: string },
): Promise<void> {
  const { actor, user, roleJurisdictionIds } = await findVisibleUser(ctx, id);
  if (!userPolicy.abilities(actor, user, roleJurisdictionIds).resetPassword) throw forbidden();
  await storeNewPassword(ctx, user, input.newPassword, 'password_reset');
}

/** Lifts a login lockout. */
export async function unlockUser(ctx: Ctx, id: string): Promise<void> {
  const { actor, user, roleJurisdictionIds } = await findVisibleUser(ctx, id);
  if (!userPolicy.abilities(actor, user, roleJurisdictionIds).update) throw forbidden();
  await withTransaction(ctx, async (ctx) => {
    await dbOf(ctx).delete(loginThrottle).where(eq(loginThrottle.username, user.username));
    await emitAudit(ctx, {
      action: 'user.unlocked',
      entityType: 'user',
      entityId: id,
      jurisdictionId: user.jurisdictionId,
    });
  });
}

/** Clears a lost authenticator; the user enrols again at next login if TOTP is required. */
export async function resetUserTotp(ctx: Ctx, id: string): Promise<void> {
  const { actor, user, roleJurisdictionIds } = await findVisibleUser(ctx, id);
  if (!userPolicy.abilities(actor, user, roleJurisdictionIds).resetPassword) throw forbidden();
  await withTransaction(ctx, async (ctx) => {
    await dbOf(ctx)
      .update(users)
      .set({
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        version: sql`${users.version} + 1`,
        updatedAt: now(ctx),
      })
      .where(eq(users.id, id));
    await emitAudit(ctx, {
      action: 'user.totp_reset',
      entityType: 'user',
      entityId: id,
      jurisdictionId: user.jurisdictionId,
    });
    await revokeUserSessions(ctx, id, 'totp_reset');
  });
}
