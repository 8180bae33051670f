import type { WorkflowStep } from '../../../components/WorkflowTimeline';
import type { Page } from '../../../lib/api';

export type CommonProblemState = 'open' | 'closureRequested' | 'closed';
export type CommonProblemAction =
  'report_progress' | 'request_closure' | 'supervise' | 'close' | 'reject';
/** Steps that may carry evidence files. */
export const EVIDENCE_ACTIONS: readonly CommonProblemAction[] = [
  'report_progress',
  'request_closure',
];

export interface UnitRef {
  id: string;
  name: string;
}

export interface CommonProblemSummary {
  id: string;
  title: string;
  leadUnit: UnitRef;
  cooperatingUnits: UnitRef[];
  findingCount: number;
  responsibleLeader: string;
  dueOn: string;
  state: CommonProblemState;
  overdue: boolean;
  daysLeft: number;
  version: number;
}

export interface FindingRef {
  id: string;
  problem: string;
  unitId: string;
  unitName: string;
  roundId: string;
  roundName: string;
}

export interface CandidateFinding extends FindingRef {
  focus: string | null;
}

export interface CommonProblemDetail extends CommonProblemSummary {
  problem: string;
  measures: string;
  findings: FindingRef[];
  files: UnitRef[];
  closureRequestedAt: string | null;
  closedAt: string | null;
  escalations: { kind: string; dueOn: string; message: string; issuedAt: string }[];
  history: WorkflowStep[];
  actions: CommonProblemAction[];
  canEdit: boolean;
  /** The caller's part in 三位一体. */
  role: 'office' | 'lead' | 'cooperating' | 'reader';
}

export type CommonProblemList = Page<CommonProblemSummary>;

export interface CommonProblemFilters {
  page: number;
  pageSize: number;
  state?: CommonProblemState;
  overdue?: boolean;
}

export interface CommonProblemInput {
  title: string;
  problem: string;
  findingIds: string[];
  leadUnitId: string;
  cooperatingUnitIds?: string[];
  responsibleLeader: string;
  measures: string;
  dueOn: string;
}

export interface CommonProblemTransitionInput {
  action: CommonProblemAction;
  version: number;
  opinion: string;
  fileIds?: string[];
}
