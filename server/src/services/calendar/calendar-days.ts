import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, notFound, unauthenticated } from '../../core/errors.js';
import { calendarDays } from '../../db/schema/index.js';
import { rolesFor } from '../../policies/abilities.js';
import { holdsAnyRole } from '../../policies/checks.js';

/** The holiday table is national (国务院办公厅 notice), so one table serves every jurisdiction. */
function authorize(ctx: Ctx) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (!holdsAnyRole(actor, rolesFor('calendar.manage'))) throw forbidden();
}

export async function listCalendarDays(ctx: Ctx, input: { year: number }) {
  authorize(ctx);
  const rows = await dbOf(ctx)
    .select()
    .from(calendarDays)
    .where(
      and(
        gte(calendarDays.day, `${input.year}-01-01`),
        lte(calendarDays.day, `${input.year}-12-31`),
      ),
    )
    .orderBy(asc(calendarDays.day));
  return { items: rows.map((r) => ({ date: r.day, kind: r.kind, name: r.name })) };
}

export async function putCalendarDay(
  ctx: Ctx,
  date: string,
  input: { kind: 'holiday' | 'workday'; name: string },
) {
  authorize(ctx);
  return withTransaction(ctx, async (ctx) => {
    const values = { kind: input.kind, name: input.name.trim(), updatedAt: now(ctx) };
    await dbOf(ctx)
      .insert(calendarDays)
      .values({ day: date, ...values })
      .onConflictDoUpdate({ target: calendarDays.day, set: values });
    await emitAudit(ctx, {
      action: 'calendar.update',
      entityType: 'calendar_day',
      entityId: date,
      detail: { date, ...input },
    });
    return { date, kind: input.kind, name: values.name };
  });
}

export async function deleteCalendarDay(ctx: Ctx, date: string) {
  authorize(ctx);
  await withTransaction(ctx, async (ctx) => {
    const removed = await dbOf(ctx)
      .delete(calendarDays)
      .where(eq(calendarDays.day, date))
      .returning();
    if (!removed.length) throw notFound('日历日期');
    await emitAudit(ctx, {
      action: 'calendar.delete',
      entityType: 'calendar_day',
      entityId: date,
      detail: { date },
    });
  });
}
