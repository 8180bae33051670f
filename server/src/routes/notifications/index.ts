import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { idParams, noContent, pagingQuery } from '../../http/schemas.js';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  unreadCount,
} from '../../services/notifications/inbox.js';

const notification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: '我的通知',
        querystring: z.object({
          ...pagingQuery,
          unreadOnly: z
            .enum(['true', 'false'])
            .optional()
            .transform((v) => v === 'true'),
        }),
        response: {
          200: z.object({
            items: z.array(notification),
            total: z.number(),
            unread: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (request) => listNotifications(ctxOf(request), request.query),
  );
  app.get(
    '/api/notifications/unread-count',
    {
      schema: { tags, summary: '未读数', response: { 200: z.object({ unread: z.number() }) } },
    },
    async (request) => unreadCount(ctxOf(request)),
  );
  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, summary: '标为已读', params: idParams, response: noContent } },
    async (request, reply) => {
      await markNotificationRead(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/notifications/read-all',
    { schema: { tags, summary: '全部标为已读', response: noContent } },
    async (request, reply) => {
      await markAllNotificationsRead(ctxOf(request));
      return reply.status(204).send(null);
    },
  );
};
