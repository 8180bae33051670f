import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { listSettings, putSetting, resetSetting } from '../../services/settings/settings.js';

const item = z.object({
  key: z.string(),
  group: z.string(),
  type: z.enum(['integer', 'number', 'boolean', 'enum', 'stringList']),
  value: z.unknown(),
  defaultValue: z.unknown(),
  inherited: z.boolean(),
  min: z.number().optional(),
  max: z.number().optional(),
  options: z.array(z.string()).optional(),
});
const keyParams = z.object({ key: z.string().min(1).max(100) });
const tags = ['settings'];

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/settings',
    {
      schema: {
        tags,
        summary: '辖区设置（期限、阈值、权重）',
        querystring: z.object({ jurisdictionId: z.uuid() }),
        response: { 200: z.object({ items: z.array(item) }) },
      },
    },
    async (request) => listSettings(ctxOf(request), request.query),
  );
  app.put(
    '/api/settings/:key',
    {
      schema: {
        tags,
        summary: '设置本辖区的值',
        params: keyParams,
        body: z.object({ jurisdictionId: z.uuid(), value: z.unknown() }),
        response: { 200: item },
      },
    },
    async (request) => putSetting(ctxOf(request), request.params.key, request.body),
  );
  app.delete(
    '/api/settings/:key',
    {
      schema: {
        tags,
        summary: '恢复为继承值或默认值',
        params: keyParams,
        querystring: z.object({ jurisdictionId: z.uuid() }),
        response: { 200: item },
      },
    },
    async (request) => resetSetting(ctxOf(request), request.params.key, request.query),
  );
};
