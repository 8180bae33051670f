import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/context.js';
import type { DbOrTx } from '../../db/client.js';
import { loginThrottle, roleAssignments, users } from '../../db/schema/index.js';
import { userPolicy } from '../../policies/user-policy.js';

type UserRow = typeof users.$inferSelect;

export interface PresentedUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  jurisdictionId: string;
  status: 'active' | 'disabled';
  roles: { role: string; jurisdictionId: string; teamId: string | null; unitId: string | null }[];
  totpEnabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
  abilities: { update: boolean; disable: boolean; resetPassword: boolean };
}

/** Output shape of a user: never the hash, never the TOTP secret. */
export async function presentUsers(
  db: DbOrTx,
  actor: Actor,
  rows: UserRow[],
  at: Date,
): Promise<PresentedUser[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const roles = await db.select().from(roleAssignments).where(inArray(roleAssignments.userId, ids));
  const locks = await db
    .select()
    .from(loginThrottle)
    .where(
      inArray(
        loginThrottle.username,
        rows.map((r) => r.username),
      ),
    );
  return rows.map((row) => {
    const own = roles.filter((r) => r.userId === row.id);
    const lock = locks.find((l) => l.username === row.username)?.lockedUntil ?? null;
    return {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      email: row.email,
      jurisdictionId: row.jurisdictionId,
      status: row.status,
      roles: own.map(({ role, jurisdictionId, teamId, unitId }) => ({
        role,
        jurisdictionId,
        teamId,
        unitId,
      })),
      totpEnabled: row.totpEnabledAt !== null,
      lockedUntil: lock && lock.getTime() > at.getTime() ? lock.toISOString() : null,
      lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      version: row.version,
      abilities: userPolicy.abilities(
        actor,
        row,
        own.map((r) => r.jurisdictionId),
      ),
    };
  });
}

export async function presentUser(db: DbOrTx, actor: Actor, id: string, at: Date) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  const [presented] = row ? await presentUsers(db, actor, [row], at) : [];
  return presented!;
}
