/** Field names whose values never reach the audit log, at any depth. */
const sensitive = new Set([
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'totpSecret',
  'pendingTotpSecret',
  'secret',
  'token',
  'csrfToken',
  'ticket',
  'code',
  'idNumber',
  'phone',
  'address',
  'identity',
  'wrappedKey',
]);

/** Derived or bulky fields that add nothing to an audit entry. */
const omitted = new Set(['searchVector']);

export const REDACTED = '[已脱敏]';

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !omitted.has(k))
        .map(([k, v]) => [k, sensitive.has(k) ? REDACTED : redact(v)]),
    );
  }
  return value;
}

/** The fields that changed between two versions of a record, as `{field: [before, after]}`. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'updatedAt' || key === 'version' || omitted.has(key)) continue;
    const a = JSON.stringify(redact(before[key]) ?? null);
    const b = JSON.stringify(redact(after[key]) ?? null);
    if (a !== b) changes[key] = [redact(before[key]) ?? null, redact(after[key]) ?? null];
  }
  return changes;
}
