import { now, type Ctx } from '../../core/context.js';
import { unprocessable } from '../../core/errors.js';
import { ownUploads } from '../files/own-uploads.js';

/**
 * What a step of an item (or a common problem) writes besides its state: the evidence so far
 * plus the caller's new uploads, refused for a closure request without any (no 销号 without
 * evidence), and the closure times.
 */
export async function closureStep(
  ctx: Ctx,
  action: string,
  current: readonly string[],
  fileIds: readonly string[] | null | undefined,
) {
  const uploads = await ownUploads(ctx, fileIds);
  const evidence = [...new Set([...current, ...uploads])];
  if (action === 'request_closure' && evidence.length === 0)
    throw unprocessable('申请销号须提供整改佐证材料', [
      { path: 'fileIds', message: '请上传整改佐证材料' },
    ]);
  const at = now(ctx);
  const times =
    action === 'request_closure'
      ? { closureRequestedAt: at }
      : action === 'close'
        ? { closedAt: at, closedBy: ctx.actor!.userId }
        : action === 'reject'
          ? { closureRequestedAt: null }
          : {};
  return { ...times, fileIds: evidence };
}
