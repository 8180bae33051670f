import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated } from '../../core/errors.js';
import { definedOnly, insertAudited, updateAudited } from '../../core/records.js';
import { cadres, units } from '../../db/schema/index.js';
import { orgPolicy } from '../../policies/org-policy.js';
import { escapeLike, type Page } from '../paging.js';
import { findVisibleUnit } from './units.js';

type CadreRow = typeof cadres.$inferSelect;

export interface CadreInput {
  name: string;
  gender?: CadreRow['gender'];
  position: string;
  level: CadreRow['level'];
  isLeadershipMember?: boolean;
}

function presentCadre(row: CadreRow, unitName: string) {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName,
    name: row.name,
    gender: row.gender,
    position: row.position,
    level: row.level,
    isLeadershipMember: row.isLeadershipMember,
    version: row.version,
  };
}

export type PresentedCadre = ReturnType<typeof presentCadre>;

export async function listCadres(
  ctx: Ctx,
  input: { unitId?: string; q?: string; page: number; pageSize: number },
): Promise<Page<PresentedCadre>> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const filters: SQL[] = [orgPolicy.unitVisibleWhere(actor)];
  if (input.unitId) filters.push(eq(cadres.unitId, input.unitId));
  if (input.q) filters.push(ilike(cadres.name, `%${escapeLike(input.q)}%`));
  const where = and(...filters);
  const [total] = await dbOf(ctx)
    .select({ n: count() })
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(where);
  const rows = await dbOf(ctx)
    .select({ cadre: cadres, unitName: units.name })
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(where)
    .orderBy(asc(units.name), asc(cadres.name))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    items: rows.map((r) => presentCadre(r.cadre, r.unitName)),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function createCadre(ctx: Ctx, input: CadreInput & { unitId: string }) {
  const { actor, unit } = await findVisibleUnit(ctx, input.unitId);
  orgPolicy.authorizeManage(actor, unit.jurisdictionId);
  const row = await insertAudited(
    ctx,
    cadres,
    { ...input, name: input.name.trim() },
    { action: 'cadre.create', entityType: 'cadre', jurisdictionId: unit.jurisdictionId },
  );
  return presentCadre(row, unit.name);
}

export async function updateCadre(
  ctx: Ctx,
  id: string,
  input: Partial<CadreInput> & { version: number },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [found] = await dbOf(ctx)
    .select({ cadre: cadres, unit: units })
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(and(eq(cadres.id, id), orgPolicy.unitVisibleWhere(actor)));
  if (!found) throw notFound('干部');
  orgPolicy.authorizeManage(actor, found.unit.jurisdictionId);
  const { version, ...patch } = input;
  const row = await updateAudited(ctx, cadres, found.cadre, version, definedOnly(patch), {
    action: 'cadre.update',
    entityType: 'cadre',
    jurisdictionId: found.unit.jurisdictionId,
  });
  return presentCadre(row, found.unit.name);
}
