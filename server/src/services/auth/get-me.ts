import { eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { jurisdictions, users } from '../../db/schema/index.js';
import { menuAbilities, type MenuAbility } from '../../policies/abilities.js';

export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    jurisdictionId: string;
    jurisdictionName: string;
    totpEnabled: boolean;
  };
  roles: { role: string; jurisdictionId: string; teamId: string | null; unitId: string | null }[];
  abilities: Record<MenuAbility, boolean>;
  csrfToken: string;
}

export async function getMe(ctx: Ctx, csrfToken: string): Promise<Me> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [row] = await dbOf(ctx)
    .select({ user: users, jurisdictionName: jurisdictions.name })
    .from(users)
    .innerJoin(jurisdictions, eq(jurisdictions.id, users.jurisdictionId))
    .where(eq(users.id, actor.userId));
  if (!row) throw unauthenticated();
  return {
    user: {
      id: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      jurisdictionId: row.user.jurisdictionId,
      jurisdictionName: row.jurisdictionName,
      totpEnabled: row.user.totpEnabledAt !== null,
    },
    roles: actor.roles.map(({ role, jurisdictionId, teamId, unitId }) => ({
      role,
      jurisdictionId,
      teamId,
      unitId,
    })),
    abilities: menuAbilities(actor),
    csrfToken,
  };
}
