import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../core/context.js';
import { DomainError, unauthenticated } from '../core/errors.js';
import { authenticateSession } from '../services/auth/authenticate-session.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../services/auth/session-policy.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Every route is private unless its config says `public: true`: the session cookie must name a
 * live session, and every mutation must carry the session's CSRF token in X-CSRF-Token.
 */
export function registerAuthentication(app: FastifyInstance, deps: AppDeps) {
  app.decorateRequest('ctx', null as never);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    request.ctx = { deps, actor: null, requestId: request.id };
    const config = request.routeOptions.config;
    if (!request.routeOptions.url || config.public) return;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await authenticateSession(deps.database.db, deps.clock, token) : null;
    if (!session) throw unauthenticated();
    if (!safeMethods.has(request.method) && !config.csrfExempt) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
        throw new DomainError('forbidden', 'CSRF 校验失败，请刷新页面后重试');
      }
    }
    request.ctx.actor = session.actor;
    request.csrfToken = session.csrfToken;
  });
}
