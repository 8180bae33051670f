import { eq, sql } from 'drizzle-orm';
import type { Actor, RoleAssignment } from '../../core/context.js';
import { isRoleCode } from '../../core/roles.js';
import { queryRows, type DbOrTx } from '../../db/client.js';
import { roleAssignments, users } from '../../db/schema/index.js';

/** Each jurisdiction id with every jurisdiction below it (one recursive query). */
export async function jurisdictionSubtrees(
  db: DbOrTx,
  rootIds: string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(rootIds.map((id) => [id, []]));
  if (rootIds.length === 0) return result;
  const rows = await queryRows<{ id: string; root: string }>(
    db,
    sql`
    with recursive sub(id, root) as (
      select id, id from jurisdictions where id in (${sql.join(
        rootIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      union all
      select j.id, sub.root from jurisdictions j join sub on j.parent_id = sub.id
    )
    select id::text as id, root::text as root from sub`,
  );
  for (const row of rows) result.get(row.root)?.push(row.id);
  return result;
}

export async function loadActor(
  db: DbOrTx,
  userId: string,
  sessionId: string | null,
): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.status !== 'active') return null;
  const assignments = await db
    .select()
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId));
  const subtrees = await jurisdictionSubtrees(db, [
    ...new Set(assignments.map((a) => a.jurisdictionId)),
  ]);
  const roles: RoleAssignment[] = assignments.flatMap((a) =>
    isRoleCode(a.role)
      ? [
          {
            role: a.role,
            jurisdictionId: a.jurisdictionId,
            teamId: a.teamId,
            unitId: a.unitId,
            coveredJurisdictionIds: subtrees.get(a.jurisdictionId) ?? [],
          },
        ]
      : [],
  );
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    jurisdictionId: user.jurisdictionId,
    roles,
    sessionId,
  };
}
