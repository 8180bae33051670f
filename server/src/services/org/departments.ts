import { and, asc, eq, type SQL } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated } from '../../core/errors.js';
import { definedOnly, insertAudited, updateAudited } from '../../core/records.js';
import { departments } from '../../db/schema/index.js';
import { orgPolicy } from '../../policies/org-policy.js';

type DepartmentKind = (typeof departments.$inferSelect)['kind'];

export function presentDepartment(row: typeof departments.$inferSelect) {
  return {
    id: row.id,
    jurisdictionId: row.jurisdictionId,
    name: row.name,
    kind: row.kind,
    hasAccounts: row.hasAccounts,
    version: row.version,
  };
}

export async function listDepartments(ctx: Ctx, input: { jurisdictionId?: string }) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const filters: SQL[] = [orgPolicy.departmentVisibleWhere(actor)];
  if (input.jurisdictionId) filters.push(eq(departments.jurisdictionId, input.jurisdictionId));
  const rows = await dbOf(ctx)
    .select()
    .from(departments)
    .where(and(...filters))
    .orderBy(asc(departments.name));
  return { items: rows.map(presentDepartment) };
}

export async function createDepartment(
  ctx: Ctx,
  input: { jurisdictionId: string; name: string; kind: DepartmentKind; hasAccounts: boolean },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  orgPolicy.authorizeManage(actor, input.jurisdictionId);
  const row = await insertAudited(
    ctx,
    departments,
    { ...input, name: input.name.trim() },
    { action: 'department.create', entityType: 'department', jurisdictionId: input.jurisdictionId },
  );
  return presentDepartment(row);
}

export async function updateDepartment(
  ctx: Ctx,
  id: string,
  input: { name?: string; kind?: DepartmentKind; hasAccounts?: boolean; version: number },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select()
    .from(departments)
    .where(and(eq(departments.id, id), orgPolicy.departmentVisibleWhere(actor)));
  if (!row) throw notFound('部门');
  orgPolicy.authorizeManage(actor, row.jurisdictionId);
  const { version, ...patch } = input;
  const updated = await updateAudited(
    ctx,
    departments,
    row,
    version,
    definedOnly({ ...patch, name: patch.name?.trim() }),
    { action: 'department.update', entityType: 'department', jurisdictionId: row.jurisdictionId },
  );
  return presentDepartment(updated);
}
