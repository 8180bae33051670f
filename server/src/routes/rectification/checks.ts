import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { idParams } from '../../http/schemas.js';
import { listFollowUps, recordFollowUp } from '../../services/rectification/follow-up.js';
import {
  createCheck,
  listChecks,
  recordCheck,
} from '../../services/rectification/supervision-checks.js';
import {
  checkBody,
  checkPatch,
  checkQuery,
  checkView,
  followUpBody,
  followUpView,
} from './schemas.js';

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
  app.get(
    '/api/follow-up-visits',
    {
      schema: {
        tags,
        summary: '回头看安排与结果',
        querystring: checkQuery,
        response: { 200: z.object({ items: z.array(followUpView) }) },
      },
    },
    async (request) => listFollowUps(ctxOf(request), request.query),
  );
  app.post(
    '/api/follow-up-visits/:id/results',
    {
      schema: {
        tags,
        summary: '记录回头看结果（未整改到位的事项重新打开）',
        params: idParams,
        body: followUpBody,
        response: { 200: followUpView },
      },
    },
    async (request) => recordFollowUp(ctxOf(request), request.params.id, request.body),
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
