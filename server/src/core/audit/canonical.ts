import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  jurisdictionId: string | null;
  requestId: string | null;
  detail: unknown;
}

export function chainHash(content: ChainedContent, prevHash: string): string {
  return createHash('sha256')
    .update(canonicalJson(content))
    .update('\n')
    .update(prevHash)
    .digest('hex');
}
