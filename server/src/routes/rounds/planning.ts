import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { isoDate, text } from '../../http/schemas.js';
import { termCoverage } from '../../services/rounds/coverage.js';
import { targetRanking } from '../../services/rounds/target-ranking.js';
import { createTerm, listTerms } from '../../services/rounds/terms.js';

const tags = ['rounds'];
const term = z.object({
  id: z.string(),
  jurisdictionId: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
});

/** Term coverage (全覆盖), the evidence ranking of targets, and terms (届). */
export const roundPlanningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/terms',
    { schema: { tags, summary: '届次', response: { 200: z.object({ items: z.array(term) }) } } },
    async (request) => listTerms(ctxOf(request)),
  );
  app.post(
    '/api/terms',
    {
      schema: {
        tags,
        summary: '设置届次',
        body: z.object({
          jurisdictionId: z.uuid().optional(),
          name: text(50),
          startsOn: isoDate,
          endsOn: isoDate,
        }),
        response: { 201: term },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTerm(ctxOf(request), request.body)),
  );
  app.get(
    '/api/coverage',
    {
      schema: {
        tags,
        summary: '本届巡察全覆盖情况与未巡察预警',
        querystring: z.object({ termId: z.uuid().optional() }),
        response: {
          200: z.object({
            term,
            total: z.number(),
            inspected: z.number(),
            percent: z.number(),
            daysLeft: z.number(),
            units: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                type: z.string(),
                lastInspectedOn: z.string().nullable(),
                inspectedInTerm: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => termCoverage(ctxOf(request), request.query),
  );
  app.get(
    '/api/target-ranking',
    {
      schema: {
        tags,
        summary: '巡察对象排序（信访、线索、整改、距上次巡察年数，各项得分与权重）',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                unitId: z.string(),
                unitName: z.string(),
                unitType: z.string(),
                lastInspectedOn: z.string().nullable(),
                petitions: z.number(),
                repeatedPetitions: z.number(),
                score: z.number(),
                components: z.array(
                  z.object({
                    key: z.enum(['petitions', 'clues', 'rectification', 'yearsSinceInspection']),
                    value: z.number(),
                    weight: z.number(),
                    points: z.number(),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (request) => targetRanking(ctxOf(request), request.query),
  );
};
