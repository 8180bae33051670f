import { api } from '../../../lib/api';
import type { ItemList, Page } from '../../../lib/api';
import type {
  Cadre,
  CadreFilters,
  Department,
  Jurisdiction,
  Team,
  Unit,
  UnitFilters,
} from './types';

const id = encodeURIComponent;

export type JurisdictionInput = Pick<Jurisdiction, 'name' | 'level' | 'parentId'> & {
  code?: string | null;
};
export type DepartmentInput = Pick<Department, 'jurisdictionId' | 'name' | 'kind' | 'hasAccounts'>;
export type UnitInput = Pick<Unit, 'jurisdictionId' | 'name' | 'type'> &
  Partial<Pick<Unit, 'parentId' | 'region' | 'code'>>;
export type CadreInput = Pick<
  Cadre,
  'unitId' | 'name' | 'position' | 'level' | 'isLeadershipMember'
> &
  Partial<Pick<Cadre, 'gender'>>;
type Versioned<T> = Partial<T> & { version: number };

export const orgApi = {
  jurisdictions: () => api.get<ItemList<Jurisdiction>>('/api/jurisdictions'),
  createJurisdiction: (input: JurisdictionInput) =>
    api.post<Jurisdiction>('/api/jurisdictions', input),
  updateJurisdiction: (
    jurisdictionId: string,
    input: Versioned<Pick<Jurisdiction, 'name' | 'code'>>,
  ) => api.patch<Jurisdiction>(`/api/jurisdictions/${id(jurisdictionId)}`, input),

  departments: (jurisdictionId?: string) =>
    api.get<ItemList<Department>>('/api/departments', { query: { jurisdictionId } }),
  createDepartment: (input: DepartmentInput) => api.post<Department>('/api/departments', input),
  updateDepartment: (departmentId: string, input: Versioned<DepartmentInput>) =>
    api.patch<Department>(`/api/departments/${id(departmentId)}`, input),

  units: (filters: UnitFilters) => api.get<Page<Unit>>('/api/units', { query: { ...filters } }),
  unit: (unitId: string) => api.get<Unit>(`/api/units/${id(unitId)}`),
  createUnit: (input: UnitInput) => api.post<Unit>('/api/units', input),
  updateUnit: (unitId: string, input: Versioned<UnitInput>) =>
    api.patch<Unit>(`/api/units/${id(unitId)}`, input),

  cadres: (filters: CadreFilters) => api.get<Page<Cadre>>('/api/cadres', { query: { ...filters } }),
  createCadre: (input: CadreInput) => api.post<Cadre>('/api/cadres', input),
  updateCadre: (cadreId: string, input: Versioned<CadreInput>) =>
    api.patch<Cadre>(`/api/cadres/${id(cadreId)}`, input),

  teams: () => api.get<ItemList<Team>>('/api/teams'),
};
