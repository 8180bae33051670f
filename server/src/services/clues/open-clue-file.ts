import { eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, withTransaction, type Ctx } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { storedFiles } from '../../db/schema/index.js';
import { findVisibleClue } from './find-visible-clue.js';

/**
 * `GET /api/clues/:id/files/:fileId`: a clue's evidence or a paper receiver's scanned reply,
 * for whoever sees the clue (the receiver included); audited with the clue.
 */
export async function openClueFile(ctx: Ctx, clueId: string, fileId: string) {
  const { clue } = await findVisibleClue(ctx, clueId);
  if (!clue.fileIds.includes(fileId)) throw notFound('文件');
  const [row] = await dbOf(ctx).select().from(storedFiles).where(eq(storedFiles.id, fileId));
  if (!row) throw notFound('文件');
  await withTransaction(ctx, (ctx) =>
    emitAudit(ctx, {
      action: 'file.download',
      entityType: 'file',
      entityId: fileId,
      jurisdictionId: clue.jurisdictionId,
      detail: { clueId: clue.id, code: clue.code },
    }),
  );
  return {
    name: row.name,
    mimeType: row.mimeType,
    content: await ctx.deps.files.get(row.id, row.wrappedKey),
  };
}
