import { ApiError, api } from '../../../lib/api';
import type { ProblemDetails } from '../../../lib/api';
import type {
  MyReport,
  PetitionThread,
  PowChallenge,
  Receipt,
  ReportAccess,
  ReportInput,
  SurveyInput,
} from './types';

/** Header carrying the reporter's short-lived token (never stored: React state only). */
export const REPORT_TOKEN_HEADER = 'X-Report-Token';

// The visitor has no session: a 401 here must never send them to the staff login page.
const PUBLIC = { skipAuthRedirect: true } as const;

async function problemOf(response: Response): Promise<ProblemDetails> {
  const fallback: ProblemDetails = { status: response.status, title: response.statusText };
  if (!(response.headers.get('content-type') ?? '').includes('json')) return fallback;
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null
      ? { ...fallback, ...(body as Partial<ProblemDetails>), status: response.status }
      : fallback;
  } catch {
    return fallback;
  }
}

/**
 * A call with the report token. `lib/api` has no way to add a header, so this is the same
 * same-origin JSON call with problem+json turned into ApiError (401 = token expired).
 */
async function withToken<T>(
  token: string,
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    [REPORT_TOKEN_HEADER]: token,
  };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, title: 'network' });
  }
  if (!response.ok) throw new ApiError(await problemOf(response));
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const publicReportApi = {
  powChallenge: (signal?: AbortSignal) =>
    api.get<PowChallenge>('/api/public/pow-challenge', { ...PUBLIC, signal }),
  submit: (input: ReportInput) => api.post<Receipt>('/api/public/reports', input, PUBLIC),
  access: (code: string) => api.post<ReportAccess>('/api/public/reports/access', { code }, PUBLIC),
  me: (token: string, signal?: AbortSignal) =>
    withToken<MyReport>(token, '/api/public/reports/me', { signal }),
  addMessage: (token: string, body: string) =>
    withToken<{ ok: true }>(token, '/api/public/reports/me/messages', {
      method: 'POST',
      body: { body },
    }),
  survey: (token: string, input: SurveyInput) =>
    withToken<{ ok: true }>(token, '/api/public/reports/me/survey', {
      method: 'POST',
      body: input,
    }),
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
