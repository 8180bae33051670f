import { and, desc, eq, gte, lte } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated, unprocessable } from '../../core/errors.js';
import { terms } from '../../db/schema/index.js';
import { roundPolicy } from '../../policies/round-policy.js';

const present = (t: typeof terms.$inferSelect) => ({
  id: t.id,
  jurisdictionId: t.jurisdictionId,
  name: t.name,
  startsOn: t.startsOn,
  endsOn: t.endsOn,
});

/** `POST /api/terms`: a term (届) of the Party committee; the office sets it up. */
export async function createTerm(
  ctx: Ctx,
  input: { jurisdictionId?: string; name: string; startsOn: string; endsOn: string },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const jurisdictionId = input.jurisdictionId ?? actor.jurisdictionId;
  roundPolicy.authorizePlan(actor, jurisdictionId);
  if (input.endsOn <= input.startsOn)
    throw unprocessable('届次结束日期须晚于开始日期', [
      { path: 'endsOn', message: '结束日期须晚于开始日期' },
    ]);
  const overlapping = await dbOf(ctx)
    .select({ id: terms.id })
    .from(terms)
    .where(
      and(
        eq(terms.jurisdictionId, jurisdictionId),
        lte(terms.startsOn, input.endsOn),
        gte(terms.endsOn, input.startsOn),
      ),
    );
  if (overlapping.length)
    throw unprocessable('与已有届次重叠', [{ path: 'startsOn', message: '与已有届次重叠' }]);
  return withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(terms)
      .values({
        jurisdictionId,
        name: input.name.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdAt: now(ctx),
      })
      .returning();
    await emitAudit(ctx, {
      action: 'term.create',
      entityType: 'term',
      entityId: row!.id,
      jurisdictionId,
      after: row,
    });
    return present(row!);
  });
}

export async function listTerms(ctx: Ctx) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const rows = await dbOf(ctx)
    .select()
    .from(terms)
    .where(eq(terms.jurisdictionId, actor.jurisdictionId))
    .orderBy(desc(terms.startsOn));
  return { items: rows.map(present) };
}

/** The term asked for, or the one running today in the caller's jurisdiction (404 if none). */
export async function termFor(ctx: Ctx, jurisdictionId: string, termId?: string) {
  const today = cstDate(now(ctx));
  const [row] = await dbOf(ctx)
    .select()
    .from(terms)
    .where(
      termId
        ? and(eq(terms.id, termId), eq(terms.jurisdictionId, jurisdictionId))
        : and(
            eq(terms.jurisdictionId, jurisdictionId),
            lte(terms.startsOn, today),
            gte(terms.endsOn, today),
          ),
    )
    .orderBy(desc(terms.startsOn))
    .limit(1);
  if (!row) throw notFound('届次');
  return present(row);
}
