import { and, asc, eq, inArray } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, unprocessable } from '../../core/errors.js';
import {
  petitionAttachments,
  petitionMessages,
  publicReports,
  roleAssignments,
  users,
} from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { notify } from '../notifications/notify.js';
import { findVisiblePetition } from '../petitions/find-visible-petition.js';
import { filesOfHandles } from './public-files.js';
import { reportOfToken } from './report-access.js';

const closed = () =>
  unprocessable('该件已办结归档，不能再补充', [{ path: 'body', message: '已办结归档' }]);

/**
 * `POST /api/public/reports/me/messages`: the reporter adds information or answers a question;
 * the handler (or, before there is one, the clerks and the office) is told.
 */
export async function addReporterMessage(
  ctx: Ctx,
  token: string | undefined,
  input: { body: string; files?: string[] | null },
) {
  const { petition } = await reportOfToken(ctx, token);
  if (petition.state === 'archived') throw closed();
  const fileIds = await filesOfHandles(ctx, input.files);
  await withTransaction(ctx, async (ctx) => {
    await dbOf(ctx)
      .insert(petitionMessages)
      .values({
        petitionId: petition.id,
        author: 'reporter',
        body: input.body.trim(),
        fileIds,
        createdAt: now(ctx),
      });
    if (fileIds.length)
      await dbOf(ctx)
        .insert(petitionAttachments)
        .values(fileIds.map((fileId) => ({ petitionId: petition.id, fileId, addedAt: now(ctx) })));
    const staff = petition.handlerId
      ? [petition.handlerId]
      : (
          await dbOf(ctx)
            .select({ userId: roleAssignments.userId })
            .from(roleAssignments)
            .where(
              and(
                eq(roleAssignments.jurisdictionId, petition.jurisdictionId),
                inArray(roleAssignments.role, ['petition_clerk', 'office_admin']),
              ),
            )
        ).map((r) => r.userId);
    await notify(ctx, staff, {
      kind: 'petition.reporter_message',
      title: `网上举报 ${petition.code} 的举报人补充了信息`,
      link: `/petitions/${petition.id}`,
    });
  });
  return { ok: true as const };
}

async function threadOf(ctx: Ctx, petitionId: string) {
  const rows = await dbOf(ctx)
    .select({ m: petitionMessages, name: users.displayName })
    .from(petitionMessages)
    .leftJoin(users, eq(users.id, petitionMessages.userId))
    .where(eq(petitionMessages.petitionId, petitionId))
    .orderBy(asc(petitionMessages.createdAt));
  return rows.map(({ m, name }) => ({
    id: m.id,
    author: m.author,
    authorName: m.author === 'staff' ? name : null,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
  }));
}

/** The petition's own public report, or null (only reports from the public page have a thread). */
async function reportOf(ctx: Ctx, petitionId: string) {
  const [report] = await dbOf(ctx)
    .select({ id: publicReports.id })
    .from(publicReports)
    .where(eq(publicReports.petitionId, petitionId));
  return report ?? null;
}

/** `GET /api/petitions/:id/messages`: the thread with the reporter, for whoever sees the petition. */
export async function listPetitionMessages(ctx: Ctx, petitionId: string) {
  const { actor, petition } = await findVisiblePetition(ctx, petitionId);
  const online = (await reportOf(ctx, petition.id)) !== null;
  return {
    online,
    /** Who may write: the handler, a registrar or a leader, until it is archived. */
    canWrite: online && petitionPolicy.canUpload(actor, petition),
    items: await threadOf(ctx, petition.id),
  };
}

/**
 * `POST /api/petitions/:id/messages`: a handler's question or notice to the reporter — the
 * handler, a registrar or a leader of the petition (as for its files); only for public reports.
 */
export async function addStaffMessage(ctx: Ctx, petitionId: string, body: string) {
  const { actor, petition } = await findVisiblePetition(ctx, petitionId);
  if (petition.state === 'archived') throw closed();
  if (!petitionPolicy.canUpload(actor, petition))
    throw forbidden('只有承办人、信访受理员或领导可以与举报人沟通');
  if (!(await reportOf(ctx, petition.id)))
    throw unprocessable('该信访件不是网上举报，无法在线联系信访人', [
      { path: 'body', message: '不是网上举报' },
    ]);
  await withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(petitionMessages)
      .values({
        petitionId: petition.id,
        author: 'staff',
        userId: actor.userId,
        body: body.trim(),
        createdAt: now(ctx),
      })
      .returning({ id: petitionMessages.id });
    await emitAudit(ctx, {
      action: 'petition.message_sent',
      entityType: 'petition',
      entityId: petition.id,
      jurisdictionId: petition.jurisdictionId,
      detail: { messageId: row!.id },
    });
  });
  return { online: true, canWrite: true, items: await threadOf(ctx, petition.id) };
}
