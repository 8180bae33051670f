import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDownload } from '../../http/download.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams, pageOf } from '../../http/schemas.js';
import { listCandidateFindings } from '../../services/common-problems/candidate-findings.js';
import {
  createCommonProblem,
  updateCommonProblem,
} from '../../services/common-problems/edit-common-problem.js';
import {
  getCommonProblem,
  listCommonProblems,
} from '../../services/common-problems/get-common-problem.js';
import { openCommonProblemFile } from '../../services/common-problems/open-common-problem-file.js';
import { transitionCommonProblem } from '../../services/common-problems/transition-common-problem.js';
import {
  candidateFinding,
  candidateQuery,
  commonProblemBody,
  commonProblemDetail,
  commonProblemPatch,
  commonProblemQuery,
  commonProblemSummary,
  commonProblemTransitionBody,
} from './schemas.js';

const tags = ['rectification'];

/** 共性问题集中整治 (issue: rectification, point 8). */
export const commonProblemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/common-problems',
    {
      schema: {
        tags,
        summary: '共性问题（集中整治）列表（按可见范围；可按状态、超期、单位筛选）',
        querystring: commonProblemQuery,
        response: { 200: pageOf(commonProblemSummary) },
      },
    },
    async (request) => listCommonProblems(ctxOf(request), request.query),
  );
  app.post(
    '/api/common-problems',
    {
      schema: {
        tags,
        summary: '确定共性问题：牵头单位、配合单位、巡察办督办（三位一体）',
        body: commonProblemBody,
        response: { 201: commonProblemDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCommonProblem(ctxOf(request), request.body)),
  );
  app.get(
    '/api/common-problems/candidate-findings',
    {
      schema: {
        tags,
        summary: '可归并为共性问题的巡察发现问题（已反馈；巡察办）',
        querystring: candidateQuery,
        response: { 200: z.object({ items: z.array(candidateFinding) }) },
      },
    },
    async (request) => listCandidateFindings(ctxOf(request), request.query),
  );
  app.get(
    '/api/common-problems/:id',
    {
      schema: {
        tags,
        summary: '共性问题详情',
        params: idParams,
        response: { 200: commonProblemDetail },
      },
    },
    async (request) => getCommonProblem(ctxOf(request), request.params.id),
  );
  app.patch(
    '/api/common-problems/:id',
    {
      schema: {
        tags,
        summary: '修改共性问题（巡察办；整改中）',
        params: idParams,
        body: commonProblemPatch,
        response: { 200: commonProblemDetail },
      },
    },
    async (request) => updateCommonProblem(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/common-problems/:id/transitions',
    {
      schema: {
        tags,
        summary: '共性问题：报告进展、申请销号（须有佐证材料）、督办、销号、退回',
        params: idParams,
        body: commonProblemTransitionBody,
        response: { 200: commonProblemDetail },
      },
    },
    async (request) => transitionCommonProblem(ctxOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/common-problems/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: '下载共性问题的整改佐证材料（记入审计）',
        params: idParams.extend({ fileId: z.uuid() }),
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await openCommonProblemFile(ctxOf(request), request.params.id, request.params.fileId),
      ),
  );
};
