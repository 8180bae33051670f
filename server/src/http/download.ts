import type { FastifyReply } from 'fastify';

/** Sends a file as a download: its type, never cached, the UTF-8 file name for the browser. */
export function sendDownload(
  reply: FastifyReply,
  file: { name: string; mimeType: string; content: Buffer | NodeJS.ReadableStream },
) {
  return reply
    .header('content-type', file.mimeType)
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .send(file.content);
}
