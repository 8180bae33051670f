import type { Ctx } from '../../core/context.js';
import { openAttachedFile } from '../files/open-attached.js';
import { findVisibleItem } from './find-visible-plan.js';

/**
 * `GET /api/rectification-items/:id/files/:fileId`: an item's evidence, for whoever sees its plan
 * (the office reviewing it, the team supervising it, the unit); audited with the item.
 */
export async function openItemFile(ctx: Ctx, itemId: string, fileId: string) {
  const { item } = await findVisibleItem(ctx, itemId);
  return openAttachedFile(
    ctx,
    { fileIds: item.fileIds, jurisdictionId: item.jurisdictionId, detail: { itemId: item.id } },
    fileId,
  );
}
