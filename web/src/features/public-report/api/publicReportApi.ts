import { api } from '../../../lib/api';
import type {
  MyReport,
  PetitionThread,
  PowChallenge,
  PublicFile,
  Receipt,
  ReportAccess,
  ReportInput,
  ReporterMessageInput,
  SurveyInput,
} from './types';

/** Header carrying the reporter's short-lived token (never stored: React state only). */
export const REPORT_TOKEN_HEADER = 'X-Report-Token';

// The visitor has no session: a 401 here (token expired) must never send them to the staff
// login page; the status page asks for the receipt code again instead.
const PUBLIC = { skipAuthRedirect: true } as const;

const withToken = (token: string, signal?: AbortSignal) => ({
  ...PUBLIC,
  headers: { [REPORT_TOKEN_HEADER]: token },
  signal,
});

export const publicReportApi = {
  powChallenge: (signal?: AbortSignal) =>
    api.get<PowChallenge>('/api/public/pow-challenge', { ...PUBLIC, signal }),
  submit: (input: ReportInput) => api.post<Receipt>('/api/public/reports', input, PUBLIC),
  /** One evidence file (multipart field `file`); the handle goes with the report or message. */
  uploadFile: (file: File, signal?: AbortSignal) => {
    const body = new FormData();
    body.append('file', file, file.name);
    return api.post<PublicFile>('/api/public/files', body, { ...PUBLIC, signal });
  },
  access: (code: string) => api.post<ReportAccess>('/api/public/reports/access', { code }, PUBLIC),
  me: (token: string, signal?: AbortSignal) =>
    api.get<MyReport>('/api/public/reports/me', withToken(token, signal)),
  addMessage: (token: string, input: ReporterMessageInput) =>
    api.post<{ ok: true }>('/api/public/reports/me/messages', input, withToken(token)),
  survey: (token: string, input: SurveyInput) =>
    api.post<{ ok: true }>('/api/public/reports/me/survey', input, withToken(token)),
};

const petitionPath = (petitionId: string) =>
  `/api/petitions/${encodeURIComponent(petitionId)}/messages`;

/** Staff side: the thread with an online reporter on the petition detail page. */
export const petitionThreadApi = {
  list: (petitionId: string) => api.get<PetitionThread>(petitionPath(petitionId)),
  send: (petitionId: string, body: string) =>
    api.post<PetitionThread>(petitionPath(petitionId), { body }),
};

/**
 * The 25 digits of a receipt code typed any way (spaces, dashes, full-width digits), or null —
 * as the server normalizes it.
 */
export function normalizeReceiptCode(input: string): string | null {
  const digits = input.normalize('NFKC').replace(/[\s\-–—_.]/g, '');
  return /^\d{25}$/.test(digits) ? digits : null;
}
