import { and, asc, desc, eq, ilike, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { cstDate } from '../../core/calendar.js';
import { clueAccounts, type ClueAccount } from '../../core/clue-vocabulary.js';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { clues, departments, rounds } from '../../db/schema/index.js';
import { cluePolicy } from '../../policies/clue-policy.js';
import { presentClueSummary } from './present-clue.js';

export interface ClueFilter {
  q?: string;
  account?: ClueAccount;
  stall?: 'pendingAccount' | 'deadAccount' | 'any';
  source?: (typeof clues.$inferSelect)['source'];
  roundId?: string;
  receiverDepartmentId?: string;
  prioritized?: boolean;
  inbox?: boolean;
  reviewDue?: boolean;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The caller's visible ledger narrowed by the filter (the list and the export share it). */
export function clueWhere(ctx: Ctx, filter: ClueFilter): SQL {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const conditions: (SQL | undefined)[] = [cluePolicy.visibleWhere(actor)];
  const q = filter.q?.trim();
  if (q) {
    const like = `%${escapeLike(q)}%`;
    conditions.push(
      or(
        ilike(clues.code, like),
        ilike(clues.description, like),
        ilike(clues.accusedName, like),
        ilike(clues.accusedUnitName, like),
      ),
    );
  }
  if (filter.account) conditions.push(eq(clues.state, filter.account));
  if (filter.stall === 'any') conditions.push(isNotNull(clues.stall));
  else if (filter.stall) conditions.push(eq(clues.stall, filter.stall));
  if (filter.source) conditions.push(eq(clues.source, filter.source));
  if (filter.roundId) conditions.push(eq(clues.roundId, filter.roundId));
  if (filter.receiverDepartmentId)
    conditions.push(eq(clues.receiverDepartmentId, filter.receiverDepartmentId));
  if (filter.prioritized !== undefined) conditions.push(eq(clues.prioritized, filter.prioritized));
  if (filter.inbox) conditions.push(cluePolicy.inboxWhere(actor));
  if (filter.reviewDue)
    conditions.push(
      and(
        eq(clues.state, 'underSupervision'),
        eq(clues.disposal, 'shelved'),
        lte(clues.reviewDueOn, cstDate(now(ctx))),
      ),
    );
  return and(...conditions)!;
}

/** Rows with the round and receiver names the ledger shows. */
export async function selectClues(
  ctx: Ctx,
  where: SQL,
  paging?: { limit: number; offset: number },
) {
  const query = dbOf(ctx)
    .select({ clue: clues, roundName: rounds.name, receiverName: departments.name })
    .from(clues)
    .leftJoin(rounds, eq(rounds.id, clues.roundId))
    .leftJoin(departments, eq(departments.id, clues.receiverDepartmentId))
    .where(where)
    // 优先处置: inspection clues first, then the oldest in their account.
    .orderBy(
      asc(sql`case when ${clues.state} = 'closed' then 1 else 0 end`),
      desc(clues.prioritized),
      asc(clues.accountSince),
      asc(clues.code),
    );
  return paging ? query.limit(paging.limit).offset(paging.offset) : query;
}

/** `GET /api/clues`: the ledger page with the per-account and stall counts of the whole ledger. */
export async function listClues(ctx: Ctx, input: ClueFilter & { page: number; pageSize: number }) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const where = clueWhere(ctx, input);
  const at = now(ctx);
  const rows = await selectClues(ctx, where, {
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  const [{ total } = { total: 0 }] = await dbOf(ctx)
    .select({ total: sql<number>`count(*)::int` })
    .from(clues)
    .where(where);
  const counts = await dbOf(ctx)
    .select({
      account: clues.state,
      n: sql<number>`count(*)::int`,
      pending: sql<number>`count(*) filter (where ${clues.stall} = 'pendingAccount')::int`,
      dead: sql<number>`count(*) filter (where ${clues.stall} = 'deadAccount')::int`,
      reviewDue: sql<number>`count(*) filter (where ${clues.disposal} = 'shelved' and ${clues.reviewDueOn} <= ${cstDate(at)})::int`,
    })
    .from(clues)
    // The strip counts the whole visible ledger — or the whole inbox, for the receiver's inbox.
    .where(
      input.inbox
        ? and(cluePolicy.visibleWhere(actor), cluePolicy.inboxWhere(actor))
        : cluePolicy.visibleWhere(actor),
    )
    .groupBy(clues.state);
  const accounts = Object.fromEntries(clueAccounts.map((a) => [a, 0])) as Record<
    ClueAccount,
    number
  >;
  const stalls = { pendingAccount: 0, deadAccount: 0, reviewDue: 0 };
  for (const c of counts) {
    accounts[c.account] = Number(c.n);
    stalls.pendingAccount += Number(c.pending);
    stalls.deadAccount += Number(c.dead);
    if (c.account === 'underSupervision') stalls.reviewDue += Number(c.reviewDue);
  }
  return {
    items: rows.map((r) =>
      presentClueSummary(r.clue, { roundName: r.roundName, receiverName: r.receiverName }, at),
    ),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
    accounts,
    stalls,
  };
}
