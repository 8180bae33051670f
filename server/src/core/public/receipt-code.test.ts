import { describe, expect, it } from 'vitest';
import { hashReceiptCode, newReceiptCode, normalizeReceiptCode } from './receipt-code.js';

const key = Buffer.alloc(32, 3);

describe('receipt code', () => {
  it('has 25 random digits (83 bits) in five groups', () => {
    const code = newReceiptCode();
    expect(code).toMatch(/^\d{5}(-\d{5}){4}$/);
    expect(Math.log2(10 ** 25)).toBeGreaterThan(80);
    expect(new Set(Array.from({ length: 50 }, newReceiptCode)).size).toBe(50);
  });

  it('reads the code however it is typed', () => {
    const code = '12345-67890-12345-67890-12345';
    expect(normalizeReceiptCode(code)).toBe('1234567890123456789012345');
    expect(normalizeReceiptCode('12345 67890 12345 67890 12345')).toBe('1234567890123456789012345');
    expect(normalizeReceiptCode('１２３４５６７８９０１２３４５６７８９０１２３４５')).toBe(
      '1234567890123456789012345',
    );
    expect(normalizeReceiptCode('1234')).toBeNull();
    expect(normalizeReceiptCode('abcde-67890-12345-67890-12345')).toBeNull();
  });

  it('hashes with argon2id, the same code always to the same hash', async () => {
    const a = await hashReceiptCode('1234567890123456789012345', key);
    expect(a).toMatch(/^\$argon2id\$/);
    expect(await hashReceiptCode('1234567890123456789012345', key)).toBe(a);
    expect(await hashReceiptCode('1234567890123456789012346', key)).not.toBe(a);
    expect(a).not.toContain('1234567890');
  });
});
