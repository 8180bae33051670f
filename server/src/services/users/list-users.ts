import { and, asc, count, eq, exists, ilike, or, type SQL } from 'drizzle-orm';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { roleAssignments, users } from '../../db/schema/index.js';
import { userPolicy } from '../../policies/user-policy.js';
import { escapeLike, type Page } from '../paging.js';
import { presentUsers, type PresentedUser } from './present-user.js';

export interface ListUsersInput {
  page: number;
  pageSize: number;
  q?: string;
  role?: string;
  status?: 'active' | 'disabled';
}

export async function listUsers(ctx: Ctx, input: ListUsersInput): Promise<Page<PresentedUser>> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const filters: (SQL | undefined)[] = [userPolicy.visibleWhere(actor)];
  if (input.q) {
    const pattern = `%${escapeLike(input.q)}%`;
    filters.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern)));
  }
  if (input.status) filters.push(eq(users.status, input.status));
  if (input.role) {
    filters.push(
      exists(
        dbOf(ctx)
          .select({ one: roleAssignments.id })
          .from(roleAssignments)
          .where(and(eq(roleAssignments.userId, users.id), eq(roleAssignments.role, input.role))),
      ),
    );
  }
  const where = and(...filters);
  const [total] = await dbOf(ctx).select({ n: count() }).from(users).where(where);
  const rows = await dbOf(ctx)
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.username))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    items: await presentUsers(dbOf(ctx), actor, rows, now(ctx)),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}
