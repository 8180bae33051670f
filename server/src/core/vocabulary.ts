/** Stable codes of the organization vocabularies: the schema's enums and the API's alike. */
export const jurisdictionLevels = ['province', 'city', 'county'] as const;

export const departmentKinds = [
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

export const unitTypes = [
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

export const cadreLevels = ['provincial', 'departmental', 'county', 'section', 'other'] as const;
