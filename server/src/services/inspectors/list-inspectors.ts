import { and, asc, count, eq, ilike, sql, type SQL } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { inspectors } from '../../db/schema/index.js';
import { inspectorPolicy } from '../../policies/inspector-policy.js';
import { escapeLike, type Page } from '../paging.js';
import { findVisibleInspector } from './find-visible-inspector.js';
import { inspectorDetail, inspectorSummary, type PresentedInspector } from './present-inspector.js';

export interface InspectorQuery {
  page: number;
  pageSize: number;
  q?: string;
  specialty?: string;
  available?: boolean;
  eligible?: boolean;
  jurisdictionId?: string;
}

/** `GET /api/inspectors`: the talent pool of the caller's jurisdictions, filtered and paged. */
export async function listInspectors(
  ctx: Ctx,
  input: InspectorQuery,
): Promise<Page<PresentedInspector>> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  inspectorPolicy.authorizeTalentPool(actor);
  const filters: SQL[] = [inspectorPolicy.visibleWhere(actor)];
  const q = input.q?.trim();
  if (q) filters.push(ilike(inspectors.name, `%${escapeLike(q)}%`));
  const specialty = input.specialty?.trim();
  if (specialty) filters.push(sql`${specialty} = any(${inspectors.specialties})`);
  if (input.available !== undefined) filters.push(eq(inspectors.available, input.available));
  if (input.eligible !== undefined) filters.push(eq(inspectors.eligible, input.eligible));
  if (input.jurisdictionId) filters.push(eq(inspectors.jurisdictionId, input.jurisdictionId));
  const where = and(...filters);
  const db = dbOf(ctx);
  const [total] = await db.select({ n: count() }).from(inspectors).where(where);
  const rows = await db
    .select()
    .from(inspectors)
    .where(where)
    .orderBy(asc(inspectors.name), asc(inspectors.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    items: rows.map((row) => inspectorSummary(row, actor)),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** `GET /api/inspectors/:id`: with work history, relatives and rounds served. */
export async function getInspector(ctx: Ctx, id: string) {
  const { actor, inspector } = await findVisibleInspector(ctx, id);
  return inspectorDetail(ctx, inspector, actor);
}
