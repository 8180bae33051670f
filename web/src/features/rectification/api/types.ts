// Hand-written mirror of the rectification API contract (server/src/routes/rectification/
// schemas.ts) and its vocabularies (server/src/core/rectification-vocabulary.ts). The UI labels
// are i18n keys built from these codes (`rectification.planState.<code>`…), see ../labels.ts.
import type { Page } from '../../../lib/api';
import type { WorkflowStep } from '../../../components/WorkflowTimeline';

/** 整改方案: 起草 → 报审 → 批准 (整改中) → 报送整改报告 → 验收. */
export const PLAN_STATES = ['drafting', 'submitted', 'approved', 'reported', 'closed'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

/** 整改事项: 整改中 → 待销号 → 已销号. */
export const ITEM_STATES = ['open', 'closureRequested', 'closed'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

export const PLAN_ACTIONS = [
  'submit',
  'approve',
  'return',
  'submit_report',
  'accept',
  'return_report',
] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];
/** The plan steps that need an opinion (the machine's `requires: ['opinion']`). */
export const PLAN_OPINION_ACTIONS: readonly PlanAction[] = [
  'approve',
  'return',
  'accept',
  'return_report',
];

/** Every item step needs an opinion; the unit's two may carry evidence. */
export const ITEM_ACTIONS = ['report_progress', 'request_closure', 'close', 'reject'] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];
export const ITEM_EVIDENCE_ACTIONS: readonly ItemAction[] = ['report_progress', 'request_closure'];

export const ESCALATION_KINDS = [
  'dueSoon',
  'overdue',
  'supervisionLetter',
  'admonitionTalk',
  'accountability',
] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

export const FLAG_CODES = [
  'noEvidence',
  'sharedEvidence',
  'quickClosure',
  'pastedWording',
  'unverifiable',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/** 督查方式: 实地查看, 查阅资料, 个别谈话, 走访调查, 其他. */
export const CHECK_KINDS = ['onSite', 'documents', 'interview', 'survey', 'other'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const CHECK_RESULTS = ['passed', 'failed'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const DISCLOSURE_SCOPES = ['internal', 'public'] as const;
export type DisclosureScope = (typeof DISCLOSURE_SCOPES)[number];

export interface ItemCounts {
  open: number;
  closureRequested: number;
  closed: number;
  overdue: number;
}

export interface PlanSummary {
  id: string;
  jurisdictionId: string;
  roundId: string;
  roundName: string;
  unitId: string;
  unitName: string;
  state: PlanState;
  feedbackOn: string;
  dueOn: string;
  counts: ItemCounts;
  version: number;
}

export type PlanStep = WorkflowStep;

export interface ItemFlag {
  code: FlagCode;
  message: string;
}

export interface Escalation {
  kind: EscalationKind;
  dueOn: string;
  message: string;
  clueId: string | null;
  issuedAt: string;
}

export interface ItemView {
  id: string;
  planId: string;
  findingId: string | null;
  problem: string;
  responsibleLeader: string;
  responsiblePersons: string | null;
  measures: string;
  dueOn: string;
  immediateFix: boolean;
  state: ItemState;
  overdue: boolean;
  daysLeft: number;
  files: { id: string; name: string }[];
  /** 文字整改 signs for the reviewer, each explained. */
  flags: ItemFlag[];
  closureRequestedAt: string | null;
  closedAt: string | null;
  history: PlanStep[];
  escalations: Escalation[];
  actions: string[];
  version: number;
}

export interface ItemDetail extends ItemView {
  unitId: string;
  planState: PlanState;
}

export interface PlanReport {
  content: string;
  contentHash: string;
  signedAt: string | null;
  signedByName: string | null;
  /** The 承诺书 covers the current content (false once the content changes). */
  valid: boolean;
  version: number;
}

export interface PlanDetail extends Omit<PlanSummary, 'counts'> {
  summary: string | null;
  approvedAt: string | null;
  findings: { id: string; problem: string; itemCount: number }[];
  items: ItemView[];
  counts: ItemCounts;
  actions: string[];
  canEditItems: boolean;
  secretaryUserId: string | null;
  secretaryName: string | null;
  report: PlanReport | null;
  canWriteReport: boolean;
  /** 安排督查 / 记录回头看结果: the office or the unit's inspection team, once approved. */
  canSupervise: boolean;
  canSign: boolean;
  timeline: PlanStep[];
}

export interface PlanFilters {
  page: number;
  pageSize: number;
  roundId?: string;
  unitId?: string;
  state?: PlanState;
}

export interface ItemFilters {
  page: number;
  pageSize: number;
  planId?: string;
  state?: ItemState;
  overdue?: boolean;
}

export interface PlanPatch {
  version: number;
  summary?: string | null;
  secretaryUserId?: string | null;
}

export interface PlanTransitionInput {
  action: PlanAction;
  version: number;
  opinion?: string | null;
}

export interface ItemInput {
  planId: string;
  findingId?: string | null;
  problem?: string | null;
  responsibleLeader: string;
  responsiblePersons?: string | null;
  measures: string;
  dueOn?: string | null;
  immediateFix?: boolean;
}

/** PATCH /api/rectification-items/:id (while drafting): the fields sent replace the item's. */
export type ItemPatch = Omit<ItemInput, 'planId'> & { version: number };

export interface ItemTransitionInput {
  action: ItemAction;
  version: number;
  opinion: string;
  fileIds?: string[] | null;
}

export type EscalationResult = Record<EscalationKind, number>;

export interface DisclosureView {
  id: string;
  planId: string;
  scope: DisclosureScope;
  title: string;
  summary: string;
  publishedOn: string;
  unitName: string;
  roundName: string;
}

export interface DisclosureInput {
  planId: string;
  scope: DisclosureScope;
  title: string;
  summary: string;
  publishedOn?: string | null;
}

/** 督查清单: one check of the plan (or of one item), planned and later done with a result. */
export interface SupervisionCheck {
  id: string;
  planId: string;
  itemId: string | null;
  kind: CheckKind;
  plannedOn: string;
  doneOn: string | null;
  result: CheckResult | null;
  note: string | null;
  version: number;
}

export interface CheckInput {
  planId: string;
  itemId?: string | null;
  kind: CheckKind;
  plannedOn: string;
  doneOn?: string | null;
  result?: CheckResult | null;
  note?: string | null;
}

export interface CheckPatch {
  version: number;
  doneOn?: string | null;
  result?: CheckResult | null;
  note?: string | null;
}

export interface FollowUpResult {
  itemId: string;
  passed: boolean;
  note: string | null;
}

/** 回头看: scheduled on acceptance over a sample of the closed items. */
export interface FollowUpVisit {
  id: string;
  planId: string;
  dueOn: string;
  sampleItemIds: string[];
  visitedOn: string | null;
  results: FollowUpResult[];
  version: number;
}

export interface FollowUpInput {
  version: number;
  visitedOn: string;
  results: FollowUpResult[];
}

export type PublicDisclosure = Omit<DisclosureView, 'planId' | 'scope'>;

export type PlanList = Page<PlanSummary>;
export type ItemList = Page<ItemDetail>;
