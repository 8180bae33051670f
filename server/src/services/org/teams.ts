import { asc } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { roleCodes } from '../../core/roles.js';
import { teams } from '../../db/schema/index.js';
import { coveredJurisdictions, inList } from '../../policies/checks.js';

/** Teams of the caller's jurisdictions (names only; rounds add their assignments later). */
export async function listTeams(ctx: Ctx) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const rows = await dbOf(ctx)
    .select({ id: teams.id, name: teams.name, jurisdictionId: teams.jurisdictionId })
    .from(teams)
    .where(inList(teams.jurisdictionId, coveredJurisdictions(actor, roleCodes)))
    .orderBy(asc(teams.name));
  return { items: rows };
}
