import { randomInt } from 'node:crypto';
import { hash } from '@node-rs/argon2';

/**
 * The reporter's receipt code (回执码): 25 random decimal digits (83 bits) in five groups of five,
 * easy to copy and read out. It is stored only as an argon2id hash; the salt is a server key
 * (not per record) so that the hash is also the lookup key — the code itself is the only secret.
 */
const GROUPS = 5;
const GROUP = 5;
const DIGITS = GROUPS * GROUP;

export function newReceiptCode(): string {
  const digits = Array.from({ length: DIGITS }, () => randomInt(10)).join('');
  return digits.match(new RegExp(`\\d{${GROUP}}`, 'g'))!.join('-');
}

/** The 25 digits typed in any layout (spaces, dashes, full-width digits), or null. */
export function normalizeReceiptCode(input: string): string | null {
  const digits = input.normalize('NFKC').replace(/[\s\-–—_.]/g, '');
  return new RegExp(`^\\d{${DIGITS}}$`).test(digits) ? digits : null;
}

// OWASP's argon2id baseline, as for passwords. algorithm 2 = Argon2id.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** The stored form: argon2id over the normalized digits, salted with the server's receipt key. */
export function hashReceiptCode(digits: string, key: Buffer): Promise<string> {
  return hash(digits, { ...options, salt: key.subarray(0, 16) });
}
