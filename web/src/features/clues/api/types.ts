// Hand-written mirror of the clue ledger's API contract (server/src/routes/clues/schemas.ts) and
// its vocabularies (server/src/core/clue-vocabulary.ts). The UI labels are i18n keys built from
// these stable codes (`clues.account.<code>`, `clues.source.<code>`…), see ../labels.ts.
import type { CadreLevel, DepartmentKind } from '../../org/api/types';
import type { Discipline, ProblemFocus } from '../../petitions/api/types';

/** 五账: 报账 → 交账 → 转账 → 查账 → 销账. */
export const CLUE_ACCOUNTS = [
  'recorded',
  'handedOver',
  'transferred',
  'underSupervision',
  'closed',
] as const;
export type ClueAccount = (typeof CLUE_ACCOUNTS)[number];

export const CLUE_SOURCES = [
  'petition',
  'talk',
  'documentReview',
  'survey',
  'audit',
  'partnerDepartment',
  'other',
] as const;
export type ClueSource = (typeof CLUE_SOURCES)[number];

/**
 * The sources the office registers by hand; petition, talk, document review and survey clues
 * are raised from the petition or the round's on-site record they come from.
 */
export const MANUAL_SOURCES = ['audit', 'partnerDepartment', 'other'] as const;
export type ManualSource = (typeof MANUAL_SOURCES)[number];

/** 处置方式 reported by the receiving body. */
export const CLUE_DISPOSALS = [
  'talkOrInquiry',
  'preliminaryVerification',
  'shelved',
  'concluded',
  'caseFiled',
] as const;
export type ClueDisposal = (typeof CLUE_DISPOSALS)[number];

/** 办理结果: the four forms (四种形态) or 澄清正名; 诬告 is a flag on a clearance. */
export const CLUE_OUTCOMES = ['form1', 'form2', 'form3', 'form4', 'clearance'] as const;
export type ClueOutcome = (typeof CLUE_OUTCOMES)[number];

/** 挂账 (past its account's deadline) and 呆账 (no movement for N days). */
export const CLUE_STALLS = ['pendingAccount', 'deadAccount'] as const;
export type ClueStall = (typeof CLUE_STALLS)[number];
export type StallFilter = ClueStall | 'any';

export const CLUE_NOTICE_KINDS = [
  'pendingAccount',
  'deadAccount',
  'shelvedReview',
  'supervision',
] as const;
export type ClueNoticeKind = (typeof CLUE_NOTICE_KINDS)[number];

/** 集体研判 decision per clue. */
export const CLUE_REVIEW_DECISIONS = ['transfer', 'supplement', 'merge'] as const;
export type ClueReviewDecision = (typeof CLUE_REVIEW_DECISIONS)[number];

/** 一案双查 */
export const DUAL_INQUIRY_RESULTS = ['accountable', 'notAccountable'] as const;
export type DualInquiryResult = (typeof DUAL_INQUIRY_RESULTS)[number];

/** The transitions of the clue machine; `transfer` goes through /transfers, not /transitions. */
export const CLUE_ACTIONS = [
  'hand_over',
  'transfer',
  'acknowledge',
  'report_disposal',
  'record_dual_inquiry',
  'close',
] as const;
export type ClueAction = (typeof CLUE_ACTIONS)[number];
export type ClueTransitionAction = Exclude<ClueAction, 'transfer'>;

export interface ClueSummary {
  id: string;
  jurisdictionId: string;
  code: string;
  source: ClueSource;
  roundId: string | null;
  roundName: string | null;
  accusedName: string | null;
  accusedPosition: string | null;
  accusedUnitId: string | null;
  accusedUnitName: string | null;
  accusedCadreLevel: CadreLevel | null;
  focus: ProblemFocus | null;
  disciplines: Discipline[];
  description: string;
  confidential: boolean;
  prioritized: boolean;
  account: ClueAccount;
  accountSince: string;
  accountDueOn: string | null;
  /** Whole days in the current account. */
  ageDays: number;
  stall: ClueStall | null;
  /** When the clue reached each account (报账 = createdAt). */
  createdAt: string;
  handedOverAt: string | null;
  transferredAt: string | null;
  supervisedAt: string | null;
  closedAt: string | null;
  receiverDepartmentId: string | null;
  receiverName: string | null;
  feedbackDueOn: string | null;
  disposal: ClueDisposal | null;
  disposalOn: string | null;
  reviewDueOn: string | null;
  outcome: ClueOutcome | null;
  outcomeOn: string | null;
  falseAccusation: boolean;
  version: number;
}

export type AccountCounts = Record<ClueAccount, number>;

export interface StallCounts {
  pendingAccount: number;
  deadAccount: number;
  reviewDue: number;
}

export interface ClueList {
  items: ClueSummary[];
  total: number;
  page: number;
  pageSize: number;
  /** Per account and stall over the whole visible ledger (not just the filter). */
  accounts: AccountCounts;
  stalls: StallCounts;
}

export interface ClueReceiver {
  departmentId: string;
  name: string;
  kind: DepartmentKind;
  jurisdictionId: string;
  jurisdictionName: string;
  /** No accounts in the system: served on paper, the office records the replies. */
  onPaper: boolean;
}

