import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/context.js';
import type { Clock } from '../../core/clock.js';
import type { Db } from '../../db/client.js';
import { sessions } from '../../db/schema/index.js';
import { loadActor } from './load-actor.js';
import { sessionLimits } from './session-policy.js';
import { hashToken } from './tokens.js';

export interface AuthenticatedSession {
  actor: Actor;
  csrfToken: string;
}

/**
 * The session behind a cookie token, or null when it is unknown, revoked, idle past
 * 30 minutes, past its 12-hour life, or its user is disabled.
 */
export async function authenticateSession(
  db: Db,
  clock: Clock,
  token: string,
): Promise<AuthenticatedSession | null> {
  if (!token || token.length > 200) return null;
  const id = hashToken(token);
  const [session] = await db.select().from(sessions).where(eq(sessions.id, id));
  if (!session || session.revokedAt) return null;
  const at = clock.now().getTime();
  if (at >= session.expiresAt.getTime()) return null;
  if (at - session.lastSeenAt.getTime() >= sessionLimits.idleMs) return null;
  const actor = await loadActor(db, session.userId, session.id);
  if (!actor) return null;
  if (at - session.lastSeenAt.getTime() >= sessionLimits.touchEveryMs) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(at) })
      .where(eq(sessions.id, id));
  }
  return { actor, csrfToken: session.csrfToken };
}
