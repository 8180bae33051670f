import type { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { DomainError, forbidden, notFound, unauthenticated } from '../../core/errors.js';
import { documentTypes } from '../../core/files/sniff.js';
import { clues, petitionAttachments, storedFiles } from '../../db/schema/index.js';
import { holdsAnyRole, isInJurisdiction } from '../../policies/checks.js';

export const fileLimits = { maxBytes: 20 * 1024 * 1024, allowedTypes: documentTypes };

function presentFile(row: typeof storedFiles.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    mimeType: row.mimeType,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Streams an upload into the encrypted store and records it. */
export async function uploadFile(
  ctx: Ctx,
  input: { name: string; stream: Readable },
  limits: { maxBytes: number; allowedTypes: readonly string[] } = fileLimits,
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (holdsAnyRole(actor, ['auditor'])) throw forbidden();
  return storeFile(ctx, input, limits, {
    userId: actor.userId,
    jurisdictionId: actor.jurisdictionId,
  });
}

/**
 * Stores a file for an uploader (null: the public report page) in a jurisdiction: encrypted,
 * type-checked, never kept when cut at the size limit; audited.
 */
export async function storeFile(
  ctx: Ctx,
  input: { name: string; stream: Readable },
  limits: { maxBytes: number; allowedTypes: readonly string[] },
  owner: { userId: string | null; jurisdictionId: string },
) {
  const blob = await ctx.deps.files.put(input.stream, limits);
  // Multipart cuts a file at its size limit and ends the stream normally, only flagging it:
  // a cut file must never be kept as if it were whole.
  if ((input.stream as Readable & { truncated?: boolean }).truncated) {
    await ctx.deps.files.remove(blob.id);
    throw new DomainError('payload_too_large', `文件超过大小上限（${limits.maxBytes} 字节）`);
  }
  try {
    return await withTransaction(ctx, async (ctx) => {
      const [row] = await dbOf(ctx)
        .insert(storedFiles)
        .values({
          id: blob.id,
          jurisdictionId: owner.jurisdictionId,
          name: input.name.slice(0, 255) || 'file',
          mimeType: blob.mimeType,
          size: blob.size,
          sha256: blob.sha256,
          wrappedKey: blob.wrappedKey,
          uploadedBy: owner.userId,
          createdAt: now(ctx),
        })
        .returning();
      await emitAudit(ctx, {
        action: 'file.upload',
        entityType: 'file',
        entityId: blob.id,
        jurisdictionId: owner.jurisdictionId,
        detail: { name: row!.name, size: blob.size, sha256: blob.sha256, mimeType: blob.mimeType },
      });
      return presentFile(row!);
    });
  } catch (error) {
    await ctx.deps.files.remove(blob.id);
    throw error;
  }
}

/**
 * Opens a file for download. The foundation allows the uploader and the office of its
 * jurisdiction; the issues that attach files to records widen this through their policies.
 */
export async function openFile(ctx: Ctx, id: string) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx).select().from(storedFiles).where(eq(storedFiles.id, id));
  const allowed =
    row &&
    (row.uploadedBy === actor.userId ||
      isInJurisdiction(actor, ['office_admin'], row.jurisdictionId));
  if (!row || !allowed) throw notFound('文件');
  // A petition's file is borrowed or copied only through the petition, under an approved request.
  const [attached] = await dbOf(ctx)
    .select({ petitionId: petitionAttachments.petitionId })
    .from(petitionAttachments)
    .where(eq(petitionAttachments.fileId, id))
    .limit(1);
  if (attached) throw forbidden('信访件附件须经批准的复印申请，从信访件下载');
  // A clue's evidence is seen only by those who see the clue (confidential clues included).
  const [onClue] = await dbOf(ctx)
    .select({ id: clues.id })
    .from(clues)
    .where(sql`${id}::uuid = any(${clues.fileIds})`)
    .limit(1);
  if (onClue && row.uploadedBy !== actor.userId) throw forbidden('问题线索的材料请从线索详情下载');
  await withTransaction(ctx, (ctx) =>
    emitAudit(ctx, {
      action: 'file.download',
      entityType: 'file',
      entityId: id,
      jurisdictionId: row.jurisdictionId,
    }),
  );
  return { file: presentFile(row), stream: await ctx.deps.files.get(row.id, row.wrappedKey) };
}
