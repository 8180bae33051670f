import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reviewFlags } from '../../core/petition-vocabulary.js';
import { sendDownload } from '../../http/download.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams } from '../../http/schemas.js';
import { copyPetitionAttachment } from '../../services/petitions/copy-attachment.js';
import { exportPetitionDocx } from '../../services/petitions/export-petition.js';
import { flagPetitionForReview } from '../../services/petitions/flag-for-review.js';
import { raiseClueFromPetition } from '../../services/petitions/raise-clue.js';
import { petitionDetail } from './schemas.js';

const tags = ['petitions'];

/** After registration: copies under an approved request, review flags, clues raised. */
export const petitionFollowUpRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/petitions/:id/attachments/:fileId',
    {
      schema: {
        tags,
        summary: '复印/借阅附件（须经批准的复印申请；图片与 PDF 加水印：用户与时间；记入审计）',
        params: idParams.extend({ fileId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const copy = await copyPetitionAttachment(
        ctxOf(request),
        request.params.id,
        request.params.fileId,
      );
      return sendDownload(reply, copy);
    },
  );
  app.get(
    '/api/petitions/:id/export.docx',
    {
      schema: {
        tags,
        summary: '导出信访件登记表 .docx（须经批准的复印申请；每页标注导出人与时间；记入审计）',
        params: idParams,
      },
    },
    async (request, reply) => {
      const file = await exportPetitionDocx(ctxOf(request), request.params.id);
      return sendDownload(reply, {
        ...file,
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
    },
  );
  app.post(
    '/api/petitions/:id/review-flag',
    {
      schema: {
        tags,
        summary:
          '复查已办结信访件：标记偏轻偏软/程序不当/避重就轻（flag 为 null 表示已跟进、撤销标记）',
        params: idParams,
        body: z.object({
          flag: z.enum(reviewFlags).nullable(),
          note: z.string().max(2000),
          version: z.number().int().min(1),
        }),
        response: { 200: petitionDetail },
      },
    },
    async (request) => flagPetitionForReview(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/petitions/:id/clues',
    {
      schema: {
        tags,
        summary: '由信访件生成问题线索（进入线索台账“报账”）',
        params: idParams,
        body: z.object({
          description: z.string().max(10_000),
          accusedIndex: z.number().int().min(0).max(29).nullish(),
          version: z.number().int().min(1),
        }),
        response: { 200: petitionDetail },
      },
    },
    async (request) => raiseClueFromPetition(ctxOf(request), request.params.id, request.body),
  );
};
