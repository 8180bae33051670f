import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkHealth } from '../../services/health.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: '健康检查',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
        },
      },
    },
    async (request) => checkHealth(request.ctx),
  );
  app.get(
    '/api/public/config',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: '前端公开配置（是否演示模式、版本）',
        response: { 200: z.object({ demo: z.boolean(), version: z.string() }) },
      },
    },
    async (request) => ({
      demo: request.ctx.deps.config.demo,
      version: request.ctx.deps.config.version,
    }),
  );
};
