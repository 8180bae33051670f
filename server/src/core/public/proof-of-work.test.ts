import { describe, expect, it } from 'vitest';
import { checkSolution, issueChallenge, leadingZeroBits, solveChallenge } from './proof-of-work.js';

const key = Buffer.alloc(32, 7);
const now = new Date('2026-11-25T08:00:00Z');

describe('proof of work', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Buffer.from([0, 0x0f, 0xff]))).toBe(12);
    expect(leadingZeroBits(Buffer.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Buffer.from([0, 0]))).toBe(16);
  });

  it('accepts a solved challenge and refuses forged, expired, unsolved and malformed ones', () => {
    const { challenge } = issueChallenge(key, 10, now, 60_000);
    const nonce = solveChallenge(challenge, 10);
    expect(checkSolution(key, challenge, nonce, now)).toMatchObject({ ok: true });
    const easier = challenge.replace('.10.', '.1.');
    expect(checkSolution(key, easier, nonce, now)).toEqual({ ok: false, problem: 'forged' });
    expect(checkSolution(Buffer.alloc(32, 8), challenge, nonce, now)).toEqual({
      ok: false,
      problem: 'forged',
    });
    const later = new Date(now.getTime() + 61_000);
    expect(checkSolution(key, challenge, nonce, later)).toEqual({ ok: false, problem: 'expired' });
    let wrong = 0;
    while (checkSolution(key, challenge, `x${wrong}`, now).ok) wrong++;
    expect(checkSolution(key, challenge, `x${wrong}`, now)).toEqual({
      ok: false,
      problem: 'insufficient',
    });
    expect(checkSolution(key, 'nonsense', nonce, now)).toEqual({ ok: false, problem: 'malformed' });
    expect(checkSolution(key, challenge, 'not a nonce!', now)).toEqual({
      ok: false,
      problem: 'malformed',
    });
  });
});
