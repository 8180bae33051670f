import { ApiError, getCsrfToken } from '../../../lib/api';
import type { ProblemDetails } from '../../../lib/api';

/** Scanned letters and evidence: images and PDF, at most 20 MB (the server checks again). */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
export const UPLOAD_ACCEPT = 'image/*,application/pdf,.pdf';

/**
 * One multipart upload (field `file`) with the session's CSRF token. The JSON wrapper in
 * lib/api cannot send FormData, so this is its multipart twin; errors are the same ApiError.
 */
export async function uploadMultipart<T>(path: string, file: File): Promise<T> {
  const body = new FormData();
  body.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = getCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', body, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ status: 0, title: 'network' });
  }
  if (!response.ok) {
    let problem: ProblemDetails = { status: response.status, title: response.statusText };
    try {
      problem = { ...problem, ...((await response.json()) as Partial<ProblemDetails>) };
    } catch {
      // Not JSON: keep the status line.
    }
    throw new ApiError({ ...problem, status: response.status });
  }
  return (await response.json()) as T;
}
