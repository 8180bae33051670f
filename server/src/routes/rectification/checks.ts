import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { idParams } from '../../http/schemas.js';
import {
  createCheck,
  listChecks,
  recordCheck,
} from '../../services/rectification/supervision-checks.js';
import { checkBody, checkPatch, checkQuery, checkView } from './schemas.js';

const tags = ['rectification'];

export const supervisionCheckRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/supervision-checks',
    {
      schema: {
        tags,
        summary: '督查清单（某整改方案的督查记录）',
        querystring: checkQuery,
        response: { 200: z.object({ items: z.array(checkView) }) },
      },
    },
    async (request) => listChecks(ctxOf(request), request.query),
  );
  app.post(
    '/api/supervision-checks',
    {
      schema: {
        tags,
        summary: '安排或记录督查（巡察办或该单位的巡察组）',
        body: checkBody,
        response: { 201: checkView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCheck(ctxOf(request), request.body)),
  );
  app.patch(
    '/api/supervision-checks/:id',
    {
      schema: {
        tags,
        summary: '记录督查结果',
        params: idParams,
        body: checkPatch,
        response: { 200: checkView },
      },
    },
    async (request) => recordCheck(ctxOf(request), request.params.id, request.body),
  );
};
