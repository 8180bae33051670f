import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../http/request-context.js';
import { idParams, noContent, pageOf } from '../../http/schemas.js';
import { getInspector, listInspectors } from '../../services/inspectors/list-inspectors.js';
import { addRelative, removeRelative } from '../../services/inspectors/relatives.js';
import { createInspector, updateInspector } from '../../services/inspectors/save-inspector.js';
import { addPosition, removePosition } from '../../services/inspectors/work-history.js';
import {
  inspectorBody,
  inspectorDetail,
  inspectorPatch,
  inspectorQuery,
  inspectorSummary,
  position,
  positionBody,
  positionParams,
  relative,
  relativeBody,
  relativeParams,
} from './schemas.js';

const tags = ['talent pool'];

export const inspectorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/inspectors',
    {
      schema: {
        tags,
        summary: '巡察人才库（按姓名、专长、可用与资格筛选）',
        querystring: inspectorQuery,
        response: { 200: pageOf(inspectorSummary) },
      },
    },
    async (request) => listInspectors(ctxOf(request), request.query),
  );
  app.post(
    '/api/inspectors',
    {
      schema: {
        tags,
        summary: '新增巡察干部',
        body: inspectorBody,
        response: { 201: inspectorDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInspector(ctxOf(request), request.body)),
  );
  app.get(
    '/api/inspectors/:id',
    {
      schema: {
        tags,
        summary: '巡察干部详情（工作经历、亲属、参加过的巡察）',
        params: idParams,
        response: { 200: inspectorDetail },
      },
    },
    async (request) => getInspector(ctxOf(request), request.params.id),
  );
  app.patch(
    '/api/inspectors/:id',
    {
      schema: {
        tags,
        summary: '修改巡察干部',
        params: idParams,
        body: inspectorPatch,
        response: { 200: inspectorDetail },
      },
    },
    async (request) => updateInspector(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/inspectors/:id/positions',
    {
      schema: {
        tags,
        summary: '添加工作经历',
        params: idParams,
        body: positionBody,
        response: { 201: position },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addPosition(ctxOf(request), request.params.id, request.body)),
  );
  app.delete(
    '/api/inspectors/:id/positions/:positionId',
    { schema: { tags, summary: '删除工作经历', params: positionParams, response: noContent } },
    async (request, reply) => {
      await removePosition(ctxOf(request), request.params.id, request.params.positionId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/inspectors/:id/relatives',
    {
      schema: {
        tags,
        summary: '添加亲属及其任职',
        params: idParams,
        body: relativeBody,
        response: { 201: relative },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addRelative(ctxOf(request), request.params.id, request.body)),
  );
  app.delete(
    '/api/inspectors/:id/relatives/:relativeId',
    { schema: { tags, summary: '删除亲属', params: relativeParams, response: noContent } },
    async (request, reply) => {
      await removeRelative(ctxOf(request), request.params.id, request.params.relativeId);
      return reply.status(204).send(null);
    },
  );
};
