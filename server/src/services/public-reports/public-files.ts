import type { Readable } from 'node:stream';
import { inArray } from 'drizzle-orm';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { unprocessable } from '../../core/errors.js';
import { scanTypes } from '../../core/files/sniff.js';
import { issueSignedToken, readSignedToken } from '../../core/public/signed-token.js';
import { storedFiles } from '../../db/schema/index.js';
import { storeFile } from '../files/files.js';
import { portalJurisdiction } from './portal.js';

/** Evidence from the public page: images and PDF, up to 10 MB each, 5 per report or message. */
export const publicFileLimits = { maxBytes: 10 * 1024 * 1024, allowedTypes: scanTypes };
export const PUBLIC_FILES_PER_SUBMISSION = 5;
/** A handle is good for two hours: enough to finish the report it belongs to. */
const HANDLE_MS = 2 * 60 * 60_000;

const fileKey = (ctx: Ctx) => ctx.deps.keyring.derivedKey('public-file');

/**
 * `POST /api/public/files`: stores one evidence file (no uploader) and returns a signed handle
 * the report (or a later message) names; the file is unreachable without it and unused files
 * are never shown to anyone.
 */
export async function uploadPublicFile(ctx: Ctx, input: { name: string; stream: Readable }) {
  const stored = await storeFile(ctx, input, publicFileLimits, {
    userId: null,
    jurisdictionId: await portalJurisdiction(ctx),
  });
  return {
    handle: issueSignedToken(
      fileKey(ctx),
      'f1',
      stored.id,
      new Date(now(ctx).getTime() + HANDLE_MS),
    ),
    name: stored.name,
    size: stored.size,
    mimeType: stored.mimeType,
  };
}

/** The files behind the handles (each once), or 422 on `files`. */
export async function filesOfHandles(ctx: Ctx, handles: readonly string[] | null | undefined) {
  const list = [...new Set(handles ?? [])];
  const refuse = (message: string) => unprocessable(message, [{ path: 'files', message }]);
  if (list.length > PUBLIC_FILES_PER_SUBMISSION)
    throw refuse(`每次最多上传 ${PUBLIC_FILES_PER_SUBMISSION} 个文件`);
  const ids = list.map((h) => readSignedToken(fileKey(ctx), 'f1', h, now(ctx)));
  if (ids.some((id) => id === null)) throw refuse('附件已失效，请重新上传');
  if (ids.length === 0) return [];
  const found = await dbOf(ctx)
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(inArray(storedFiles.id, ids as string[]));
  if (found.length !== ids.length) throw refuse('附件已失效，请重新上传');
  return ids as string[];
}
