import { and, asc, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated, unprocessable } from '../../core/errors.js';
import { definedOnly, insertAudited, updateAudited } from '../../core/records.js';
import { jurisdictions } from '../../db/schema/index.js';
import { orgPolicy } from '../../policies/org-policy.js';

type Level = 'province' | 'city' | 'county';
const levelRank: Record<Level, number> = { province: 0, city: 1, county: 2 };

export async function listJurisdictions(ctx: Ctx) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const rows = await dbOf(ctx)
    .select()
    .from(jurisdictions)
    .where(orgPolicy.jurisdictionVisibleWhere(actor))
    .orderBy(asc(jurisdictions.createdAt));
  return { items: rows.map(presentJurisdiction) };
}

export function presentJurisdiction(row: typeof jurisdictions.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    level: row.level,
    parentId: row.parentId,
    code: row.code,
    version: row.version,
  };
}

/** A new jurisdiction below one the caller manages, one level down (province → city → county). */
export async function createJurisdiction(
  ctx: Ctx,
  input: { name: string; level: Level; parentId: string; code?: string | null },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [parent] = await dbOf(ctx)
    .select()
    .from(jurisdictions)
    .where(and(eq(jurisdictions.id, input.parentId), orgPolicy.jurisdictionVisibleWhere(actor)));
  if (!parent) throw notFound('上级辖区');
  orgPolicy.authorizeManage(actor, parent.id);
  if (levelRank[input.level] <= levelRank[parent.level]) {
    throw unprocessable('下级辖区的层级须低于上级', [{ path: 'level', message: '层级不正确' }]);
  }
  const row = await insertAudited(
    ctx,
    jurisdictions,
    { name: input.name.trim(), level: input.level, parentId: parent.id, code: input.code ?? null },
    { action: 'jurisdiction.create', entityType: 'jurisdiction', jurisdictionId: parent.id },
  );
  return presentJurisdiction(row);
}

export async function updateJurisdiction(
  ctx: Ctx,
  id: string,
  input: { name?: string; code?: string | null; version: number },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select()
    .from(jurisdictions)
    .where(and(eq(jurisdictions.id, id), orgPolicy.jurisdictionVisibleWhere(actor)));
  if (!row) throw notFound('辖区');
  orgPolicy.authorizeManage(actor, row.id);
  const updated = await updateAudited(
    ctx,
    jurisdictions,
    row,
    input.version,
    definedOnly({ name: input.name?.trim(), code: input.code }),
    { action: 'jurisdiction.update', entityType: 'jurisdiction', jurisdictionId: row.id },
  );
  return presentJurisdiction(updated);
}
