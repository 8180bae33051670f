import { eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import { updateVersioned } from '../../core/versioned-update.js';
import { roleAssignments, users } from '../../db/schema/index.js';
import { userPolicy } from '../../policies/user-policy.js';
import { revokeUserSessions } from '../auth/revoke-sessions.js';
import { findVisibleUser } from './find-visible-user.js';
import { presentUser, type PresentedUser } from './present-user.js';
import { validateRoles, type RoleInput } from './validate-roles.js';

/** Replaces a user's roles; their sessions end so the new rights apply at once. */
export async function setUserRoles(
  ctx: Ctx,
  id: string,
  input: { roles: RoleInput[]; version: number },
): Promise<PresentedUser> {
  const { actor, user, roleJurisdictionIds } = await findVisibleUser(ctx, id);
  if (!userPolicy.abilities(actor, user, roleJurisdictionIds).update) throw forbidden();
  const roles = await validateRoles(ctx, actor, input.roles);
  return withTransaction(ctx, async (ctx) => {
    const before = await dbOf(ctx)
      .select()
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, id));
    await updateVersioned(ctx, users, id, input.version, {});
    await dbOf(ctx).delete(roleAssignments).where(eq(roleAssignments.userId, id));
    if (roles.length) {
      await dbOf(ctx)
        .insert(roleAssignments)
        .values(roles.map((r) => ({ ...r, userId: id })));
    }
    await emitAudit(ctx, {
      action: 'user.roles_changed',
      entityType: 'user',
      entityId: id,
      jurisdictionId: user.jurisdictionId,
      detail: {
        before: before.map(({ role, jurisdictionId, teamId, unitId }) => ({
          role,
          jurisdictionId,
          teamId,
          unitId,
        })),
        after: roles,
      },
    });
    await revokeUserSessions(ctx, id, 'roles_changed');
    return presentUser(dbOf(ctx), actor, id, now(ctx));
  });
}