export interface ClueTransfer {
  id: string;
  receiverDepartmentId: string;
  receiverName: string;
  proposedDepartmentId: string | null;
  changeReason: string | null;
  letterNumber: string;
  transferredOn: string;
  transferredBy: string;
  transferredByName: string;
  feedbackDueOn: string;
  onPaper: boolean;
  acknowledgedAt: string | null;
  acknowledgedByName: string | null;
}

export interface ClueReviewEntry {
  reviewId: string;
  heldOn: string;
  chair: string;
  decision: ClueReviewDecision;
  receiverDepartmentId: string | null;
  receiverName: string | null;
  note: string | null;
}

export interface ClueNotice {
  id: string;
  kind: ClueNoticeKind;
  dueOn: string;
  message: string;
  issuedAt: string;
}

export interface ClueTimelineStep {
  action: string;
  fromState: string;
  toState: string;
  actorName: string | null;
  opinion: string | null;
  at: string;
}

export interface ClueDetail extends ClueSummary {
  sourcePetitionId: string | null;
  sourcePetitionCode: string | null;
  sourceActivityId: string | null;
  accusedCadreId: string | null;
  outcomeNote: string | null;
  dualInquiryResult: DualInquiryResult | null;
  dualInquiryNote: string | null;
  dualInquiryOn: string | null;
  evidence: {
    petitions: { id: string; code: string }[];
    activities: { id: string; roundId: string; method: string; summary: string }[];
    files: { id: string; name: string }[];
  };
  members: { userId: string; displayName: string }[];
  transfers: ClueTransfer[];
  reviews: ClueReviewEntry[];
  notices: ClueNotice[];
  timeline: ClueTimelineStep[];
  /** Transitions the caller may fire now (`transfer` goes through /transfers). */
  actions: string[];
  /** When the caller may transfer: the proposal by cadre-management authority. */
  proposedReceiver: (ClueReceiver & { reasons: string[] }) | null;
  receiverOptions: ClueReceiver[];
  /** Collective review is required before transfer and has not decided `transfer` yet. */
  reviewMissing: boolean;
  canEdit: boolean;
  /** The office records the paper receiver's replies (scans required). */
  actsOnBehalf: boolean;
}

export interface ClueFilters {
  page: number;
  pageSize: number;
  q?: string;
  account?: ClueAccount;
  stall?: StallFilter;
  source?: ClueSource;
  roundId?: string;
  receiverDepartmentId?: string;
  prioritized?: boolean;
  /** Clues transferred to the caller's department (the receiving body's inbox). */
  inbox?: boolean;
  /** 暂存待查 clues whose review date has come. */
  reviewDue?: boolean;
}

/** What a clue says: registration and the office's edits. */
export interface ClueFieldsInput {
  accusedName?: string | null;
  accusedPosition?: string | null;
  accusedUnitId?: string | null;
  accusedUnitName?: string | null;
  accusedCadreId?: string | null;
  accusedCadreLevel?: CadreLevel | null;
  focus?: ProblemFocus | null;
  disciplines?: Discipline[];
  description: string;
  confidential?: boolean;
  memberIds?: string[];
  evidencePetitionIds?: string[];
  evidenceActivityIds?: string[];
  fileIds?: string[];
}

export interface ClueInput extends ClueFieldsInput {
  jurisdictionId?: string;
  source: ClueSource;
  roundId?: string | null;
}

export type CluePatch = Partial<ClueFieldsInput> & { version: number };

export interface ClueTransitionInput {
  action: ClueTransitionAction;
  version: number;
  opinion?: string | null;
  disposal?: ClueDisposal | null;
  disposalOn?: string | null;
  outcome?: ClueOutcome | null;
  outcomeOn?: string | null;
  outcomeNote?: string | null;
  falseAccusation?: boolean | null;
  dualInquiryResult?: DualInquiryResult | null;
  dualInquiryNote?: string | null;
  dualInquiryOn?: string | null;
  /** Scans of a paper receiver's replies (required when the office acts on its behalf). */
  fileIds?: string[] | null;
}

export interface TransferInput {
  version: number;
  receiverDepartmentId: string;
  /** Required when the receiver differs from the proposal. */
  changeReason?: string | null;
  feedbackDueOn?: string | null;
  opinion?: string | null;
}

export interface ReviewDecisionInput {
  clueId: string;
  decision: ClueReviewDecision;
  receiverDepartmentId?: string | null;
  note?: string | null;
}

export interface ReviewInput {
  jurisdictionId?: string;
  heldOn: string;
  chair: string;
  participants: string[];
  note?: string | null;
  decisions: ReviewDecisionInput[];
}

export interface ReviewView {
  id: string;
  jurisdictionId: string;
  heldOn: string;
  chair: string;
  participants: string[];
  note: string | null;
  decisions: {
    clueId: string;
    clueCode: string;
    decision: ClueReviewDecision;
    receiverDepartmentId: string | null;
    note: string | null;
  }[];
  createdAt: string;
}

export interface ScanResult {
  pendingAccount: number;
  deadAccount: number;
  supervision: number;
  shelvedReview: number;
}
