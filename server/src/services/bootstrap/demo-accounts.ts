import { and, eq, inArray } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import type { RoleCode } from '../../core/roles.js';
import { roleAssignments, units, users } from '../../db/schema/index.js';
import { hashPassword } from '../auth/password-hash.js';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: RoleCode;
  team?: number;
  unit?: string;
}

/**
 * A demo folder from before an account was added to the demo (the 县住建局 secretary who signs
 * the rectification report) gets it here, as the first load writes its accounts (the demo
 * password is shorter than the user service accepts), with an audit row. Team accounts have been
 * in every demo since the first and are not re-created. Returns whether any account was added.
 */
export async function ensureDemoAccounts(
  ctx: Ctx,
  rootId: string,
  accounts: readonly DemoAccount[],
  password: string,
): Promise<boolean> {
  const existing = await dbOf(ctx)
    .select({ username: users.username })
    .from(users)
    .where(
      inArray(
        users.username,
        accounts.map((a) => a.username),
      ),
    );
  const missing = accounts.filter(
    (a) => a.team === undefined && !existing.some((e) => e.username === a.username),
  );
  if (missing.length === 0) return false;
  const passwordHash = await hashPassword(password);
  return withTransaction(ctx, async (ctx) => {
    const db = dbOf(ctx);
    let added = false;
    for (const account of missing) {
      const [unit] = account.unit
        ? await db
            .select({ id: units.id })
            .from(units)
            .where(and(eq(units.jurisdictionId, rootId), eq(units.name, account.unit)))
        : [null];
      if (unit === undefined) continue;
      const [user] = await db
        .insert(users)
        .values({
          username: account.username,
          displayName: account.displayName,
          jurisdictionId: rootId,
          passwordHash,
          passwordChangedAt: now(ctx),
        })
        .returning({ id: users.id });
      const role = {
        role: account.role,
        jurisdictionId: rootId,
        teamId: null,
        unitId: unit?.id ?? null,
      };
      await db.insert(roleAssignments).values({ userId: user!.id, ...role });
      await emitAudit(ctx, {
        action: 'user.create',
        entityType: 'user',
        entityId: user!.id,
        jurisdictionId: rootId,
        after: { username: account.username, displayName: account.displayName, roles: [role] },
      });
      added = true;
    }
    return added;
  });
}
