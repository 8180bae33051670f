import { and, eq, inArray } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { roleAssignments } from '../../db/schema/index.js';
import { receiverRoleOf } from '../../policies/clue-policy.js';

/** Users holding `role` in exactly this jurisdiction. */
async function holders(ctx: Ctx, role: string, jurisdictionIds: string[]) {
  if (jurisdictionIds.length === 0) return [];
  const rows = await dbOf(ctx)
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.role, role as never),
        inArray(roleAssignments.jurisdictionId, jurisdictionIds),
      ),
    );
  return rows.map((r) => r.userId);
}

/** The office of the clue's jurisdiction (escalations, paper receivers' work). */
export const officeOf = (ctx: Ctx, jurisdictionId: string) =>
  holders(ctx, 'office_admin', [jurisdictionId]);

/** Who receives for a department: its role's holders there, or the office for a paper one. */
export async function receiverPeople(
  ctx: Ctx,
  clueJurisdictionId: string,
  dept: { kind: string; hasAccounts: boolean; jurisdictionId: string } | null,
): Promise<string[]> {
  if (!dept) return [];
  const role = dept.hasAccounts ? receiverRoleOf(dept.kind) : null;
  return role ? holders(ctx, role, [dept.jurisdictionId]) : officeOf(ctx, clueJurisdictionId);
}
