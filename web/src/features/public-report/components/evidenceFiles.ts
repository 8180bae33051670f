import type { FormInstance, UploadFile } from 'antd';
import { isApiError } from '../../../lib/api';
import { toFieldName } from '../../../lib/errors';
import type { PublicFile } from '../api/types';

/** A picked evidence file: uploading, done (with its handle in `response`) or failed. */
export type EvidenceFile = UploadFile<PublicFile>;

/** `error` of a file whose handle the server no longer accepts (422 on `files`). */
export const EXPIRED = 'expired';

/** The handles of the files that finished uploading: only these are sent. */
export const finishedHandles = (files: EvidenceFile[] | undefined): string[] =>
  (files ?? []).flatMap((f) => (f.status === 'done' && f.response ? [f.response.handle] : []));

export const isUploading = (files: EvidenceFile[] | undefined): boolean =>
  (files ?? []).some((f) => f.status === 'uploading');

/**
 * After a 422 on `files` (a handle expired or was refused; the server does not say which), every
 * finished file is marked for upload again; the names stay so the reporter knows what to pick.
 */
export const expireFiles = (files: EvidenceFile[] | undefined): EvidenceFile[] =>
  (files ?? []).map((f) =>
    f.status === 'done' ? { ...f, status: 'error', error: EXPIRED, response: undefined } : f,
  );

/**
 * For a form's `onValuesChange`: the server's error on `files` goes once the reporter changes the
 * list (the field has no rules of its own that would replace it).
 */
export const clearServerFilesError =
  (form: FormInstance) =>
  (changed: Record<string, unknown>): void => {
    if ('files' in changed) form.setFields([{ name: 'files', errors: [] }]);
  };

/** Whether the server refused the handles sent (422 naming `files`). */
export const refusesFiles = (error: unknown): boolean =>
  isApiError(error) &&
  error.status === 422 &&
  error.fieldErrors.some((e) => toFieldName(e.path)[0] === 'files');

export function formatSize(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * After a refused submission: when the server refused the handles (422 on `files`), the finished
 * files are marked for upload again; the server's message stays on the field.
 */
export function expireRefusedFiles(form: FormInstance, error: unknown): void {
  if (!refusesFiles(error)) return;
  form.setFields([
    {
      name: 'files',
      value: expireFiles(form.getFieldValue('files') as EvidenceFile[] | undefined),
      errors: form.getFieldError('files'),
    },
  ]);
}
