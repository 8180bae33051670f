import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { idParams } from '../../http/schemas.js';
import { storedFileView, uploadedFile } from '../../http/upload.js';
import { addPetitionAttachment } from '../../services/petitions/add-attachment.js';
import { linkDuplicate, unlinkDuplicate } from '../../services/petitions/case-groups.js';
import {
  checkDraftForDuplicates,
  findSimilarToPetition,
} from '../../services/petitions/find-similar.js';
import { deadlineBoard } from '../../services/petitions/deadlines.js';
import { listPetitionHandlers } from '../../services/petitions/list-handlers.js';
import { repeatCounts } from '../../services/petitions/repeat-counts.js';
import { petitionDetail, registerBody } from './schemas.js';

const similar = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      summary: z.string(),
      state: z.string(),
      receivedOn: z.string(),
      caseGroupId: z.string().nullable(),
      score: z.number(),
      textSimilarity: z.number(),
      reasons: z.array(z.enum(['same_petitioner', 'same_accused', 'same_unit', 'similar_text'])),
    }),
  ),
});
const tags = ['petitions'];

export const petitionSimilarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/petitions/deadlines',
    {
      schema: {
        tags,
        summary: '超期督办台：已超期与即将到期的信访件',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                code: z.string(),
                summary: z.string(),
                state: z.string(),
                handlerId: z.string().nullable(),
                deadline: z.enum(['acceptance', 'conclusion', 'transfer_reply']),
                dueOn: z.string(),
                daysLeft: z.number(),
                status: z.enum(['overdue', 'due_soon']),
              }),
            ),
          }),
        },
      },
    },
    async (request) => deadlineBoard(ctxOf(request)),
  );
  app.get(
    '/api/petitions/handlers',
    {
      schema: {
        tags,
        summary: '可交办的承办人（本辖区可撰写调查报告的人员）',
        querystring: z.object({ jurisdictionId: z.uuid().optional() }),
        response: {
          200: z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string() })) }),
        },
      },
    },
    async (request) => listPetitionHandlers(ctxOf(request), request.query),
  );
  app.get(
    '/api/petitions/repeat-counts',
    {
      schema: {
        tags,
        summary: '重复举报统计：被两件以上信访件反映的人员与单位',
        response: {
          200: z.object({
            persons: z.array(
              z.object({
                name: z.string(),
                unitName: z.string().nullable(),
                count: z.number(),
                matters: z.number(),
              }),
            ),
            units: z.array(
              z.object({
                unitId: z.string().nullable(),
                unitName: z.string().nullable(),
                count: z.number(),
                matters: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => repeatCounts(ctxOf(request)),
  );
  app.get(
    '/api/petitions/:id/similar',
    {
      schema: {
        tags,
        summary: '疑似重复件与相似件（得分与理由）',
        params: idParams,
        response: { 200: similar },
      },
    },
    async (request) => findSimilarToPetition(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/petitions/duplicate-check',
    {
      schema: {
        tags,
        summary: '登记时查重（不保存）',
        body: registerBody.pick({ jurisdictionId: true, petitioner: true, accused: true }).extend({
          summary: z.string().max(300).optional(),
          content: z.string().max(50_000).optional(),
        }),
        response: { 200: similar },
      },
    },
    async (request) => checkDraftForDuplicates(ctxOf(request), request.body),
  );
  app.post(
    '/api/petitions/:id/group',
    {
      schema: {
        tags,
        summary: '标记为重复件（并入重复件组）',
        params: idParams,
        body: z.object({ duplicateOfId: z.uuid() }),
        response: { 200: petitionDetail },
      },
    },
    async (request) => linkDuplicate(ctxOf(request), request.params.id, request.body),
  );
  app.delete(
    '/api/petitions/:id/group',
    {
      schema: {
        tags,
        summary: '移出重复件组',
        params: idParams,
        response: { 200: petitionDetail },
      },
    },
    async (request) => unlinkDuplicate(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/petitions/:id/attachments',
    {
      schema: {
        tags,
        summary: '上传信访件附件（扫描件：图片/PDF，≤ 20 MB，加密存储）',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: storedFileView },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const file = await uploadedFile(request);
      return reply.status(201).send(await addPetitionAttachment(ctx, request.params.id, file));
    },
  );
};
