import type { SQL } from 'drizzle-orm';
import type { Actor } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import { users } from '../db/schema/index.js';
import { rolesFor } from './abilities.js';
import { coveredJurisdictions, inList, isInJurisdiction } from './checks.js';

const managers = rolesFor('users.manage');

export const userPolicy = {
  /** The one filter every user list, count and export goes through. */
  visibleWhere(actor: Actor): SQL {
    return inList(users.jurisdictionId, coveredJurisdictions(actor, managers));
  },
  canManageIn(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, managers, jurisdictionId);
  },
  /**
   * Managing a user needs the user's jurisdiction and every jurisdiction they hold a role in:
   * an administrator below may not take over (reset, re-role) someone who acts above them.
   */
  abilities(
    actor: Actor,
    user: { id: string; jurisdictionId: string },
    roleJurisdictionIds: readonly string[],
  ) {
    const manage =
      isInJurisdiction(actor, managers, user.jurisdictionId) &&
      roleJurisdictionIds.every((id) => isInJurisdiction(actor, managers, id));
    return {
      update: manage,
      disable: manage && user.id !== actor.userId,
      resetPassword: manage && user.id !== actor.userId,
    };
  },
  authorizeManage(actor: Actor, jurisdictionId: string): void {
    if (!isInJurisdiction(actor, managers, jurisdictionId)) throw forbidden();
  },
};
