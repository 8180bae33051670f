import { eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { conflict, invalidInput, unauthenticated } from '../../core/errors.js';
import { passwordProblem } from '../../core/passwords.js';
import { roleAssignments, users } from '../../db/schema/index.js';
import { userPolicy } from '../../policies/user-policy.js';
import { hashPassword } from '../auth/password-hash.js';
import { normalizeUsername } from '../auth/login.js';
import { presentUser, type PresentedUser } from './present-user.js';
import { validateRoles, type RoleInput } from './validate-roles.js';

export interface CreateUserInput {
  username: string;
  displayName: string;
  email?: string | null;
  password: string;
  jurisdictionId: string;
  roles: RoleInput[];
}

export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<PresentedUser> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  userPolicy.authorizeManage(actor, input.jurisdictionId);
  const username = normalizeUsername(input.username);
  const problem = passwordProblem(input.password, [username, 'xuncha']);
  if (problem) throw invalidInput('password', problem);
  const roles = await validateRoles(ctx, actor, input.roles);
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx, async (ctx) => {
    const [existing] = await dbOf(ctx)
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, username));
    if (existing) throw conflict('用户名已存在');
    const [user] = await dbOf(ctx)
      .insert(users)
      .values({
        username,
        displayName: input.displayName.trim(),
        email: input.email ?? null,
        jurisdictionId: input.jurisdictionId,
        passwordHash,
        passwordChangedAt: now(ctx),
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning();
    if (!user) throw new Error('insert returned nothing');
    if (roles.length) {
      await dbOf(ctx)
        .insert(roleAssignments)
        .values(roles.map((r) => ({ ...r, userId: user.id })));
    }
    await emitAudit(ctx, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      jurisdictionId: user.jurisdictionId,
      after: { username, displayName: user.displayName, roles },
    });
    return presentUser(dbOf(ctx), actor, user.id, now(ctx));
  });
}
