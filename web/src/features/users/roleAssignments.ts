import type { RoleAssignment, RoleCode } from '../auth/api/types';
import type { RoleDefinition, RoleScope } from './api/types';

export interface RoleRowValue {
  role?: RoleCode;
  jurisdictionId?: string;
  teamId?: string | null;
  unitId?: string | null;
}

export function scopeOf(definitions: RoleDefinition[], role: string | undefined): RoleScope {
  return definitions.find((d) => d.code === role)?.scope ?? 'jurisdiction';
}

/** Keep only the id the role's scope uses: a team role has a team, a unit role has a unit. */
export function toAssignments(
  rows: RoleRowValue[] | undefined,
  definitions: RoleDefinition[],
  defaultJurisdictionId: string,
): RoleAssignment[] {
  return (rows ?? [])
    .filter((row): row is RoleRowValue & { role: RoleCode } => Boolean(row.role))
    .map((row) => {
      const scope = scopeOf(definitions, row.role);
      return {
        role: row.role,
        jurisdictionId: row.jurisdictionId ?? defaultJurisdictionId,
        teamId: scope === 'team' ? (row.teamId ?? null) : null,
        unitId: scope === 'unit' ? (row.unitId ?? null) : null,
      };
    });
}

const assignmentKey = (a: RoleAssignment) =>
  `${a.role}|${a.jurisdictionId}|${a.teamId ?? ''}|${a.unitId ?? ''}`;

export function sameAssignments(a: RoleAssignment[], b: RoleAssignment[]): boolean {
  const left = a.map(assignmentKey).sort();
  const right = b.map(assignmentKey).sort();
  return left.length === right.length && left.every((key, i) => key === right[i]);
}
