import { or, type SQL } from 'drizzle-orm';
import type { Actor } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import { roleCodes } from '../core/roles.js';
import { departments, jurisdictions, units } from '../db/schema/index.js';
import { rolesFor } from './abilities.js';
import { coveredJurisdictions, inList, isInJurisdiction, liaisonUnitIds } from './checks.js';

const readers = rolesFor('org.read');
const managers = rolesFor('org.manage');

/** Organization data: staff read it within their jurisdictions; liaisons see their own unit. */
export const orgPolicy = {
  jurisdictionVisibleWhere(actor: Actor): SQL {
    return inList(jurisdictions.id, coveredJurisdictions(actor, roleCodes));
  },
  departmentVisibleWhere(actor: Actor): SQL {
    return inList(departments.jurisdictionId, coveredJurisdictions(actor, readers));
  },
  unitVisibleWhere(actor: Actor): SQL {
    return or(
      inList(units.jurisdictionId, coveredJurisdictions(actor, readers)),
      inList(units.id, liaisonUnitIds(actor)),
    )!;
  },
  canManage(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, managers, jurisdictionId);
  },
  authorizeManage(actor: Actor, jurisdictionId: string): void {
    if (!isInJurisdiction(actor, managers, jurisdictionId)) throw forbidden();
  },
};
