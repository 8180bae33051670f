import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { isoDate, noContent, text } from '../../http/schemas.js';
import {
  deleteCalendarDay,
  listCalendarDays,
  putCalendarDay,
} from '../../services/calendar/calendar-days.js';

const kind = z.enum(['holiday', 'workday']);
const day = z.object({ date: z.string(), kind, name: z.string() });
const dateParams = z.object({ date: isoDate });
const tags = ['calendar'];

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/calendar',
    {
      schema: {
        tags,
        summary: '工作日历：节假日与调休',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.object({ items: z.array(day) }) },
      },
    },
    async (request) => listCalendarDays(ctxOf(request), request.query),
  );
  app.put(
    '/api/calendar/:date',
    {
      schema: {
        tags,
        summary: '设置节假日或调休上班日',
        params: dateParams,
        body: z.object({ kind, name: text(50) }),
        response: { 200: day },
      },
    },
    async (request) => putCalendarDay(ctxOf(request), request.params.date, request.body),
  );
  app.delete(
    '/api/calendar/:date',
    { schema: { tags, summary: '删除日历例外', params: dateParams, response: noContent } },
    async (request, reply) => {
      await deleteCalendarDay(ctxOf(request), request.params.date);
      return reply.status(204).send(null);
    },
  );
};
