import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendDownload } from '../../http/download.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams } from '../../http/schemas.js';
import { storedFileView, uploadedFile } from '../../http/upload.js';
import { openFile, uploadFile } from '../../services/files/files.js';

const tags = ['files'];

export const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/files',
    {
      schema: {
        tags,
        summary: '上传附件（multipart，字段 file；PDF/图片/Office，≤ 20 MB；加密存储）',
        consumes: ['multipart/form-data'],
        response: { 201: storedFileView },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      return reply.status(201).send(await uploadFile(ctx, await uploadedFile(request)));
    },
  );
  app.get(
    '/api/files/:id/content',
    { schema: { tags, summary: '下载附件（记入审计）', params: idParams } },
    async (request, reply) => {
      const { file, stream } = await openFile(ctxOf(request), request.params.id);
      return sendDownload(reply, { ...file, content: stream });
    },
  );
};
