import type { Ctx } from '../../core/context.js';
import { openAttachedFile } from '../files/open-attached.js';
import { findVisibleClue } from './find-visible-clue.js';

/**
 * `GET /api/clues/:id/files/:fileId`: a clue's evidence or a paper receiver's scanned reply,
 * for whoever sees the clue (the receiver included); audited with the clue.
 */
export async function openClueFile(ctx: Ctx, clueId: string, fileId: string) {
  const { clue } = await findVisibleClue(ctx, clueId);
  return openAttachedFile(
    ctx,
    { fileIds: clue.fileIds, jurisdictionId: clue.jurisdictionId, detail: { clueId: clue.id } },
    fileId,
  );
}
