import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import { updateVersioned } from '../../core/versioned-update.js';
import { users } from '../../db/schema/index.js';
import { userPolicy } from '../../policies/user-policy.js';
import { revokeUserSessions } from '../auth/revoke-sessions.js';
import { findVisibleUser } from './find-visible-user.js';
import { presentUser, type PresentedUser } from './present-user.js';

export interface UpdateUserInput {
  displayName?: string;
  email?: string | null;
  status?: 'active' | 'disabled';
  version: number;
}

export async function updateUser(
  ctx: Ctx,
  id: string,
  input: UpdateUserInput,
): Promise<PresentedUser> {
  const { actor, user, roleJurisdictionIds } = await findVisibleUser(ctx, id);
  const abilities = userPolicy.abilities(actor, user, roleJurisdictionIds);
  if (!abilities.update) throw forbidden();
  if (input.status === 'disabled' && !abilities.disable) throw forbidden('不能停用自己的账号');
  return withTransaction(ctx, async (ctx) => {
    const updated = await updateVersioned(ctx, users, id, input.version, {
      ...(input.displayName !== undefined ? { displayName: input.displayName.trim() } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
    });
    await emitAudit(ctx, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      jurisdictionId: user.jurisdictionId,
      before: user,
      after: updated,
    });
    if (input.status === 'disabled' && user.status !== 'disabled') {
      await revokeUserSessions(ctx, id, 'disabled');
    }
    return presentUser(dbOf(ctx), actor, id, now(ctx));
  });
}
