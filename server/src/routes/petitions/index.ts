import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { idParams, pageOf, text } from '../../http/schemas.js';
import {
  createAccessRequest,
  decideAccessRequest,
  listAccessRequests,
  revealPetitionIdentity,
} from '../../services/petitions/access-requests.js';
import {
  getPetition,
  listPetitions,
  viewPetition,
} from '../../services/petitions/list-petitions.js';
import { registerPetition } from '../../services/petitions/register-petition.js';
import { transitionPetition } from '../../services/petitions/transition-petition.js';
import {
  accessRequest,
  listQuery,
  petitionDetail,
  petitionSummary,
  registerBody,
  transitionBody,
} from './schemas.js';

const tags = ['petitions'];

export const petitionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/petitions',
    {
      schema: {
        tags,
        summary: '登记信访件',
        body: registerBody,
        response: { 201: petitionDetail },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const id = await registerPetition(ctx, request.body);
      return reply.status(201).send(await getPetition(ctx, id));
    },
  );
  app.get(
    '/api/petitions',
    {
      schema: {
        tags,
        summary: '信访件列表（全文检索、筛选、排序、分页）',
        querystring: listQuery,
        response: { 200: pageOf(petitionSummary) },
      },
    },
    async (request) => listPetitions(ctxOf(request), request.query),
  );
  app.get(
    '/api/petitions/:id',
    {
      schema: {
        tags,
        summary: '信访件详情（身份信息脱敏）',
        params: idParams,
        response: { 200: petitionDetail },
      },
    },
    async (request) => viewPetition(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/petitions/:id/transitions',
    {
      schema: {
        tags,
        summary: '办理流转（拟办、阅批、交办、报告、审定、转办、答复、归档……）',
        params: idParams,
        body: transitionBody,
        response: { 200: petitionDetail },
      },
    },
    async (request) => transitionPetition(ctxOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/petitions/:id/identity',
    {
      schema: {
        tags,
        summary: '查看信访人完整身份（须经批准的查阅申请；记入审计）',
        params: idParams,
        response: {
          200: z.object({
            name: z.string().nullable(),
            idNumber: z.string().nullable(),
            phone: z.string().nullable(),
            address: z.string().nullable(),
            expiresAt: z.string(),
          }),
        },
      },
    },
    async (request) => revealPetitionIdentity(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/access-requests',
    {
      schema: {
        tags,
        summary: '查阅/复印申请',
        body: z.object({
          kind: z.enum(['identity', 'copy']),
          petitionId: z.uuid(),
          reason: text(500),
        }),
        response: { 201: accessRequest },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAccessRequest(ctxOf(request), request.body)),
  );
  app.get(
    '/api/access-requests',
    {
      schema: {
        tags,
        summary: '我的申请与待我审批的申请',
        querystring: z.object({ state: z.enum(['pending', 'approved', 'rejected']).optional() }),
        response: { 200: z.object({ items: z.array(accessRequest) }) },
      },
    },
    async (request) => listAccessRequests(ctxOf(request), request.query),
  );
  app.post(
    '/api/access-requests/:id/decision',
    {
      schema: {
        tags,
        summary: '领导审批查阅/复印申请',
        params: idParams,
        body: z.object({ approve: z.boolean(), note: z.string().trim().max(500).nullish() }),
        response: { 200: accessRequest },
      },
    },
    async (request) => decideAccessRequest(ctxOf(request), request.params.id, request.body),
  );
};
