import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { checkRecusal } from '../../services/recusal/check-recusal.js';
import { recusalCheckBody, recusalConflict } from './schemas.js';

const tags = ['talent pool'];

export const recusalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/recusal-check',
    {
      schema: {
        tags,
        summary: '回避审查：任职回避、地域回避、公务回避、轮岗回避，逐条列出依据',
        body: recusalCheckBody,
        response: { 200: z.object({ conflicts: z.array(recusalConflict) }) },
      },
    },
    async (request) => checkRecusal(ctxOf(request), request.body),
  );
};
