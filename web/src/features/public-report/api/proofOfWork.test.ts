import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leadingZeroBits, powProgress, solveChallenge } from './proofOfWork';

const zeroBitsOf = (text: string) => leadingZeroBits(createHash('sha256').update(text).digest());

describe('proof of work (browser solver)', () => {
  it('counts leading zero bits like the server', () => {
    expect(leadingZeroBits(Uint8Array.from([0, 0, 0x80]))).toBe(16);
    expect(leadingZeroBits(Uint8Array.from([0, 0x0f]))).toBe(12);
    expect(leadingZeroBits(Uint8Array.from([0xff]))).toBe(0);
    expect(leadingZeroBits(Uint8Array.from([0, 0]))).toBe(16);
  });

  it('finds a base36 nonce whose SHA-256 has the asked zero bits', async () => {
    const challenge = 'p1.1767225600000.10.abcdef.signature';
    const solution = await solveChallenge(challenge, 10);
    expect(solution.challenge).toBe(challenge);
    expect(solution.nonce).toMatch(/^[0-9a-z]{1,64}$/);
    expect(zeroBitsOf(`${challenge}:${solution.nonce}`)).toBeGreaterThanOrEqual(10);
  });

  it('returns the first nonce that works, as the server solver would', async () => {
    const challenge = 'p1.1.4.x.y';
    let n = 0;
    while (zeroBitsOf(`${challenge}:${n.toString(36)}`) < 4) n++;
    expect((await solveChallenge(challenge, 4, { batchSize: 7 })).nonce).toBe(n.toString(36));
  });

  it('reports progress and stops when aborted', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const solving = solveChallenge('never', 200, {
      signal: controller.signal,
      batchSize: 16,
      onProgress: (tried) => {
        seen.push(tried);
        if (tried >= 64) controller.abort();
      },
    });
    await expect(solving).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.slice(0, 4)).toEqual([16, 32, 48, 64]);
    expect(powProgress(1 << 17, 18)).toBe(0.5);
    expect(powProgress(1 << 30, 18)).toBe(0.95);
  });
});
