import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../core/errors.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams } from '../../http/schemas.js';
import { openFile, uploadFile } from '../../services/files/files.js';

const storedFile = z.object({
  id: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});
const tags = ['files'];

export const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/files',
    {
      schema: {
        tags,
        summary: '上传附件（multipart，字段 file；PDF/图片/Office，≤ 20 MB；加密存储）',
        consumes: ['multipart/form-data'],
        response: { 201: storedFile },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const part = await request.file();
      if (!part) throw new DomainError('validation', '请选择要上传的文件');
      const stored = await uploadFile(ctx, { name: part.filename, stream: part.file });
      return reply.status(201).send(stored);
    },
  );
  app.get(
    '/api/files/:id/content',
    { schema: { tags, summary: '下载附件（记入审计）', params: idParams } },
    async (request, reply) => {
      const { file, stream } = await openFile(ctxOf(request), request.params.id);
      return reply
        .header('content-type', file.mimeType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        )
        .send(stream);
    },
  );
};
