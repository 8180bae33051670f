import { isNull, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../core/context.js';
import { auditLog } from '../db/schema/index.js';
import { rolesFor } from './abilities.js';
import { coveredJurisdictions, holdsAnyRole, inList } from './checks.js';

const readers = rolesFor('audit.read');

/**
 * The security auditor (三员: 安全审计员) reads the log of their jurisdictions, and the rows
 * that belong to none (failed logins of unknown names). Nobody else reads it.
 */
export const auditPolicy = {
  canRead(actor: Actor): boolean {
    return holdsAnyRole(actor, readers);
  },
  visibleWhere(actor: Actor): SQL {
    const ids = coveredJurisdictions(actor, readers);
    if (ids.length === 0) return inList(auditLog.jurisdictionId, []);
    return or(inList(auditLog.jurisdictionId, ids), isNull(auditLog.jurisdictionId))!;
  },
};
