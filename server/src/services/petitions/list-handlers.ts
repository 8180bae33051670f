import { and, asc, eq, inArray } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { roleAssignments, users } from '../../db/schema/index.js';
import { jurisdictionSubtrees } from '../auth/load-actor.js';
import { isInJurisdiction } from '../../policies/checks.js';
import { petitionMachine } from './petition-machine.js';

/**
 * `GET /api/petitions/handlers`: who can be assigned a petition of the jurisdiction (those who
 * may write its investigation report there), for those who assign. Names only.
 */
export async function listPetitionHandlers(ctx: Ctx, input: { jurisdictionId?: string }) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const jurisdictionId = input.jurisdictionId ?? actor.jurisdictionId;
  if (!isInJurisdiction(actor, petitionMachine.def.transitions.assign.roles, jurisdictionId))
    throw forbidden('只有巡察办或领导可以交办');
  const db = dbOf(ctx);
  const rows = await db
    .selectDistinct({
      id: users.id,
      displayName: users.displayName,
      username: users.username,
      jurisdictionId: roleAssignments.jurisdictionId,
    })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(
      and(
        eq(users.status, 'active'),
        inArray(roleAssignments.role, [...petitionMachine.def.transitions.report.roles]),
      ),
    )
    .orderBy(asc(users.displayName));
  // A role held above the petition's jurisdiction covers it too.
  const subtrees = await jurisdictionSubtrees(db, [...new Set(rows.map((r) => r.jurisdictionId))]);
  const covering = rows.filter((r) => subtrees.get(r.jurisdictionId)?.includes(jurisdictionId));
  const seen = new Set<string>();
  return {
    items: covering
      .filter((r) => !seen.has(r.id) && seen.add(r.id))
      .map((r) => ({ id: r.id, displayName: `${r.displayName}（${r.username}）` })),
  };
}
