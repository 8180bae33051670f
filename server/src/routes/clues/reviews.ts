import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../http/request-context.js';
import { pageOf } from '../../http/schemas.js';
import { listReviews, recordReview } from '../../services/clues/clue-reviews.js';
import { reviewBody, reviewQuery, reviewView } from './schemas.js';

const tags = ['clues'];

export const clueReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/clue-reviews',
    {
      schema: {
        tags,
        summary: '集体研判记录',
        querystring: reviewQuery,
        response: { 200: pageOf(reviewView) },
      },
    },
    async (request) => listReviews(ctxOf(request), request.query),
  );
  app.post(
    '/api/clue-reviews',
    {
      schema: {
        tags,
        summary: '记录集体研判会议（参加人员、逐条研判结论）',
        body: reviewBody,
        response: { 201: reviewView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordReview(ctxOf(request), request.body)),
  );
};
