import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unitTypes } from '../../core/vocabulary.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams, optionalText, pageOf, pagingQuery, text, version } from '../../http/schemas.js';
import { createUnit, getUnit, listUnits, updateUnit } from '../../services/org/units.js';

export const unitType = z.enum(unitTypes);
const unit = z.object({
  id: z.string(),
  jurisdictionId: z.string(),
  name: z.string(),
  type: unitType,
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  region: z.string().nullable(),
  code: z.string().nullable(),
  cadreCount: z.number(),
  version: z.number(),
  abilities: z.object({ update: z.boolean() }),
});
const fields = {
  name: text(100),
  type: unitType,
  parentId: z.uuid().nullish(),
  region: optionalText(100),
  code: optionalText(50),
};
const tags = ['organization'];

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/units',
    {
      schema: {
        tags,
        summary: '被巡察单位',
        querystring: z.object({
          ...pagingQuery,
          q: z.string().max(100).optional(),
          type: unitType.optional(),
          jurisdictionId: z.uuid().optional(),
          parentId: z.uuid().optional(),
        }),
        response: { 200: pageOf(unit) },
      },
    },
    async (request) => listUnits(ctxOf(request), request.query),
  );
  app.get(
    '/api/units/:id',
    { schema: { tags, summary: '单位详情', params: idParams, response: { 200: unit } } },
    async (request) => getUnit(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/units',
    {
      schema: {
        tags,
        summary: '新建单位',
        body: z.object({ jurisdictionId: z.uuid(), ...fields }),
        response: { 201: unit },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUnit(ctxOf(request), request.body)),
  );
  app.patch(
    '/api/units/:id',
    {
      schema: {
        tags,
        summary: '修改单位',
        params: idParams,
        body: z.object({
          name: fields.name.optional(),
          type: unitType.optional(),
          parentId: fields.parentId,
          region: fields.region,
          code: fields.code,
          version,
        }),
        response: { 200: unit },
      },
    },
    async (request) => updateUnit(ctxOf(request), request.params.id, request.body),
  );
};
