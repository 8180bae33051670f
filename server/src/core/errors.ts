/** Typed domain errors; the HTTP layer maps `code` to a status, never the message text. */
export type ErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'stale_version'
  | 'invalid_transition'
  | 'validation'
  | 'unprocessable'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type';

export interface FieldError {
  path: string;
  message: string;
}

export const statusOfCode: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  invalid_transition: 409,
  validation: 400,
  unprocessable: 422,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
};

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = '记录') => new DomainError('not_found', `${what}不存在`);
export const forbidden = (message = '无权执行此操作') => new DomainError('forbidden', message);
export const unauthenticated = (message = '请先登录') =>
  new DomainError('unauthenticated', message);
export const conflict = (message: string) => new DomainError('conflict', message);
export const staleVersion = () =>
  new DomainError('stale_version', '数据已被他人修改，请刷新后重试');
export const invalidInput = (path: string, message: string) =>
  new DomainError('validation', message, { errors: [{ path, message }] });
export const unprocessable = (message: string, errors?: FieldError[]) =>
  new DomainError('unprocessable', message, errors ? { errors } : {});
