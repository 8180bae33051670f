import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { DomainError } from '../core/errors.js';

/** The response of every upload: what was stored (never the key or the path). */
export const storedFileView = z.object({
  id: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});

/** The one file of a multipart upload (field `file`), as a stream the file store consumes. */
export async function uploadedFile(
  request: FastifyRequest,
): Promise<{ name: string; stream: Readable }> {
  const part = await request.file();
  if (!part) throw new DomainError('validation', '请选择要上传的文件');
  return { name: part.filename, stream: part.file };
}
