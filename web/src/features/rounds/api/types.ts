// Stable codes of the rounds module (server/src/core/round-vocabulary.ts); the UI labels are i18n
// keys built from them (`rounds.kind.<code>`, `rounds.stage.<code>`, `rounds.method.<code>`…).
import type { MemberRole, RecusalConflict } from '../../inspectors/api/types';
import type { Discipline, ProblemFocus } from '../../petitions/api/types';

/** 常规 / 专项 / 延伸 / 机动 / 回头看 */
export const ROUND_KINDS = ['regular', 'special', 'extended', 'mobile', 'follow_up'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** 准备、了解、报告、反馈、整改督查、立卷归案 */
export const ROUND_STAGES = [
  'preparation',
  'on_site',
  'reporting',
  'feedback',
  'rectification',
  'archived',
] as const;
export type RoundStage = (typeof ROUND_STAGES)[number];

/** The stage steps of the round machine (server/src/services/rounds/round-machine.ts). */
export const ROUND_ACTIONS = [
  'start_on_site',
  'submit_report',
  'return_report',
  'approve_report',
  'deliver_feedback',
  'archive',
] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

/** The step that leads forward into each stage: its gate is what that stage still needs. */
export const STAGE_ENTRY: Partial<Record<RoundStage, RoundAction>> = {
  on_site: 'start_on_site',
  reporting: 'submit_report',
  feedback: 'approve_report',
  rectification: 'deliver_feedback',
  archived: 'archive',
};

/** Partner departments asked for 情况通报. */
export const BRIEFING_SOURCES = [
  'discipline',
  'organization',
  'petition',
  'audit',
  'public_security',
  'procuratorate',
  'court',
  'other',
] as const;
export type BriefingSource = (typeof BRIEFING_SOURCES)[number];

/** The "13+N" on-site methods. */
export const ACTIVITY_METHODS = [
  'workReport',
  'talk',
  'petitionReception',
  'personalMatterCheck',
  'inquiry',
  'documentReview',
  'forum',
  'meetingAttendance',
  'survey',
  'fieldVisit',
  'specialCheck',
  'assistanceRequest',
  'other',
] as const;
export type ActivityMethod = (typeof ACTIVITY_METHODS)[number];

export const RANKING_COMPONENTS = [
  'petitions',
  'clues',
  'rectification',
  'yearsSinceInspection',
] as const;

export interface RoundSummary {
  id: string;
  jurisdictionId: string;
  name: string;
  kind: RoundKind;
  topic: string | null;
  stage: RoundStage;
  startsOn: string | null;
  endsOn: string | null;
  authorizationNo: string | null;
  termId: string | null;
  version: number;
}

export interface RoundTarget {
  unitId: string;
  unitName: string;
  unitType: string;
  teamId: string | null;
  teamName: string | null;
}

export interface RoundMember {
  teamId: string;
  inspectorId: string;
  name: string;
  role: MemberRole;
  overrideId: string | null;
}

/**
 * What the caller may do on the round's records. The server sends `update` (the plan); the
 * others are honoured when it sends them, else derived by `roundAbilities` (see there).
 */
export interface RoundAbilities {
  update: boolean;
  staff?: boolean;
  brief?: boolean;
  record?: boolean;
  decideOverrides?: boolean;
}

export interface RoundDetail extends RoundSummary {
  targets: RoundTarget[];
  members: RoundMember[];
  /** 不宜定得过多 and other plan warnings, in the server's words. */
  warnings: string[];
  /** The stage steps this caller may take now (the only source of step buttons). */
  actions: string[];
  /** For each step, what is still missing (empty = ready). */
  gates: Record<string, string[]>;
  abilities: RoundAbilities;
}

export interface RoundFilters {
  page: number;
  pageSize: number;
  q?: string;
  stage?: RoundStage;
  kind?: RoundKind;
}

export interface RoundTargetInput {
  unitId: string;
  teamId?: string | null;
}

export interface RoundInput {
  name: string;
  kind: RoundKind;
  topic?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  authorizationNo?: string | null;
  termId?: string | null;
  targets: RoundTargetInput[];
}

export interface TransitionInput {
  action: RoundAction;
  version: number;
  opinion?: string | null;
}

export interface Activity {
  id: string;
  unitId: string;
  teamId: string | null;
  method: ActivityMethod;
  occurredOn: string;
  place: string | null;
  summary: string;
  record: string | null;
  unannounced: boolean;
  details: Record<string, unknown>;
  version: number;
  createdAt: string;
}

export interface ActivityInput {
  unitId: string;
  method: ActivityMethod;
  occurredOn: string;
  place?: string | null;
  summary: string;
  record?: string | null;
  unannounced?: boolean;
  details?: Record<string, unknown>;
}

export interface Finding {
  id: string;
  unitId: string;
  activityId: string | null;
  problem: string;
  focus: ProblemFocus | null;
  disciplines: Discipline[];
  evidence: string | null;
  version: number;
  createdAt: string;
}

export interface FindingInput {
  unitId: string;
  problem: string;
  activityId?: string | null;
  focus?: ProblemFocus | null;
  disciplines?: Discipline[];
  evidence?: string | null;
}

export interface Briefing {
  id: string;
  source: BriefingSource;
  departmentId: string | null;
  request: string;
  dueOn: string;
  response: string | null;
  respondedOn: string | null;
  version: number;
}

export interface BriefingInput {
  source: BriefingSource;
  departmentId?: string | null;
  request: string;
  dueOn: string;
}

export interface RoundReport {
  unitId: string;
  content: string;
  teamEvaluation: string | null;
  approvedAt: string | null;
  feedbackOn: string | null;
  feedbackAttendees: string | null;
  version: number;
}

export interface RoundFile {
  briefings: Briefing[];
  reports: RoundReport[];
}

export interface ReportInput {
  content: string;
  teamEvaluation?: string | null;
  /** 0 = a new report. */
  version: number;
}

export interface FeedbackInput {
  feedbackOn: string;
  attendees: string;
}

export type OverrideState = 'pending' | 'approved' | 'rejected';

export interface RecusalOverride {
  id: string;
  roundId: string;
  teamId: string;
  inspectorId: string;
  conflicts: Pick<RecusalConflict, 'rule' | 'message'>[];
  reason: string;
  state: OverrideState;
  requestedBy: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
  /** Honoured when the server sends it; see `roundAbilities` for the fallback. */
  abilities?: { decide: boolean };
}

export interface MemberSuggestion {
  inspectorId: string;
  name: string;
  rank: string | null;
  specialties: string[];
  matchedSpecialties: string[];
}

/** 民主测评: one subject (a leader, or a question) with the count of each grade. */
export interface SurveyItem {
  subject: string;
  excellent: number;
  good: number;
  fair: number;
  poor: number;
}
export const SURVEY_GRADES = ['excellent', 'good', 'fair', 'poor'] as const;

/** Survey results per target and subject, summed over every survey recorded there. */
export interface SurveyResult extends SurveyItem {
  unitId: string;
  unitName: string;
  responses: number;
  score: number;
  /** % rated 好 or 较好. */
  goodShare: number;
}

export interface ClueFromActivityInput {
  description: string;
  accusedName?: string | null;
  accusedPosition?: string | null;
}

export type FileEntryKind = 'briefing' | 'activity' | 'finding' | 'report' | 'clue';

/** 立卷归案: the round's file index with the counts of the archive cover sheet. */
export interface RoundFileIndex {
  roundId: string;
  name: string;
  stage: string;
  counts: {
    talks: number;
    documentReviews: number;
    activities: number;
    briefings: number;
    findings: number;
    reports: number;
    petitions: number;
    clues: number;
    members: number;
  };
  activitiesByMethod: Record<string, number>;
  entries: { no: number; kind: FileEntryKind; id: string; title: string; on: string | null }[];
}

export interface Term {
  id: string;
  jurisdictionId: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface CoverageUnit {
  id: string;
  name: string;
  type: string;
  lastInspectedOn: string | null;
  inspectedInTerm: boolean;
}

export interface Coverage {
  term: Term;
  total: number;
  inspected: number;
  percent: number;
  daysLeft: number;
  units: CoverageUnit[];
}

export interface RankingComponent {
  key: string;
  value: number;
  weight: number;
  points: number;
}

export interface RankedUnit {
  unitId: string;
  unitName: string;
  unitType: string;
  lastInspectedOn: string | null;
  petitions: number;
  repeatedPetitions: number;
  score: number;
  components: RankingComponent[];
}
