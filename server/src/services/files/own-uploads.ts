import { and, eq, inArray } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { unprocessable } from '../../core/errors.js';
import { storedFiles } from '../../db/schema/index.js';

/**
 * The caller's own uploads among `fileIds` (deduplicated), or 422 on `fileIds` when one of them
 * does not exist or was uploaded by someone else: evidence is attached by whoever uploaded it.
 */
export async function ownUploads(ctx: Ctx, fileIds: readonly string[] | null | undefined) {
  const ids = [...new Set(fileIds ?? [])];
  if (ids.length === 0) return ids;
  const own = await dbOf(ctx)
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(and(inArray(storedFiles.id, ids), eq(storedFiles.uploadedBy, ctx.actor!.userId)));
  if (own.length !== ids.length)
    throw unprocessable('附件不存在', [{ path: 'fileIds', message: '附件不存在' }]);
  return ids;
}
