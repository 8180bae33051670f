import type { TFunction } from 'i18next';
import { isApiError } from './api';

export interface ErrorDescription {
  title: string;
  description?: string;
}

/** Turn any thrown value into the text a user should read. */
export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (!isApiError(error)) {
    return { title: t('errors.unknown') };
  }
  const { status, problem } = error;
  const serverText = problem.detail ?? problem.title;
  const fieldLines = (problem.errors ?? []).map((e) => e.message).join('；');
  const withRequestId = (text: string | undefined) =>
    problem.requestId
      ? [text, t('errors.requestId', { id: problem.requestId })].filter(Boolean).join(' · ')
      : text;

  if (status === 0) return { title: t('errors.network') };
  if (status === 403)
    return { title: t('errors.forbidden'), description: withRequestId(problem.detail) };
  if (status === 409)
    return { title: t('errors.conflict'), description: withRequestId(problem.detail) };
  if (status === 429) return { title: serverText ?? t('errors.tooManyRequests') };
  if (status >= 500)
    return { title: t('errors.server'), description: withRequestId(problem.detail) };
  return {
    title: serverText ?? t('errors.unknown'),
    description: fieldLines && fieldLines !== serverText ? fieldLines : undefined,
  };
}

/**
 * Map a problem's field path to an antd form name path. Servers write paths as JSON pointers
 * ("/roles/0/teamId"), dotted ("roles.0.teamId") or prefixed ("body.displayName").
 */
export function toFieldName(path: string): (string | number)[] {
  const trimmed = path.replace(/^[#$]?\/?/, '').replace(/^\$\./, '');
  const parts = trimmed
    .split(/[./]/)
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return parts[0] === 'body' ? parts.slice(1) : parts;
}
