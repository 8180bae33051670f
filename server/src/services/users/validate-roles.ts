import { eq } from 'drizzle-orm';
import { dbOf, type Ctx, type Actor } from '../../core/context.js';
import { forbidden, unprocessable, type FieldError } from '../../core/errors.js';
import { roleScope, type RoleCode } from '../../core/roles.js';
import { jurisdictions, teams, units } from '../../db/schema/index.js';
import { userPolicy } from '../../policies/user-policy.js';

export interface RoleInput {
  role: RoleCode;
  jurisdictionId: string;
  teamId?: string | null;
  unitId?: string | null;
}

export interface NormalizedRole {
  role: RoleCode;
  jurisdictionId: string;
  teamId: string | null;
  unitId: string | null;
}

/**
 * Each role must sit in a jurisdiction the administrator manages; team roles name a team of
 * that jurisdiction, unit roles a unit of it; other roles name neither.
 */
export async function validateRoles(
  ctx: Ctx,
  actor: Actor,
  roles: RoleInput[],
): Promise<NormalizedRole[]> {
  const errors: FieldError[] = [];
  const out = new Map<string, NormalizedRole>();
  for (const [i, r] of roles.entries()) {
    const [jurisdiction] = await dbOf(ctx)
      .select({ id: jurisdictions.id })
      .from(jurisdictions)
      .where(eq(jurisdictions.id, r.jurisdictionId));
    if (!jurisdiction) {
      errors.push({ path: `roles.${i}.jurisdictionId`, message: '辖区不存在' });
      continue;
    }
    if (!userPolicy.canManageIn(actor, r.jurisdictionId)) throw forbidden('不能在该辖区分配角色');
    const scope = roleScope[r.role];
    const teamId = scope === 'team' ? (r.teamId ?? null) : null;
    const unitId = scope === 'unit' ? (r.unitId ?? null) : null;
    if (scope !== 'team' && r.teamId) {
      errors.push({ path: `roles.${i}.teamId`, message: '该角色不属于巡察组' });
    }
    if (scope !== 'unit' && r.unitId) {
      errors.push({ path: `roles.${i}.unitId`, message: '该角色不属于单位' });
    }
    if (scope === 'team') {
      const [team] = teamId ? await dbOf(ctx).select().from(teams).where(eq(teams.id, teamId)) : [];
      if (!team || team.jurisdictionId !== r.jurisdictionId) {
        errors.push({ path: `roles.${i}.teamId`, message: '须选择本辖区的巡察组' });
      }
    }
    if (scope === 'unit') {
      const [unit] = unitId ? await dbOf(ctx).select().from(units).where(eq(units.id, unitId)) : [];
      if (!unit || unit.jurisdictionId !== r.jurisdictionId) {
        errors.push({ path: `roles.${i}.unitId`, message: '须选择本辖区的单位' });
      }
    }
    out.set(`${r.role}|${r.jurisdictionId}|${teamId}|${unitId}`, {
      role: r.role,
      jurisdictionId: r.jurisdictionId,
      teamId,
      unitId,
    });
  }
  if (errors.length) throw unprocessable('角色分配有误', errors);
  return [...out.values()];
}
