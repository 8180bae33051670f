import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived signed handles for the public pages, `<kind>.<id>.<expiry ms>.<HMAC>`: the
 * reporter's token (kind `r1`, in the `X-Report-Token` header, bought with the receipt code) and
 * an uploaded file's handle (kind `f1`, named in the report that attaches it). Stateless, so
 * nothing links a reporter's visits in the database; each expires on its own.
 */
export const REPORT_TOKEN_HEADER = 'x-report-token';
export type TokenKind = 'r1' | 'f1';

const mac = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest('hex');

export function issueSignedToken(key: Buffer, kind: TokenKind, id: string, expires: Date): string {
  const body = `${kind}.${id}.${expires.getTime()}`;
  return `${body}.${mac(key, body)}`;
}

/** The id of a valid, unexpired token of that kind, or null. */
export function readSignedToken(
  key: Buffer,
  kind: TokenKind,
  token: string,
  now: Date,
): string | null {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== kind) return null;
  const [, id, expires, signature] = parts as [string, string, string, string];
  if (!/^[0-9a-f]{64}$/.test(signature)) return null;
  const expected = Buffer.from(mac(key, parts.slice(0, 3).join('.')), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!(Number(expires) > now.getTime())) return null;
  return id;
}
