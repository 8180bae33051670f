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
  abilities(actor: Actor, user: { id: string; jurisdictionId: string }) {
    const manage = isInJurisdiction(actor, managers, user.jurisdictionId);
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
