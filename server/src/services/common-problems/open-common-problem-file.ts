import type { Ctx } from '../../core/context.js';
import { openAttachedFile } from '../files/open-attached.js';
import { findVisibleCommonProblem } from './find-visible.js';

/** `GET /api/common-problems/:id/files/:fileId`: the task's evidence, audited with it. */
export async function openCommonProblemFile(ctx: Ctx, id: string, fileId: string) {
  const { row } = await findVisibleCommonProblem(ctx, id);
  return openAttachedFile(
    ctx,
    { fileIds: row.fileIds, jurisdictionId: row.jurisdictionId, detail: { commonProblemId: id } },
    fileId,
  );
}
