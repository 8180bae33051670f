import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cadreLevels } from '../../core/vocabulary.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams, pageOf, pagingQuery, text, version } from '../../http/schemas.js';
import { createCadre, listCadres, updateCadre } from '../../services/org/cadres.js';

const gender = z.enum(['male', 'female']).nullable();
const level = z.enum(cadreLevels);
const cadre = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  name: z.string(),
  gender,
  position: z.string(),
  level,
  isLeadershipMember: z.boolean(),
  version: z.number(),
});
const tags = ['organization'];

export const cadreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/cadres',
    {
      schema: {
        tags,
        summary: '干部',
        querystring: z.object({
          ...pagingQuery,
          unitId: z.uuid().optional(),
          q: z.string().max(50).optional(),
        }),
        response: { 200: pageOf(cadre) },
      },
    },
    async (request) => listCadres(ctxOf(request), request.query),
  );
  app.post(
    '/api/cadres',
    {
      schema: {
        tags,
        summary: '新建干部',
        body: z.object({
          unitId: z.uuid(),
          name: text(50),
          gender: gender.optional(),
          position: text(100),
          level,
          isLeadershipMember: z.boolean().default(false),
        }),
        response: { 201: cadre },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCadre(ctxOf(request), request.body)),
  );
  app.patch(
    '/api/cadres/:id',
    {
      schema: {
        tags,
        summary: '修改干部',
        params: idParams,
        body: z.object({
          name: text(50).optional(),
          gender: gender.optional(),
          position: text(100).optional(),
          level: level.optional(),
          isLeadershipMember: z.boolean().optional(),
          version,
        }),
        response: { 200: cadre },
      },
    },
    async (request) => updateCadre(ctxOf(request), request.params.id, request.body),
  );
};
