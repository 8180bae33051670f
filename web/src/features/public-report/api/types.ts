// What the public report API (`server/src/routes/public-reports/schemas.ts`) sends and takes.
import type { PowSolution } from './proofOfWork';

export const REPORT_FOCUSES = ['corruption', 'conduct', 'discipline', 'personnel'] as const;
export type ReportFocus = (typeof REPORT_FOCUSES)[number];

export const REPORT_STATUSES = [
  'received',
  'accepted',
  'notAccepted',
  'handling',
  'answered',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const SATISFACTION_RATINGS = ['satisfied', 'basically', 'unsatisfied'] as const;
export type SatisfactionRating = (typeof SATISFACTION_RATINGS)[number];

export type MessageAuthor = 'reporter' | 'staff';

export interface PowChallenge {
  challenge: string;
  bits: number;
  expiresAt: string;
}

export interface AccusedInput {
  name?: string | null;
  unitName?: string | null;
  position?: string | null;
}

export interface ReportInput {
  roundId?: string | null;
  pow: PowSolution;
  accused: AccusedInput[];
  focus?: ReportFocus | null;
  facts: string;
  anonymous: boolean;
  identity?: { name: string; phone: string; idNumber?: string | null } | null;
  locale?: 'zh-CN' | 'en-US';
  /** Handles from `POST /api/public/files`, sent only when there are some. */
  files?: string[];
}

/** One evidence file stored by `POST /api/public/files`; the handle names it in the report. */
export interface PublicFile {
  handle: string;
  name: string;
  size: number;
  mimeType: string;
}

export interface ReporterMessageInput {
  body: string;
  files?: string[];
}

export interface Receipt {
  receiptCode: string;
  receivedOn: string;
}

export interface ReportAccess {
  token: string;
  expiresAt: string;
}

export interface ReporterMessage {
  author: MessageAuthor;
  body: string;
  createdAt: string;
}

export interface MyReport {
  receivedOn: string;
  status: ReportStatus;
  notAcceptedReason: string | null;
  answer: { content: string; answeredOn: string | null } | null;
  facts: string;
  messages: ReporterMessage[];
  canSurvey: boolean;
  surveyed: boolean;
  canWrite: boolean;
}

export interface SurveyInput {
  rating: SatisfactionRating;
  comment?: string | null;
}

/** The staff side of the thread (`GET/POST /api/petitions/:id/messages`). */
export interface ThreadMessage {
  id: string;
  author: MessageAuthor;
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface PetitionThread {
  online: boolean;
  /** The caller may write (handler, registrar or leader; not once archived). */
  canWrite: boolean;
  items: ThreadMessage[];
}
