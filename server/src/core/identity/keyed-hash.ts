/**
 * Keyed hashes of identity fields, stored beside the encrypted values so that "has this person
 * petitioned before?" is an equality lookup without decrypting anything. A plain SHA-256 would
 * not do: ID numbers and phones are so structured that every value can be enumerated and hashed
 * offline, so the hash is an HMAC under a server-side key.
 */
import { createHmac } from 'node:crypto';
import { normalizeIdNumber } from './id-number.js';
import { checkPhone } from './phone.js';

export type IdentityKind = 'idNumber' | 'phone' | 'name';

const MIN_KEY_BYTES = 32;

/** The interpunct in ethnic-minority names is typed with several look-alike characters. */
const NAME_DOTS = /[\u00b7\u2022\u2027\u2219\u30fb\uff65]/gu;
/** Spacing inside a Chinese name is layout (forms pad 张三 with U+3000), never part of the name. */
const SPACE_BY_CJK = /(?<=[\u3400-\u9fff\uf900-\ufaff])\s+|\s+(?=[\u3400-\u9fff\uf900-\ufaff])/gu;

/**
 * The one form a value is hashed in, or null when nothing is left. Values that fail validation
 * are still hashed (in a looser normal form): a wrong number given twice still links two
 * petitions, and intake must not fail because of a typo.
 */
export function normalizeIdentity(kind: IdentityKind, value: string): string | null {
  let normalized: string;
  switch (kind) {
    case 'idNumber':
      normalized = normalizeIdNumber(value);
      break;
    case 'phone': {
      const check = checkPhone(value);
      normalized = check.valid ? check.normalized : value.normalize('NFKC').replace(/[\s-]+/g, '');
      break;
    }
    case 'name':
      normalized = value
        .normalize('NFKC')
        .trim()
        .replace(SPACE_BY_CJK, '')
        .replace(/\s+/g, ' ')
        .replace(NAME_DOTS, '·');
      break;
  }
  return normalized === '' ? null : normalized;
}

/**
 * HMAC-SHA-256 over `kind:normalized`, hex. The kind is inside the MAC so an ID number can never
 * match a phone or a name with the same text. Blank input gives null rather than the hash of an
 * empty string, which would make every petitioner without a phone "the same person".
 */
export function keyedHash(
  kind: IdentityKind,
  value: string | null | undefined,
  key: Buffer,
): string | null {
  if (key.length < MIN_KEY_BYTES) {
    throw new RangeError(`identity hash key must be at least ${MIN_KEY_BYTES} bytes`);
  }
  const normalized = value == null ? null : normalizeIdentity(kind, value);
  if (normalized === null) return null;
  return createHmac('sha256', key).update(`${kind}:${normalized}`, 'utf8').digest('hex');
}
