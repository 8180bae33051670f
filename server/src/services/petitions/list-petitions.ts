import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  ilike,
  isNotNull,
  lte,
  or,
  type SQL,
} from 'drizzle-orm';
import type { reviewFlags } from '../../core/petition-vocabulary.js';
import { cstDate } from '../../core/calendar.js';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { matchesSearch } from '../../core/search/sql.js';
import { petitionAccused, petitions } from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { escapeLike, type Page } from '../paging.js';
import { overdueWhere } from './deadlines.js';
import { findVisiblePetition } from './find-visible-petition.js';
import { petitionDetail, petitionSummary, type PetitionSummary } from './present-petition.js';
import type { PetitionState } from './petition-types.js';

export interface ListPetitionsInput {
  page: number;
  pageSize: number;
  q?: string;
  state?: PetitionState;
  channel?: string;
  focus?: string;
  unitId?: string;
  accused?: string;
  from?: string;
  to?: string;
  overdue?: boolean;
  flagged?: boolean;
  reviewFlag?: (typeof reviewFlags)[number];
  sort?: 'receivedOn' | '-receivedOn' | 'acceptanceDueOn' | 'conclusionDueOn';
}

export async function listPetitions(
  ctx: Ctx,
  input: ListPetitionsInput,
): Promise<Page<PetitionSummary>> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const filters: (SQL | undefined | null)[] = [petitionPolicy.visibleWhere(actor)];
  if (input.q) {
    // The reference number (XF2026…) or the Chinese text.
    const byCode = ilike(petitions.code, `%${escapeLike(input.q)}%`);
    const byText = matchesSearch(petitions.searchVector, input.q);
    filters.push(byText ? or(byCode, byText) : byCode);
  }
  if (input.state) filters.push(eq(petitions.state, input.state));
  if (input.channel) filters.push(eq(petitions.channel, input.channel as never));
  if (input.focus) filters.push(eq(petitions.focus, input.focus as never));
  if (input.from) filters.push(gte(petitions.receivedOn, input.from));
  if (input.to) filters.push(lte(petitions.receivedOn, input.to));
  if (input.overdue) filters.push(overdueWhere(cstDate(now(ctx))));
  if (input.flagged) filters.push(isNotNull(petitions.reviewFlag));
  if (input.reviewFlag) filters.push(eq(petitions.reviewFlag, input.reviewFlag));
  const accusedFilter: SQL[] = [];
  if (input.unitId) accusedFilter.push(eq(petitionAccused.unitId, input.unitId));
  if (input.accused)
    accusedFilter.push(ilike(petitionAccused.name, `%${escapeLike(input.accused)}%`));
  if (accusedFilter.length) {
    filters.push(
      exists(
        dbOf(ctx)
          .select({ one: petitionAccused.id })
          .from(petitionAccused)
          .where(and(eq(petitionAccused.petitionId, petitions.id), ...accusedFilter)),
      ),
    );
  }
  const where = and(...filters.filter((f): f is SQL => !!f));
  const order =
    input.sort === 'receivedOn'
      ? asc(petitions.receivedOn)
      : input.sort === 'acceptanceDueOn'
        ? asc(petitions.acceptanceDueOn)
        : input.sort === 'conclusionDueOn'
          ? asc(petitions.conclusionDueOn)
          : desc(petitions.receivedOn);
  const [total] = await dbOf(ctx).select({ n: count() }).from(petitions).where(where);
  const rows = await dbOf(ctx)
    .select()
    .from(petitions)
    .where(where)
    .orderBy(order, desc(petitions.code))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    items: rows.map((r) => petitionSummary(r, actor)),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function getPetition(ctx: Ctx, id: string) {
  const { actor, petition } = await findVisiblePetition(ctx, id);
  return petitionDetail(ctx, petition, actor);
}

/**
 * `GET /api/petitions/:id`: the detail, and a record that this person read this petition's
 * content (every view of a petition is recorded; DOMAIN.md §1).
 */
export async function viewPetition(ctx: Ctx, id: string) {
  const { actor, petition } = await findVisiblePetition(ctx, id);
  return withTransaction(ctx, async (ctx) => {
    await emitAudit(ctx, {
      action: 'petition.viewed',
      entityType: 'petition',
      entityId: petition.id,
      jurisdictionId: petition.jurisdictionId,
    });
    return petitionDetail(ctx, petition, actor);
  });
}
