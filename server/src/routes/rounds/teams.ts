import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { idParams, text } from '../../http/schemas.js';
import {
  decideRecusalOverride,
  listRecusalOverrides,
  requestRecusalOverride,
} from '../../services/rounds/recusal-overrides.js';
import { suggestTeamMembers } from '../../services/rounds/suggest-members.js';
import { assignTeamMember, removeTeamMember } from '../../services/rounds/team-members.js';
import { roundDetail } from './schemas.js';

const tags = ['rounds'];
const override = z.object({
  id: z.string(),
  roundId: z.string(),
  teamId: z.string(),
  inspectorId: z.string(),
  conflicts: z.array(z.object({ rule: z.string(), message: z.string() })),
  reason: z.string(),
  state: z.enum(['pending', 'approved', 'rejected']),
  requestedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});

/** Teams of a round: members from the talent pool, recusal overrides, suggestions. */
export const roundTeamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/rounds/:id/teams',
    {
      schema: {
        tags,
        summary: '选派巡察组成员（自动回避审查；有回避情形且未经批准例外的，拒绝并说明规则）',
        params: idParams,
        body: z.object({
          teamId: z.uuid(),
          inspectorId: z.uuid(),
          role: z.enum(['leader', 'deputy', 'member']).default('member'),
        }),
        response: { 200: roundDetail },
      },
    },
    async (request) => assignTeamMember(ctxOf(request), request.params.id, request.body),
  );
  app.delete(
    '/api/rounds/:id/teams/:teamId/members/:inspectorId',
    {
      schema: {
        tags,
        summary: '移出巡察组成员',
        params: idParams.extend({ teamId: z.uuid(), inspectorId: z.uuid() }),
        response: { 200: roundDetail },
      },
    },
    async (request) =>
      removeTeamMember(
        ctxOf(request),
        request.params.id,
        request.params.teamId,
        request.params.inspectorId,
      ),
  );
  app.get(
    '/api/rounds/:id/teams/:teamId/suggestions',
    {
      schema: {
        tags,
        summary: '推荐巡察组成员（按所需专长，无回避情形）',
        params: idParams.extend({ teamId: z.uuid() }),
        querystring: z.object({
          specialties: z
            .string()
            .max(200)
            .optional()
            .transform((v) =>
              v
                ? v
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean)
                : [],
            ),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                inspectorId: z.string(),
                name: z.string(),
                rank: z.string().nullable(),
                specialties: z.array(z.string()),
                matchedSpecialties: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (request) =>
      suggestTeamMembers(ctxOf(request), request.params.id, request.params.teamId, request.query),
  );
  app.get(
    '/api/rounds/:id/recusal-overrides',
    {
      schema: {
        tags,
        summary: '回避例外申请',
        params: idParams,
        response: { 200: z.object({ items: z.array(override) }) },
      },
    },
    async (request) => listRecusalOverrides(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/rounds/:id/recusal-overrides',
    {
      schema: {
        tags,
        summary: '申请回避例外（须说明理由，报领导小组批准）',
        params: idParams,
        body: z.object({ teamId: z.uuid(), inspectorId: z.uuid(), reason: text(1000) }),
        response: { 201: override },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestRecusalOverride(ctxOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/recusal-overrides/:id/decision',
    {
      schema: {
        tags,
        summary: '领导小组审批回避例外',
        params: idParams,
        body: z.object({ approve: z.boolean(), note: z.string().trim().max(500).nullish() }),
        response: { 200: override },
      },
    },
    async (request) => decideRecusalOverride(ctxOf(request), request.params.id, request.body),
  );
};
