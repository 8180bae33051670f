import { and, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, notFound, unprocessable } from '../../core/errors.js';
import { applyWatermark } from '../../core/files/watermark.js';
import { petitionAttachments, storedFiles } from '../../db/schema/index.js';
import { activeGrant } from './access-requests.js';
import { findVisiblePetition } from './find-visible-petition.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * 复印/借阅: a petition's attachment, only under the caller's approved, unexpired copy request;
 * images and PDFs carry a visible watermark naming the user and the time; every copy is audited.
 */
export async function copyPetitionAttachment(ctx: Ctx, petitionId: string, fileId: string) {
  const { actor, petition } = await findVisiblePetition(ctx, petitionId);
  const [file] = await dbOf(ctx)
    .select({ file: storedFiles })
    .from(petitionAttachments)
    .innerJoin(storedFiles, eq(storedFiles.id, petitionAttachments.fileId))
    .where(
      and(eq(petitionAttachments.petitionId, petition.id), eq(petitionAttachments.fileId, fileId)),
    );
  if (!file) throw notFound('附件');
  const grant = await activeGrant(ctx, petition.id, 'copy');
  if (!grant) throw forbidden('复印、借阅信访件附件须经领导批准的复印申请（批准后限时有效）');
  const at = now(ctx);
  const original = await readAll(await ctx.deps.files.get(file.file.id, file.file.wrappedKey));
  const copy = await applyWatermark(original, file.file.mimeType, {
    username: actor.username,
    at,
    reference: grant.id.slice(0, 8),
  }).catch(() => {
    // Never hand out an unmarked copy: a file that cannot be stamped is read on paper instead.
    throw unprocessable('该附件无法生成带水印的复印件（文件已损坏），请到巡察办调阅原件');
  });
  await withTransaction(ctx, (ctx) =>
    emitAudit(ctx, {
      action: 'petition.attachment_copied',
      entityType: 'petition',
      entityId: petition.id,
      jurisdictionId: petition.jurisdictionId,
      detail: { fileId, name: file.file.name, sha256: file.file.sha256, grantId: grant.id },
    }),
  );
  return { name: file.file.name, mimeType: copy.mimeType, content: copy.content };
}
