import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import type { roundStages } from '../../core/round-vocabulary.js';
import { rounds } from '../../db/schema/index.js';
import { roundPolicy } from '../../policies/round-policy.js';
import { escapeLike } from '../paging.js';
import { findVisibleRound } from './find-visible-round.js';
import { roundDetail, roundSummary } from './present-round.js';
import type { RoundKind } from './round-types.js';

export async function listRounds(
  ctx: Ctx,
  input: {
    page: number;
    pageSize: number;
    q?: string;
    stage?: (typeof roundStages)[number];
    kind?: RoundKind;
  },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const filters: (SQL | undefined)[] = [roundPolicy.visibleWhere(actor)];
  if (input.q) filters.push(ilike(rounds.name, `%${escapeLike(input.q)}%`));
  if (input.stage) filters.push(eq(rounds.state, input.stage));
  if (input.kind) filters.push(eq(rounds.kind, input.kind));
  const where = and(...filters);
  const [total] = await dbOf(ctx).select({ n: count() }).from(rounds).where(where);
  const rows = await dbOf(ctx)
    .select()
    .from(rounds)
    .where(where)
    .orderBy(desc(rounds.startsOn), desc(rounds.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    items: rows.map(roundSummary),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function getRound(ctx: Ctx, id: string) {
  const { actor, round } = await findVisibleRound(ctx, id);
  return roundDetail(ctx, round, actor);
}
