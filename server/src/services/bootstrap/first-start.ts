import { randomInt } from 'node:crypto';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { departments, jurisdictions, roleAssignments, users } from '../../db/schema/index.js';
import { hashPassword } from '../auth/password-hash.js';

// No look-alike characters (0/O, 1/l/I) in a password somebody has to type.
const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function randomPassword(length = 20): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
}

export interface FirstStart {
  rootJurisdictionId: string;
  adminPassword: string | null;
}

/**
 * On an empty database: the root jurisdiction, its inspection office, and an `admin`
 * (system administrator) with a random password, written once to <dataDir>/initial-admin.txt.
 */
export async function ensureFirstStart(
  ctx: Ctx,
  options: { rootName: string; level?: 'province' | 'city' | 'county'; writePasswordFile: boolean },
): Promise<FirstStart> {
  const [existing] = await dbOf(ctx).select({ n: count() }).from(jurisdictions);
  if ((existing?.n ?? 0) > 0) {
    const [root] = await dbOf(ctx).select().from(jurisdictions).limit(1);
    return { rootJurisdictionId: root!.id, adminPassword: null };
  }
  const adminPassword = randomPassword();
  const passwordHash = await hashPassword(adminPassword);
  const rootId = await withTransaction(ctx, async (ctx) => {
    const [root] = await dbOf(ctx)
      .insert(jurisdictions)
      .values({ name: options.rootName, level: options.level ?? 'county' })
      .returning();
    await dbOf(ctx)
      .insert(departments)
      .values({
        jurisdictionId: root!.id,
        name: `${options.rootName}委巡察办`,
        kind: 'inspection_office',
      });
    const [admin] = await dbOf(ctx)
      .insert(users)
      .values({
        username: 'admin',
        displayName: '系统管理员',
        jurisdictionId: root!.id,
        passwordHash,
        passwordChangedAt: now(ctx),
      })
      .returning();
    await dbOf(ctx)
      .insert(roleAssignments)
      .values({ userId: admin!.id, role: 'system_admin', jurisdictionId: root!.id });
    await emitAudit(ctx, {
      action: 'system.bootstrap',
      entityType: 'jurisdiction',
      entityId: root!.id,
      jurisdictionId: root!.id,
      detail: { rootName: options.rootName, admin: 'admin' },
    });
    return root!.id;
  });
  if (options.writePasswordFile) {
    const dir = ctx.deps.config.dataDir;
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'initial-admin.txt'),
      `用户名 username: admin\n初始密码 password: ${adminPassword}\n请登录后立即修改密码。Change it after the first login.\n`,
      { mode: 0o600 },
    );
  }
  return { rootJurisdictionId: rootId, adminPassword };
}
