import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './core/context.js';
import { registerAuthentication } from './http/authenticate.js';
import { registerNulGuard } from './http/nul-guard.js';
import { registerErrorHandling, sendProblem } from './http/problem.js';
import { registerSecurityHeaders } from './http/security.js';
import { auditRoutes } from './routes/audit/index.js';
import { authRoutes } from './routes/auth/index.js';
import { calendarRoutes } from './routes/calendar/index.js';
import { fileRoutes } from './routes/files/index.js';
import { healthRoutes } from './routes/health/index.js';
import { inspectorRoutes } from './routes/inspectors/index.js';
import { notificationRoutes } from './routes/notifications/index.js';
import { orgRoutes } from './routes/org/index.js';
import { petitionRoutes } from './routes/petitions/index.js';
import { petitionFollowUpRoutes } from './routes/petitions/follow-up.js';
import { petitionSimilarRoutes } from './routes/petitions/similar.js';
import { recusalRoutes } from './routes/recusal/index.js';
import { roundRoutes } from './routes/rounds/index.js';
import { clueRoutes } from './routes/clues/index.js';
import { clueReviewRoutes } from './routes/clues/reviews.js';
import { commonProblemRoutes } from './routes/common-problems/index.js';
import { publicReportRoutes } from './routes/public-reports/index.js';
import { supervisionCheckRoutes } from './routes/rectification/checks.js';
import { rectificationRoutes } from './routes/rectification/index.js';
import { roundPlanningRoutes } from './routes/rounds/planning.js';
import { roundRecordRoutes } from './routes/rounds/records.js';
import { roundTeamRoutes } from './routes/rounds/teams.js';
import { settingsRoutes } from './routes/settings/index.js';
import { userRoutes } from './routes/users/index.js';
import { fileLimits } from './services/files/files.js';

export interface RouteInfo {
  method: string;
  url: string;
  public: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, for the test that proves private routes need a session. */
    routeTable: RouteInfo[];
  }
}

export async function buildApp(
  deps: AppDeps,
  options: { logger?: FastifyBaseLogger } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.decorate('routeTable', [] as RouteInfo[]);
  app.addHook('onRoute', (route) => {
    // Only the API is private. The web app's files and Swagger UI's are public by design.
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) {
      route.config = { ...route.config, public: true };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      app.routeTable.push({ method, url: route.url, public: route.config?.public === true });
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    void reply.header('x-request-id', request.id);
    return payload;
  });

  registerErrorHandling(app);
  registerNulGuard(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: { fileSize: fileLimits.maxBytes, files: 1, fields: 10, parts: 12 },
    throwFileSizeLimit: true,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: '巡察信访一体化监督平台 API', version: deps.config.version },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'xc_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
    uiHooks: {},
    staticCSP: false,
  });
  registerAuthentication(app, deps);

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(orgRoutes);
  await app.register(auditRoutes);
  await app.register(settingsRoutes);
  await app.register(calendarRoutes);
  await app.register(notificationRoutes);
  await app.register(fileRoutes);
  await app.register(petitionRoutes);
  await app.register(petitionSimilarRoutes);
  await app.register(petitionFollowUpRoutes);
  await app.register(roundRoutes);
  await app.register(clueRoutes);
  await app.register(clueReviewRoutes);
  await app.register(rectificationRoutes);
  await app.register(supervisionCheckRoutes);
  await app.register(commonProblemRoutes);
  await app.register(publicReportRoutes);
  await app.register(inspectorRoutes);
  await app.register(recusalRoutes);
  await app.register(roundRecordRoutes);
  await app.register(roundPlanningRoutes);
  await app.register(roundTeamRoutes);
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const webDist = deps.config.webDistDir;
  const hasWeb = webDist !== null && existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const wantsPage =
      request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    if (wantsPage && hasWeb) {
      // The single-page app answers every other path; assets are served above.
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendProblem(request, reply, 404, 'not_found', '请求的地址不存在');
  });
  return app;
}
