import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDownload } from '../../http/download.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams, pageOf } from '../../http/schemas.js';
import {
  createDisclosure,
  listDisclosures,
  listPublicDisclosures,
} from '../../services/rectification/disclosures.js';
import { escalateNow } from '../../services/rectification/escalate.js';
import { getPlan } from '../../services/rectification/get-plan.js';
import {
  createItem,
  getItem,
  listItems,
  transitionItem,
  updateItem,
} from '../../services/rectification/items.js';
import { openItemFile } from '../../services/rectification/open-item-file.js';
import { listPlans, transitionPlan } from '../../services/rectification/plans.js';
import { saveReport, signReport, updatePlan } from '../../services/rectification/report.js';
import {
  disclosureBody,
  disclosureQuery,
  disclosureView,
  escalationResult,
  itemBody,
  itemDetail,
  itemPatch,
  itemQuery,
  itemTransitionBody,
  planDetail,
  planPatch,
  publicDisclosure,
  publicQuery,
  reportBody,
  signatureBody,
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
  app.patch(
    '/api/rectification-plans/:id',
    {
      schema: {
        tags,
        summary: '整改方案概述与承诺书签署人（单位党组织书记）',
        params: idParams,
        body: planPatch,
        response: { 200: planDetail },
      },
    },
    async (request) => updatePlan(ctxOf(request), request.params.id, request.body),
  );
  app.put(
    '/api/rectification-plans/:id/report',
    {
      schema: {
        tags,
        summary: '撰写整改情况报告（修改后已签署的承诺书失效）',
        params: idParams,
        body: reportBody,
        response: { 200: planDetail },
      },
    },
    async (request) => saveReport(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/rectification-plans/:id/report/signature',
    {
      schema: {
        tags,
        summary: '书记再次验证身份后签署整改报告真实性承诺书（记录时间与报告内容摘要）',
        params: idParams,
        body: signatureBody,
        response: { 200: planDetail },
      },
    },
    async (request) => signReport(ctxOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/disclosures',
    {
      schema: {
        tags,
        summary: '整改公开记录（党内、社会）',
        querystring: disclosureQuery,
        response: { 200: z.object({ items: z.array(disclosureView) }) },
      },
    },
    async (request) => listDisclosures(ctxOf(request), request.query),
  );
  app.post(
    '/api/disclosures',
    {
      schema: {
        tags,
        summary: '发布整改公开信息（巡察办；方案批准后）',
        body: disclosureBody,
        response: { 201: disclosureView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDisclosure(ctxOf(request), request.body)),
  );
  app.get(
    '/api/public/disclosures',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '社会公开的整改情况（无需登录；只含公开摘要）',
        querystring: publicQuery,
        response: { 200: pageOf(publicDisclosure) },
      },
    },
    async (request) => listPublicDisclosures(request.ctx, request.query),
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
    '/api/rectification-items/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: '下载整改佐证材料（能看到该整改方案的人员；记入审计）',
        params: idParams.extend({ fileId: z.uuid() }),
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await openItemFile(ctxOf(request), request.params.id, request.params.fileId),
      ),
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
