import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import {
  idParams,
  noContent,
  pageOf,
  pagingQuery,
  roleAssignment,
  roleCode,
  roleView,
  text,
  version,
} from '../../http/schemas.js';
import { roleCodes, roleScope } from '../../core/roles.js';
import {
  resetUserPassword,
  resetUserTotp,
  unlockUser,
} from '../../services/users/admin-credentials.js';
import { createUser } from '../../services/users/create-user.js';
import { listUsers } from '../../services/users/list-users.js';
import { setUserRoles } from '../../services/users/set-user-roles.js';
import { updateUser } from '../../services/users/update-user.js';

const user = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  jurisdictionId: z.string(),
  status: z.enum(['active', 'disabled']),
  roles: z.array(roleView),
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
  abilities: z.object({ update: z.boolean(), disable: z.boolean(), resetPassword: z.boolean() }),
});
const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名为 3–32 位字母、数字、下划线、点或连字符');
const email = z.email().max(200).nullish();
const tags = ['users'];

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/roles',
    {
      schema: {
        tags,
        summary: '角色列表',
        response: {
          200: z.object({
            items: z.array(
              z.object({ code: z.string(), scope: z.enum(['jurisdiction', 'team', 'unit']) }),
            ),
          }),
        },
      },
    },
    async (request) => {
      ctxOf(request);
      return { items: roleCodes.map((code) => ({ code, scope: roleScope[code] })) };
    },
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: '用户列表（本辖区）',
        querystring: z.object({
          ...pagingQuery,
          q: z.string().max(100).optional(),
          role: roleCode.optional(),
          status: z.enum(['active', 'disabled']).optional(),
        }),
        response: { 200: pageOf(user) },
      },
    },
    async (request) => listUsers(ctxOf(request), request.query),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: '新建用户',
        body: z.object({
          username,
          displayName: text(64),
          email,
          password: z.string().min(1).max(256),
          jurisdictionId: z.uuid(),
          roles: z.array(roleAssignment).max(20),
        }),
        response: { 201: user },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(ctxOf(request), request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: '修改用户（姓名、邮箱、启用/停用）',
        params: idParams,
        body: z.object({
          displayName: text(64).optional(),
          email,
          status: z.enum(['active', 'disabled']).optional(),
          version,
        }),
        response: { 200: user },
      },
    },
    async (request) => updateUser(ctxOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/users/:id/roles',
    {
      schema: {
        tags,
        summary: '设置用户角色（其会话随之失效）',
        params: idParams,
        body: z.object({ roles: z.array(roleAssignment).max(20), version }),
        response: { 200: user },
      },
    },
    async (request) => setUserRoles(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/users/:id/password',
    {
      schema: {
        tags,
        summary: '重置用户密码',
        params: idParams,
        body: z.object({ newPassword: z.string().min(1).max(256) }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await resetUserPassword(ctxOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/users/:id/unlock',
    { schema: { tags, summary: '解除登录锁定', params: idParams, response: noContent } },
    async (request, reply) => {
      await unlockUser(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/users/:id/totp/reset',
    { schema: { tags, summary: '重置动态验证码', params: idParams, response: noContent } },
    async (request, reply) => {
      await resetUserTotp(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
