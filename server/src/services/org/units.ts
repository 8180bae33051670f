import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated, unprocessable } from '../../core/errors.js';
import { definedOnly, insertAudited, updateAudited } from '../../core/records.js';
import { matchesSearch, searchVectorOf } from '../../core/search/sql.js';
import { units } from '../../db/schema/index.js';
import { orgPolicy } from '../../policies/org-policy.js';
import { escapeLike, type Page } from '../paging.js';

type UnitType = (typeof units.$inferSelect)['type'];

export interface UnitInput {
  jurisdictionId: string;
  name: string;
  type: UnitType;
  parentId?: string | null;
  region?: string | null;
  code?: string | null;
}

async function selectUnits(ctx: Ctx, where: SQL | undefined, limit: number, offset: number) {
  const rows = await dbOf(ctx)
    .select({
      id: units.id,
      jurisdictionId: units.jurisdictionId,
      name: units.name,
      type: units.type,
      parentId: units.parentId,
      region: units.region,
      code: units.code,
      version: units.version,
      // Written out qualified: drizzle renders a column unqualified here, and inside the subquery
      // it would bind to the inner table (p.id = p.parent_id).
      parentName: sql<string | null>`(select p.name from units p where p.id = units.parent_id)`,
      cadreCount: sql<number>`(select count(*)::int from cadres c where c.unit_id = units.id)`,
    })
    .from(units)
    .where(where)
    .orderBy(asc(units.name))
    .limit(limit)
    .offset(offset);
  const actor = ctx.actor!;
  return rows.map((unit) => ({
    ...unit,
    cadreCount: Number(unit.cadreCount),
    abilities: { update: orgPolicy.canManage(actor, unit.jurisdictionId) },
  }));
}

export type PresentedUnit = Awaited<ReturnType<typeof selectUnits>>[number];

export async function listUnits(
  ctx: Ctx,
  input: {
    page: number;
    pageSize: number;
    q?: string;
    type?: UnitType;
    jurisdictionId?: string;
    parentId?: string;
  },
): Promise<Page<PresentedUnit>> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const filters: (SQL | null | undefined)[] = [orgPolicy.unitVisibleWhere(actor)];
  if (input.q) {
    filters.push(
      or(
        ilike(units.name, `%${escapeLike(input.q)}%`),
        matchesSearch(units.searchVector, input.q) ?? undefined,
      ),
    );
  }
  if (input.type) filters.push(eq(units.type, input.type));
  if (input.jurisdictionId) filters.push(eq(units.jurisdictionId, input.jurisdictionId));
  if (input.parentId) filters.push(eq(units.parentId, input.parentId));
  const where = and(...filters.filter((f): f is SQL => !!f));
  const [total] = await dbOf(ctx).select({ n: count() }).from(units).where(where);
  return {
    items: await selectUnits(ctx, where, input.pageSize, (input.page - 1) * input.pageSize),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** A unit the caller may see, or 404. */
export async function findVisibleUnit(ctx: Ctx, id: string) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select()
    .from(units)
    .where(and(eq(units.id, id), orgPolicy.unitVisibleWhere(actor)));
  if (!row) throw notFound('单位');
  return { actor, unit: row };
}

export async function getUnit(ctx: Ctx, id: string): Promise<PresentedUnit> {
  await findVisibleUnit(ctx, id);
  const [unit] = await selectUnits(ctx, eq(units.id, id), 1, 0);
  return unit!;
}

async function checkParent(ctx: Ctx, jurisdictionId: string, parentId: string, selfId?: string) {
  const { unit: parentUnit } = await findVisibleUnit(ctx, parentId).catch(() => {
    throw unprocessable('上级单位不存在', [{ path: 'parentId', message: '上级单位不存在' }]);
  });
  if (parentUnit.jurisdictionId !== jurisdictionId) {
    throw unprocessable('上级单位须在同一辖区', [{ path: 'parentId', message: '须在同一辖区' }]);
  }
  if (!selfId) return;
  // Walk up from the new parent: meeting ourselves would make a cycle.
  let cursor: string | null = parentUnit.id;
  while (cursor) {
    if (cursor === selfId) {
      throw unprocessable('不能把单位挂到自己或其下级之下', [
        { path: 'parentId', message: '会形成循环' },
      ]);
    }
    const [row] = await dbOf(ctx)
      .select({ parentId: units.parentId })
      .from(units)
      .where(eq(units.id, cursor));
    cursor = row?.parentId ?? null;
  }
}

export async function createUnit(ctx: Ctx, input: UnitInput): Promise<PresentedUnit> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  orgPolicy.authorizeManage(actor, input.jurisdictionId);
  if (input.parentId) await checkParent(ctx, input.jurisdictionId, input.parentId);
  const row = await insertAudited(
    ctx,
    units,
    {
      ...input,
      name: input.name.trim(),
      searchVector: searchVectorOf(input.name, input.region) as never,
    },
    { action: 'unit.create', entityType: 'unit', jurisdictionId: input.jurisdictionId },
  );
  return getUnit(ctx, row.id);
}

export async function updateUnit(
  ctx: Ctx,
  id: string,
  input: Partial<Omit<UnitInput, 'jurisdictionId'>> & { version: number },
): Promise<PresentedUnit> {
  const { actor, unit } = await findVisibleUnit(ctx, id);
  orgPolicy.authorizeManage(actor, unit.jurisdictionId);
  if (input.parentId) await checkParent(ctx, unit.jurisdictionId, input.parentId, id);
  const { version, ...patch } = input;
  const name = patch.name?.trim() ?? unit.name;
  const region = patch.region !== undefined ? patch.region : unit.region;
  await updateAudited(
    ctx,
    units,
    unit,
    version,
    definedOnly({ ...patch, name, searchVector: searchVectorOf(name, region) as never }),
    { action: 'unit.update', entityType: 'unit', jurisdictionId: unit.jurisdictionId },
  );
  return getUnit(ctx, id);
}
