import { eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, withTransaction, type Ctx } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { storedFiles } from '../../db/schema/index.js';

/**
 * Opens a file attached to a record the caller has already been allowed to see (a clue, a
 * rectification item): the file must be one of the record's; the download is audited with it.
 */
export async function openAttachedFile(
  ctx: Ctx,
  record: { fileIds: readonly string[]; jurisdictionId: string; detail: Record<string, unknown> },
  fileId: string,
) {
  if (!record.fileIds.includes(fileId)) throw notFound('文件');
  const [row] = await dbOf(ctx).select().from(storedFiles).where(eq(storedFiles.id, fileId));
  if (!row) throw notFound('文件');
  await withTransaction(ctx, (ctx) =>
    emitAudit(ctx, {
      action: 'file.download',
      entityType: 'file',
      entityId: fileId,
      jurisdictionId: record.jurisdictionId,
      detail: record.detail,
    }),
  );
  return {
    name: row.name,
    mimeType: row.mimeType,
    content: await ctx.deps.files.get(row.id, row.wrappedKey),
  };
}
