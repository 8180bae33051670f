import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { noContent, roleView } from '../../http/schemas.js';
import { changePassword } from '../../services/auth/change-password.js';
import { completeTotpLogin } from '../../services/auth/complete-totp-login.js';
import { getMe } from '../../services/auth/get-me.js';
import { login } from '../../services/auth/login.js';
import { logout } from '../../services/auth/logout.js';
import { SESSION_COOKIE, sessionLimits } from '../../services/auth/session-policy.js';
import { enableTotp, setupTotp } from '../../services/auth/setup-totp.js';

const me = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    jurisdictionId: z.string(),
    jurisdictionName: z.string(),
    totpEnabled: z.boolean(),
  }),
  roles: z.array(roleView),
  abilities: z.record(z.string(), z.boolean()),
  csrfToken: z.string(),
});
const authenticated = z.object({
  status: z.literal('authenticated'),
  csrfToken: z.string(),
  me,
});

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const loginLimit = {
    rateLimit: { max: app.deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
  };
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: app.deps.config.cookieSecure,
      path: '/',
      maxAge: sessionLimits.absoluteMs / 1000,
    });

  app.post(
    '/api/auth/login',
    {
      config: { public: true, ...loginLimit },
      schema: {
        tags: ['auth'],
        summary: '用户名密码登录（第一步）',
        body: z.object({
          username: z.string().min(1).max(64),
          password: z.string().min(1).max(256),
        }),
        response: {
          200: z.discriminatedUnion('status', [
            authenticated,
            z.object({ status: z.literal('totp_required'), ticket: z.string() }),
            z.object({
              status: z.literal('totp_setup_required'),
              ticket: z.string(),
              secret: z.string(),
              otpauthUri: z.string(),
            }),
          ]),
        },
      },
    },
    async (request, reply) => {
      const result = await login(request.ctx, request.body);
      if (result.status !== 'authenticated') return result;
      setSessionCookie(reply, result.token);
      return { status: result.status, csrfToken: result.csrfToken, me: result.me };
    },
  );

  app.post(
    '/api/auth/login/totp',
    {
      config: { public: true, ...loginLimit },
      schema: {
        tags: ['auth'],
        summary: '动态验证码（第二步）',
        body: z.object({ ticket: z.string().min(1).max(200), code: z.string().min(1).max(10) }),
        response: { 200: authenticated },
      },
    },
    async (request, reply) => {
      const result = await completeTotpLogin(request.ctx, request.body);
      setSessionCookie(reply, result.token);
      return { status: result.status, csrfToken: result.csrfToken, me: result.me };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: '当前用户、角色与权限', response: { 200: me } } },
    async (request) => {
      return getMe(ctxOf(request), request.csrfToken ?? '');
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: '退出登录', response: noContent } },
    async (request, reply) => {
      await logout(ctxOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: '修改本人密码（所有会话随之失效）',
        body: z.object({
          currentPassword: z.string().min(1).max(256),
          newPassword: z.string().min(1).max(256),
        }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await changePassword(ctxOf(request), request.body);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      schema: {
        tags: ['auth'],
        summary: '生成动态验证码密钥',
        response: { 200: z.object({ secret: z.string(), otpauthUri: z.string() }) },
      },
    },
    async (request) => setupTotp(ctxOf(request)),
  );

  app.post(
    '/api/auth/totp/enable',
    {
      schema: {
        tags: ['auth'],
        summary: '启用动态验证码',
        body: z.object({ code: z.string().min(1).max(10) }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await enableTotp(ctxOf(request), request.body);
      return reply.status(204).send(null);
    },
  );
};
