import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../core/context.js';
import type { RoleCode } from '../core/roles.js';

/** Small named checks that policies are built from. */
export function holdsAnyRole(actor: Actor, roles: readonly RoleCode[]): boolean {
  return actor.roles.some((r) => roles.includes(r.role));
}

/** Jurisdictions in which the actor holds one of `roles` (own and below). */
export function coveredJurisdictions(actor: Actor, roles: readonly RoleCode[]): string[] {
  const ids = new Set<string>();
  for (const r of actor.roles) {
    if (roles.includes(r.role)) for (const id of r.coveredJurisdictionIds) ids.add(id);
  }
  return [...ids];
}

export function isInJurisdiction(
  actor: Actor,
  roles: readonly RoleCode[],
  jurisdictionId: string,
): boolean {
  return actor.roles.some(
    (r) => roles.includes(r.role) && r.coveredJurisdictionIds.includes(jurisdictionId),
  );
}

export function liaisonUnitIds(actor: Actor): string[] {
  return actor.roles.flatMap((r) => (r.role === 'unit_liaison' && r.unitId ? [r.unitId] : []));
}

export function teamIds(actor: Actor): string[] {
  return actor.roles.flatMap((r) =>
    (r.role === 'team_leader' || r.role === 'team_member') && r.teamId ? [r.teamId] : [],
  );
}

export function isOnAssignedTeam(actor: Actor, teamId: string | null): boolean {
  return teamId !== null && teamIds(actor).includes(teamId);
}

/** `column IN (ids)`, or a false condition for an empty list (never "no filter"). */
export function inList(column: AnyPgColumn, ids: readonly string[]): SQL {
  if (ids.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )})`;
}
