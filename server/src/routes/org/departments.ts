import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { departmentKinds } from '../../core/vocabulary.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams, text, version } from '../../http/schemas.js';
import {
  createDepartment,
  listDepartments,
  updateDepartment,
} from '../../services/org/departments.js';

const kind = z.enum(departmentKinds);
const department = z.object({
  id: z.string(),
  jurisdictionId: z.string(),
  name: z.string(),
  kind,
  hasAccounts: z.boolean(),
  version: z.number(),
});
const tags = ['organization'];

export const departmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/departments',
    {
      schema: {
        tags,
        summary: '部门（巡察办、纪委监委、组织部……）',
        querystring: z.object({ jurisdictionId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(department) }) },
      },
    },
    async (request) => listDepartments(ctxOf(request), request.query),
  );
  app.post(
    '/api/departments',
    {
      schema: {
        tags,
        summary: '新建部门',
        body: z.object({
          jurisdictionId: z.uuid(),
          name: text(100),
          kind,
          hasAccounts: z.boolean().default(true),
        }),
        response: { 201: department },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDepartment(ctxOf(request), request.body)),
  );
  app.patch(
    '/api/departments/:id',
    {
      schema: {
        tags,
        summary: '修改部门',
        params: idParams,
        body: z.object({
          name: text(100).optional(),
          kind: kind.optional(),
          hasAccounts: z.boolean().optional(),
          version,
        }),
        response: { 200: department },
      },
    },
    async (request) => updateDepartment(ctxOf(request), request.params.id, request.body),
  );
};
