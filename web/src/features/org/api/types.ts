export type JurisdictionLevel = 'province' | 'city' | 'county';

export interface Jurisdiction {
  id: string;
  name: string;
  level: JurisdictionLevel;
  parentId: string | null;
  code: string | null;
  version: number;
}

export const DEPARTMENT_KINDS = [
  'inspection_office',
  'discipline_commission',
  'organization_department',
  'petition_bureau',
  'audit_bureau',
  'public_security',
  'procuratorate',
  'court',
  'competent_department',
  'other',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export interface Department {
  id: string;
  jurisdictionId: string;
  name: string;
  kind: DepartmentKind;
  hasAccounts: boolean;
  version: number;
}

export const UNIT_TYPES = [
  'party_committee',
  'department',
  'township',
  'village',
  'community',
  'enterprise',
  'institution',
  'school',
  'hospital',
  'other',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export interface Unit {
  id: string;
  jurisdictionId: string;
  name: string;
  type: UnitType;
  parentId: string | null;
  parentName: string | null;
  region: string | null;
  code: string | null;
  cadreCount: number;
  version: number;
  abilities: { update: boolean };
}

export const CADRE_LEVELS = ['provincial', 'departmental', 'county', 'section', 'other'] as const;
export type CadreLevel = (typeof CADRE_LEVELS)[number];

export interface Cadre {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  gender: 'male' | 'female' | null;
  position: string;
  level: CadreLevel;
  isLeadershipMember: boolean;
  version: number;
}

export interface Team {
  id: string;
  name: string;
  jurisdictionId: string;
}

export interface UnitFilters {
  page: number;
  pageSize: number;
  q?: string;
  type?: UnitType;
  jurisdictionId?: string;
  parentId?: string;
}

export interface CadreFilters {
  unitId?: string;
  q?: string;
  page: number;
  pageSize: number;
}
