import type { Readable } from 'node:stream';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import { petitionAttachments } from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { fileLimits, uploadFile } from '../files/files.js';
import { scanTypes } from '../../core/files/sniff.js';
import { findVisiblePetition } from './find-visible-petition.js';

/** Adds a scanned letter or evidence file (encrypted at rest, SHA-256 recorded) to a petition. */
export async function addPetitionAttachment(
  ctx: Ctx,
  id: string,
  file: { name: string; stream: Readable },
) {
  const { actor, petition } = await findVisiblePetition(ctx, id);
  if (!petitionPolicy.canUpload(actor, petition)) throw forbidden('不能为该信访件添加附件');
  const stored = await uploadFile(ctx, file, { ...fileLimits, allowedTypes: scanTypes });
  await withTransaction(ctx, async (ctx) => {
    await dbOf(ctx)
      .insert(petitionAttachments)
      .values({ petitionId: id, fileId: stored.id, addedBy: actor.userId, addedAt: now(ctx) });
    await emitAudit(ctx, {
      action: 'petition.attachment_added',
      entityType: 'petition',
      entityId: id,
      jurisdictionId: petition.jurisdictionId,
      detail: { fileId: stored.id, name: stored.name, sha256: stored.sha256, size: stored.size },
    });
  });
  return stored;
}
