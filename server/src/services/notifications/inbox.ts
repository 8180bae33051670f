import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { notFound, unauthenticated } from '../../core/errors.js';
import { notifications } from '../../db/schema/index.js';

function actorOf(ctx: Ctx) {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** A user's own notifications only. */
export async function listNotifications(
  ctx: Ctx,
  input: { page: number; pageSize: number; unreadOnly?: boolean },
) {
  const actor = actorOf(ctx);
  const mine = eq(notifications.userId, actor.userId);
  const filters: SQL[] = [mine];
  if (input.unreadOnly) filters.push(isNull(notifications.readAt));
  const [total] = await dbOf(ctx)
    .select({ n: count() })
    .from(notifications)
    .where(and(...filters));
  const rows = await dbOf(ctx)
    .select()
    .from(notifications)
    .where(and(...filters))
    .orderBy(desc(notifications.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
    total: total?.n ?? 0,
    unread: (await unreadCount(ctx)).unread,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function unreadCount(ctx: Ctx) {
  const actor = actorOf(ctx);
  const [row] = await dbOf(ctx)
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return { unread: row?.n ?? 0 };
}

export async function markNotificationRead(ctx: Ctx, id: string) {
  const actor = actorOf(ctx);
  await withTransaction(ctx, async (ctx) => {
    const updated = await dbOf(ctx)
      .update(notifications)
      .set({ readAt: now(ctx) })
      .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)))
      .returning({ id: notifications.id });
    if (!updated.length) throw notFound('通知');
    await emitAudit(ctx, {
      action: 'notification.read',
      entityType: 'notification',
      entityId: id,
      jurisdictionId: actor.jurisdictionId,
    });
  });
}

export async function markAllNotificationsRead(ctx: Ctx) {
  const actor = actorOf(ctx);
  await withTransaction(ctx, async (ctx) => {
    const updated = await dbOf(ctx)
      .update(notifications)
      .set({ readAt: now(ctx) })
      .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    await emitAudit(ctx, {
      action: 'notification.read',
      entityType: 'notification',
      jurisdictionId: actor.jurisdictionId,
      detail: { all: true, count: updated.length },
    });
  });
}
