import { inArray } from 'drizzle-orm';
import { dbOf, now, runAfterCommit, type Ctx } from '../../core/context.js';
import { notifications, users } from '../../db/schema/index.js';

export interface Notice {
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
}

export const EMAIL_QUEUE = 'notification-email';

/**
 * The one way to tell people something: an in-app notification for each user, and an e-mail
 * (queued after commit) when SMTP is configured and the user has an address.
 */
export async function notify(ctx: Ctx, userIds: string[], notice: Notice): Promise<void> {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return;
  await dbOf(ctx)
    .insert(notifications)
    .values(
      recipients.map((userId) => ({
        userId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body ?? '',
        link: notice.link ?? null,
        createdAt: now(ctx),
      })),
    );
  const { jobs, mailer } = ctx.deps;
  if (!jobs || !mailer) return;
  const addresses = await dbOf(ctx)
    .select({ email: users.email })
    .from(users)
    .where(inArray(users.id, recipients));
  runAfterCommit(ctx, async () => {
    for (const { email } of addresses) {
      if (email) {
        await jobs.send(EMAIL_QUEUE, { to: email, subject: notice.title, text: notice.body ?? '' });
      }
    }
  });
}
