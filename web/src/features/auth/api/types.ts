export type RoleCode =
  | 'system_admin'
  | 'office_admin'
  | 'leading_group'
  | 'team_leader'
  | 'team_member'
  | 'petition_clerk'
  | 'discipline'
  | 'organization'
  | 'unit_liaison'
  | 'auditor';

export interface RoleAssignment {
  role: RoleCode;
  jurisdictionId: string;
  teamId: string | null;
  unitId: string | null;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  jurisdictionId: string;
  jurisdictionName: string;
  totpEnabled: boolean;
}

/** Ability keys come from the server; the UI only reads them, it never derives them from roles. */
export type Abilities = Record<string, boolean>;

export interface Me {
  user: SessionUser;
  roles: RoleAssignment[];
  abilities: Abilities;
  csrfToken?: string;
}

export interface PublicConfig {
  demo: boolean;
  version: string;
}

export type LoginResult =
  | { status: 'authenticated'; csrfToken: string; me: Me }
  | { status: 'totp_required'; ticket: string }
  | { status: 'totp_setup_required'; ticket: string; secret: string; otpauthUri: string };

export type AuthenticatedResult = Extract<LoginResult, { status: 'authenticated' }>;

export const DEMO_USERNAMES = [
  'admin',
  'office',
  'leader',
  'team1lead',
  'team1member',
  'team2lead',
  'team2member',
  'clerk',
  'discipline',
  'organization',
  'liaison',
  'auditor',
] as const;

export const DEMO_PASSWORD = 'Demo#2026xc';
