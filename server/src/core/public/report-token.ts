import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The short-lived token the receipt code is exchanged for (`POST /api/public/reports/access`):
 * `r1.<reportId>.<expiry ms>.<HMAC>`, sent back in the `X-Report-Token` header. Stateless, so
 * nothing links the reporter's visits in the database; it expires on its own.
 */
const VERSION = 'r1';
export const REPORT_TOKEN_HEADER = 'x-report-token';

const mac = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest('hex');

export function issueReportToken(key: Buffer, reportId: string, expires: Date): string {
  const body = `${VERSION}.${reportId}.${expires.getTime()}`;
  return `${body}.${mac(key, body)}`;
}

/** The report id of a valid, unexpired token, or null. */
export function readReportToken(key: Buffer, token: string, now: Date): string | null {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) return null;
  const [, reportId, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(key, parts.slice(0, 3).join('.')), 'hex');
  if (!/^[0-9a-f]{64}$/.test(signature)) return null;
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!(Number(expires) > now.getTime())) return null;
  return reportId;
}
