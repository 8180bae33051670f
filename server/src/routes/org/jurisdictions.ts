import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { jurisdictionLevels } from '../../core/vocabulary.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams, optionalText, text, version } from '../../http/schemas.js';
import {
  createJurisdiction,
  listJurisdictions,
  updateJurisdiction,
} from '../../services/org/jurisdictions.js';
import { listTeams } from '../../services/org/teams.js';

const level = z.enum(jurisdictionLevels);
const jurisdiction = z.object({
  id: z.string(),
  name: z.string(),
  level,
  parentId: z.string().nullable(),
  code: z.string().nullable(),
  version: z.number(),
});
const tags = ['organization'];

export const jurisdictionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/jurisdictions',
    {
      schema: {
        tags,
        summary: '辖区树',
        response: { 200: z.object({ items: z.array(jurisdiction) }) },
      },
    },
    async (request) => listJurisdictions(ctxOf(request)),
  );
  app.post(
    '/api/jurisdictions',
    {
      schema: {
        tags,
        summary: '新建下级辖区',
        body: z.object({ name: text(100), level, parentId: z.uuid(), code: optionalText(50) }),
        response: { 201: jurisdiction },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createJurisdiction(ctxOf(request), request.body)),
  );
  app.patch(
    '/api/jurisdictions/:id',
    {
      schema: {
        tags,
        summary: '修改辖区',
        params: idParams,
        body: z.object({ name: text(100).optional(), code: optionalText(50), version }),
        response: { 200: jurisdiction },
      },
    },
    async (request) => updateJurisdiction(ctxOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/teams',
    {
      schema: {
        tags,
        summary: '巡察组',
        response: {
          200: z.object({
            items: z.array(
              z.object({ id: z.string(), name: z.string(), jurisdictionId: z.string() }),
            ),
          }),
        },
      },
    },
    async (request) => listTeams(ctxOf(request)),
  );
};
