// Stable codes of the petitions module (server/src/core/petition-vocabulary.ts); the UI labels
// are i18n keys built from them (`petitions.channel.<code>`, `petitions.state.<code>`…).

export const PETITION_CHANNELS = [
  'letter',
  'visit',
  'phone',
  'online',
  'mailbox',
  'department_transfer',
  'office_transfer',
  'round',
] as const;
export type PetitionChannel = (typeof PETITION_CHANNELS)[number];

/** 四个着力 */
export const PROBLEM_FOCUSES = ['corruption', 'conduct', 'discipline', 'personnel'] as const;
export type ProblemFocus = (typeof PROBLEM_FOCUSES)[number];

/** 六大纪律 */
export const DISCIPLINES = [
  'political',
  'organizational',
  'integrity',
  'mass',
  'work',
  'life',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const PETITION_STATES = [
  'submitted',
  'registered',
  'proposed',
  'approved',
  'investigating',
  'reported',
  'reviewed',
  'transferred',
  'reply_received',
  'not_accepted',
  'answered',
  'archived',
] as const;
export type PetitionState = (typeof PETITION_STATES)[number];

export const ANSWER_METHODS = [
  'in_person',
  'letter',
  'phone',
  'online',
  'sms',
  'not_deliverable',
] as const;
export type AnswerMethod = (typeof ANSWER_METHODS)[number];

export const REVIEW_FLAGS = ['too_lenient', 'improper_procedure', 'evasive'] as const;
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];

/** The transitions of the petition machine (server/src/services/petitions/petition-machine.ts). */
export const PETITION_ACTIONS = [
  'register',
  'propose',
  'approve',
  'return',
  'assign',
  'report',
  'review',
  'extend',
  'transfer',
  'receive_reply',
  'reject',
  'answer',
  'archive',
] as const;
export type PetitionAction = (typeof PETITION_ACTIONS)[number];

export type SimilarReason = 'same_petitioner' | 'same_accused' | 'same_unit' | 'similar_text';
export type DeadlineKind = 'acceptance' | 'conclusion' | 'transfer_reply';

export interface PetitionSummary {
  id: string;
  code: string;
  jurisdictionId: string;
  channel: PetitionChannel;
  receivedOn: string;
  anonymous: boolean;
  /** Masked (张*), never the full name. */
  petitionerName: string | null;
  petitionerPhone: string | null;
  idNumberProblem: string | null;
  phoneProblem: string | null;
  focus: ProblemFocus | null;
  disciplines: Discipline[];
  summary: string;
  state: PetitionState;
  handlerId: string | null;
  acceptanceDueOn: string;
  conclusionDueOn: string | null;
  caseGroupId: string | null;
  reviewFlag?: ReviewFlag | null;
  version: number;
  /** The transitions this caller may fire now (the only source of action buttons). */
  actions: string[];
}

export interface AccusedView {
  kind: 'person' | 'unit';
  name: string | null;
  position: string | null;
  unitId: string | null;
  unitName: string | null;
  /** How many petitions the caller can see name the same person or unit. */
  repeatCount?: number;
}

export interface AttachmentView {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
}

export interface TimelineStep {
  action: string;
  fromState: string;
  toState: string;
  opinion: string | null;
  at: string;
  actorName: string | null;
}

export interface PetitionCan {
  link: boolean;
  flag: boolean;
  spawnClue: boolean;
  upload: boolean;
  requestIdentity: boolean;
  requestCopy: boolean;
  revealIdentity: boolean;
  download: boolean;
}

/** What a detail without `can` (an older server) allows: nothing beyond reading. */
export const NO_ABILITIES: PetitionCan = {
  link: false,
  flag: false,
  spawnClue: false,
  upload: false,
  requestIdentity: false,
  requestCopy: false,
  revealIdentity: false,
  download: false,
};

export interface PetitionDetail extends PetitionSummary {
  handlerName?: string | null;
  roundId: string | null;
  sourceDepartmentId: string | null;
  sourceReference: string | null;
  content: string;
  handlingDepartmentId: string | null;
  transferDepartmentId: string | null;
  transferDueOn: string | null;
  acceptedOn: string | null;
  extensionDays: number | null;
  notAcceptedReason: string | null;
  answer: { method: string; answeredOn: string | null; content: string | null } | null;
  reviewNote: string | null;
  reviewFlaggedAt?: string | null;
  clueIds: string[];
  accused: AccusedView[];
  attachments: AttachmentView[];
  timeline: TimelineStep[];
  can?: PetitionCan;
  grants?: { identityExpiresAt: string | null; copyExpiresAt: string | null };
}

export interface PetitionIdentity {
  name: string | null;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  expiresAt: string;
}

export interface SimilarPetition {
  id: string;
  code: string;
  summary: string;
  state: string;
  receivedOn: string;
  caseGroupId: string | null;
  /** 0–1 */
  score: number;
  textSimilarity: number;
  reasons: SimilarReason[];
}

export interface DeadlineItem {
  id: string;
  code: string;
  summary: string;
  state: string;
  handlerId: string | null;
  deadline: DeadlineKind;
  dueOn: string;
  daysLeft: number;
  status: 'overdue' | 'due_soon';
}

export interface StoredFile {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export type PetitionSort = 'receivedOn' | '-receivedOn' | 'acceptanceDueOn' | 'conclusionDueOn';

export interface PetitionFilters {
  page: number;
  pageSize: number;
  q?: string;
  state?: PetitionState;
  channel?: PetitionChannel;
  focus?: ProblemFocus;
  unitId?: string;
  accused?: string;
  /** YYYY-MM-DD */
  from?: string;
  to?: string;
  overdue?: boolean;
  flagged?: boolean;
  sort?: PetitionSort;
}

export interface PetitionerInput {
  name?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
}

export interface AccusedInput {
  kind: 'person' | 'unit';
  name?: string | null;
  position?: string | null;
  unitId?: string | null;
  unitName?: string | null;
}

export interface RegisterPetitionInput {
  channel: PetitionChannel;
  roundId?: string | null;
  sourceDepartmentId?: string | null;
  sourceReference?: string | null;
  receivedOn: string;
  anonymous: boolean;
  petitioner?: PetitionerInput | null;
  accused: AccusedInput[];
  focus?: ProblemFocus | null;
  disciplines?: Discipline[];
  summary: string;
  content: string;
  fileIds?: string[];
  /** Keep an ID number or phone that is wrong in the letter itself (flagged); else 422. */
  keepFlagged?: boolean;
}

export interface DuplicateDraft {
  petitioner?: PetitionerInput | null;
  accused?: AccusedInput[];
  summary?: string;
  content?: string;
}

export interface TransitionInput {
  action: PetitionAction;
  version: number;
  opinion?: string | null;
  handlerId?: string | null;
  handlingDepartmentId?: string | null;
  transferDepartmentId?: string | null;
  transferDueOn?: string | null;
  extensionDays?: number | null;
  answerMethod?: AnswerMethod | null;
  answeredOn?: string | null;
  answerContent?: string | null;
}

export interface RepeatCounts {
  persons: { name: string; unitName: string | null; count: number }[];
  units: { unitId: string | null; unitName: string | null; count: number }[];
}

/** Someone a petition can be assigned to. */
export interface HandlerOption {
  id: string;
  displayName: string;
}
