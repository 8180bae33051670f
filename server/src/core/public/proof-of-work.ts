import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Proof of work for the public report form (no third-party captcha): the server hands out a
 * signed challenge; the browser finds a nonce such that SHA-256(`challenge:nonce`) starts with
 * `bits` zero bits. The challenge carries its expiry and difficulty under an HMAC, so the server
 * keeps nothing until it is spent (then its id is remembered until it expires, against replay).
 */
export interface Challenge {
  challenge: string;
  bits: number;
  expiresAt: string;
}

const VERSION = 'p1';

const mac = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest('hex');

export function issueChallenge(key: Buffer, bits: number, now: Date, ttlMs: number): Challenge {
  const expires = now.getTime() + ttlMs;
  const body = `${VERSION}.${expires}.${bits}.${randomBytes(16).toString('hex')}`;
  return {
    challenge: `${body}.${mac(key, body)}`,
    bits,
    expiresAt: new Date(expires).toISOString(),
  };
}

/** How many leading zero bits a digest has. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export type PowProblem = 'malformed' | 'forged' | 'expired' | 'insufficient';

/** The challenge's id (for the spent list) and expiry, or why the solution is refused. */
export function checkSolution(
  key: Buffer,
  challenge: string,
  nonce: string,
  now: Date,
): { ok: true; id: string; expiresAt: Date } | { ok: false; problem: PowProblem } {
  const parts = challenge.split('.');
  if (parts.length !== 5 || parts[0] !== VERSION || !/^[0-9a-z]{1,64}$/i.test(nonce))
    return { ok: false, problem: 'malformed' };
  const [, expires, bits, id, signature] = parts as [string, string, string, string, string];
  const expected = Buffer.from(mac(key, parts.slice(0, 4).join('.')), 'hex');
  if (!/^[0-9a-f]{64}$/.test(signature)) return { ok: false, problem: 'forged' };
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, problem: 'forged' };
  if (Number(expires) < now.getTime()) return { ok: false, problem: 'expired' };
  const digest = createHash('sha256').update(`${challenge}:${nonce}`).digest();
  if (leadingZeroBits(digest) < Number(bits)) return { ok: false, problem: 'insufficient' };
  return { ok: true, id, expiresAt: new Date(Number(expires)) };
}

/** Finds a nonce (for tests and tools; the browser has its own solver). */
export function solveChallenge(challenge: string, bits: number): string {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    const digest = createHash('sha256').update(`${challenge}:${nonce}`).digest();
    if (leadingZeroBits(digest) >= bits) return nonce;
  }
}
