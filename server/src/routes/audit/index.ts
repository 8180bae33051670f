import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { pageOf, pagingQuery } from '../../http/schemas.js';
import { listAudit, listAuditActions, verifyAudit } from '../../services/audit/list-audit.js';

const entry = z.object({
  id: z.string(),
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
  detail: z.unknown(),
});
const tags = ['audit'];

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: '审计日志（安全审计员）',
        querystring: z.object({
          ...pagingQuery,
          action: z.string().max(64).optional(),
          actorId: z.string().max(64).optional(),
          entityType: z.string().max(64).optional(),
          entityId: z.string().max(128).optional(),
          from: z.coerce.date().optional(),
          to: z.coerce.date().optional(),
        }),
        response: { 200: pageOf(entry) },
      },
    },
    async (request) => listAudit(ctxOf(request), request.query),
  );
  app.get(
    '/api/audit/actions',
    {
      schema: {
        tags,
        summary: '审计操作类型',
        response: { 200: z.object({ items: z.array(z.string()) }) },
      },
    },
    async (request) => listAuditActions(ctxOf(request)),
  );
  app.post(
    '/api/audit/verify',
    {
      schema: {
        tags,
        summary: '校验审计日志哈希链',
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number(),
            firstBrokenSeq: z.number().nullable(),
            reason: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => verifyAudit(ctxOf(request)),
  );
};
