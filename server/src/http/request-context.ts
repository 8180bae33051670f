import type { FastifyRequest } from 'fastify';
import type { AppDeps, Ctx } from '../core/context.js';
import { unauthenticated } from '../core/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
    /** The session's CSRF token (authenticated requests). */
    csrfToken: string | null;
  }
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyContextConfig {
    /** Reachable without a session. */
    public?: boolean;
    /** Mutations that need no CSRF token (login: there is no session yet). */
    csrfExempt?: boolean;
  }
}

/** The context of an authenticated request (routes that are not public). */
export function ctxOf(request: FastifyRequest): Ctx {
  if (!request.ctx?.actor) throw unauthenticated();
  return request.ctx;
}
