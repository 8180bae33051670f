import type { RoleAssignment, RoleCode } from '../../auth/api/types';

export type UserStatus = 'active' | 'disabled';

export interface User {
  id: string;
  username: string;
  displayName: string;
  jurisdictionId: string;
  status: UserStatus;
  roles: RoleAssignment[];
  totpEnabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
  abilities: { update: boolean; disable: boolean; resetPassword: boolean };
}

export type RoleScope = 'jurisdiction' | 'team' | 'unit';

export interface RoleDefinition {
  code: RoleCode;
  scope: RoleScope;
}

export interface UserFilters {
  page: number;
  pageSize: number;
  q?: string;
  role?: string;
  status?: UserStatus;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  jurisdictionId: string;
  roles: RoleAssignment[];
}
