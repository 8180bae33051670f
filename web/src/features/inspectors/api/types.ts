// The talent pool (巡察人才库) and the recusal engine (回避), after server/src/routes/inspectors and
// server/src/routes/recusal.

/** Specialties offered as presets; offices may type their own (the server takes free text). */
export const SPECIALTY_PRESETS = ['财务', '审计', '法律', '工程', '组织人事', '纪检'] as const;

export type Gender = 'male' | 'female';
export type MemberRole = 'leader' | 'deputy' | 'member';
export const MEMBER_ROLES: readonly MemberRole[] = ['leader', 'deputy', 'member'];

export interface InspectorAbilities {
  update: boolean;
  checkRecusal: boolean;
}

export interface InspectorSummary {
  id: string;
  jurisdictionId: string;
  name: string;
  gender: Gender | null;
  specialties: string[];
  rank: string | null;
  currentUnit: string | null;
  hometown: string | null;
  region: string | null;
  available: boolean;
  eligible: boolean;
  userId: string | null;
  version: number;
  abilities: InspectorAbilities;
}

export interface WorkPosition {
  id: string;
  unitId: string | null;
  unitName: string;
  position: string | null;
  fromOn: string;
  toOn: string | null;
}

export interface Relative {
  id: string;
  name: string;
  relation: string;
  unitId: string | null;
  unitName: string | null;
  position: string | null;
}

export interface RoundServed {
  roundId: string;
  roundName: string;
  kind: string;
  stage: string;
  startsOn: string | null;
  endsOn: string | null;
  teamId: string;
  teamName: string;
  role: MemberRole;
}

export interface InspectorDetail extends InspectorSummary {
  positions: WorkPosition[];
  relatives: Relative[];
  roundsServed: RoundServed[];
}

export interface InspectorFilters {
  page: number;
  pageSize: number;
  q?: string;
  specialty?: string;
  available?: boolean;
  eligible?: boolean;
}

export interface InspectorInput {
  name: string;
  gender?: Gender | null;
  specialties?: string[];
  rank?: string | null;
  currentUnit?: string | null;
  hometown?: string | null;
  region?: string | null;
  available?: boolean;
  eligible?: boolean;
}

export interface PositionInput {
  unitId?: string | null;
  unitName?: string | null;
  position?: string | null;
  fromOn: string;
  toOn?: string | null;
}

export interface RelativeInput {
  name: string;
  relation: string;
  unitId?: string | null;
  unitName?: string | null;
  position?: string | null;
}

/** 任职回避, 地域回避, 公务回避 (relative / petition / clue), 轮岗回避. */
export const RECUSAL_RULES = [
  'employment',
  'region',
  'relative',
  'official_petition',
  'official_clue',
  'rotation',
] as const;
export type RecusalRule = (typeof RECUSAL_RULES)[number];

export interface RecusalConflict {
  rule: string;
  unitId: string;
  unitName: string;
  message: string;
  evidence?: Record<string, unknown>;
}

export interface RecusalCheckInput {
  inspectorId: string;
  unitIds: string[];
  roundId?: string | null;
}
