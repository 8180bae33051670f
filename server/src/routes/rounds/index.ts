import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../http/request-context.js';
import { idParams, pageOf } from '../../http/schemas.js';
import { getRound, listRounds } from '../../services/rounds/list-rounds.js';
import { planRound, updateRoundPlan } from '../../services/rounds/plan-round.js';
import { transitionRound } from '../../services/rounds/transition-round.js';
import {
  roundBody,
  roundDetail,
  roundPatch,
  roundQuery,
  roundSummary,
  roundTransitionBody,
} from './schemas.js';

const tags = ['rounds'];

export const roundRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/rounds',
    {
      schema: {
        tags,
        summary: '巡察轮次列表',
        querystring: roundQuery,
        response: { 200: pageOf(roundSummary) },
      },
    },
    async (request) => listRounds(ctxOf(request), request.query),
  );
  app.post(
    '/api/rounds',
    {
      schema: {
        tags,
        summary: '安排巡察轮次（巡察对象与巡察组；超过每组对象上限时给出提醒）',
        body: roundBody,
        response: { 201: roundDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await planRound(ctxOf(request), request.body)),
  );
  app.get(
    '/api/rounds/:id',
    {
      schema: { tags, summary: '巡察轮次详情', params: idParams, response: { 200: roundDetail } },
    },
    async (request) => getRound(ctxOf(request), request.params.id),
  );
  app.patch(
    '/api/rounds/:id',
    {
      schema: {
        tags,
        summary: '修改巡察计划（仅准备阶段）',
        params: idParams,
        body: roundPatch,
        response: { 200: roundDetail },
      },
    },
    async (request) => updateRoundPlan(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/rounds/:id/transitions',
    {
      schema: {
        tags,
        summary: '巡察阶段流转（准备→了解→报告→反馈→整改督查→立卷归案；未满足条件时列出所缺事项）',
        params: idParams,
        body: roundTransitionBody,
        response: { 200: roundDetail },
      },
    },
    async (request) => transitionRound(ctxOf(request), request.params.id, request.body),
  );
};
