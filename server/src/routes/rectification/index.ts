import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../http/request-context.js';
import { idParams, pageOf } from '../../http/schemas.js';
import { escalateNow } from '../../services/rectification/escalate.js';
import { getPlan } from '../../services/rectification/get-plan.js';
import {
  createItem,
  getItem,
  listItems,
  transitionItem,
  updateItem,
} from '../../services/rectification/items.js';
import { listPlans, transitionPlan } from '../../services/rectification/plans.js';
import {
  escalationResult,
  itemBody,
  itemDetail,
  itemPatch,
  itemQuery,
  itemTransitionBody,
  planDetail,
  planQuery,
  planSummary,
  planTransitionBody,
} from './schemas.js';

const tags = ['rectification'];

export const rectificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/rectification-plans',
    {
      schema: {
        tags,
        summary: '整改方案列表（按可见范围）',
        querystring: planQuery,
        response: { 200: pageOf(planSummary) },
      },
    },
    async (request) => listPlans(ctxOf(request), request.query),
  );
  app.get(
    '/api/rectification-plans/:id',
    {
      schema: {
        tags,
        summary: '整改方案详情（问题、责任、整改清单）',
        params: idParams,
        response: { 200: planDetail },
      },
    },
    async (request) => getPlan(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/rectification-plans/:id/transitions',
    {
      schema: {
        tags,
        summary: '整改方案报审、批准、退回',
        params: idParams,
        body: planTransitionBody,
        response: { 200: planDetail },
      },
    },
    async (request) => transitionPlan(ctxOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/rectification-items',
    {
      schema: {
        tags,
        summary: '整改事项（按可见范围；可按方案、状态、超期筛选）',
        querystring: itemQuery,
        response: { 200: pageOf(itemDetail) },
      },
    },
    async (request) => listItems(ctxOf(request), request.query),
  );
  app.post(
    '/api/rectification-items',
    {
      schema: {
        tags,
        summary: '起草整改事项（整改方案起草阶段）',
        body: itemBody,
        response: { 201: itemDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createItem(ctxOf(request), request.body)),
  );
  app.post(
    '/api/rectification-items/escalation-scan',
    {
      schema: {
        tags,
        summary: '立即执行整改督办检查（到期提醒、超期提醒、督办函、约谈、移交问责）',
        response: { 200: escalationResult },
      },
    },
    async (request) => escalateNow(ctxOf(request)),
  );
  app.get(
    '/api/rectification-items/:id',
    {
      schema: { tags, summary: '整改事项详情', params: idParams, response: { 200: itemDetail } },
    },
    async (request) => getItem(ctxOf(request), request.params.id),
  );
  app.patch(
    '/api/rectification-items/:id',
    {
      schema: {
        tags,
        summary: '修改整改事项（整改方案起草阶段）',
        params: idParams,
        body: itemPatch,
        response: { 200: itemDetail },
      },
    },
    async (request) => updateItem(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/rectification-items/:id/transitions',
    {
      schema: {
        tags,
        summary: '整改事项：报告进展、申请销号（须有佐证材料）、销号、退回',
        params: idParams,
        body: itemTransitionBody,
        response: { 200: itemDetail },
      },
    },
    async (request) => transitionItem(ctxOf(request), request.params.id, request.body),
  );
};
