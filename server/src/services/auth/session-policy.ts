import { HOUR, MINUTE } from '../../core/clock.js';

/** Session and login limits (issue: idle 30 min, absolute 12 h; lockout after failures). */
export const sessionLimits = {
  idleMs: 30 * MINUTE,
  absoluteMs: 12 * HOUR,
  touchEveryMs: MINUTE,
  ticketMs: 5 * MINUTE,
  ticketAttempts: 5,
  failuresBeforeLock: 5,
  lockMs: 15 * MINUTE,
} as const;

export const SESSION_COOKIE = 'xc_session';
export const CSRF_HEADER = 'x-csrf-token';
