import { and, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated } from '../../core/errors.js';
import { roleAssignments, users } from '../../db/schema/index.js';
import { userPolicy } from '../../policies/user-policy.js';

/** A user the caller may see, or 404 (the caller may not learn that others exist). */
export async function findVisibleUser(ctx: Ctx, id: string) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [user] = await dbOf(ctx)
    .select()
    .from(users)
    .where(and(eq(users.id, id), userPolicy.visibleWhere(actor)));
  if (!user) throw notFound('用户');
  const roles = await dbOf(ctx)
    .select({ jurisdictionId: roleAssignments.jurisdictionId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, id));
  return { actor, user, roleJurisdictionIds: roles.map((r) => r.jurisdictionId) };
}
