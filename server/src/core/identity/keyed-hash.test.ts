import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyedHash, normalizeIdentity } from './keyed-hash.js';

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);

describe('keyedHash', () => {
  it('is HMAC-SHA-256 of kind:normalized value, in hex', () => {
    const expected = createHmac('sha256', key).update('phone:13812341234').digest('hex');
    expect(keyedHash('phone', '13812341234', key)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['idNumber', ['11010519491231002X', '11010519491231002x', ' 110105 19491231 002X ']],
    ['idNumber', ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X']],
    ['phone', ['13812341234', '+86 138-1234-1234', '008613812341234', '１３８ １２３４ １２３４']],
    ['phone', ['010-62345678', '(010)6234 5678', '01062345678']],
    ['name', ['张三', ' 张三 ', '张三\n', '张　三', '张 三']],
    ['name', ['John Smith', ' John  Smith ']],
    ['name', ['阿依古丽·买买提', '阿依古丽•买买提', '阿依古丽・买买提']],
  ] as const)('gives one hash for the ways a %s is written', (kind, values) => {
    const hashes = new Set(values.map((value) => keyedHash(kind, value, key)));
    expect(hashes.size).toBe(1);
  });

  it('tells different people apart', () => {
    expect(keyedHash('name', '张三', key)).not.toBe(keyedHash('name', '张山', key));
    expect(keyedHash('phone', '13812341234', key)).not.toBe(keyedHash('phone', '13812341235', key));
  });

  it('separates kinds: the same text as a name and as a phone hashes differently', () => {
    expect(keyedHash('name', '13812341234', key)).not.toBe(keyedHash('phone', '13812341234', key));
    expect(keyedHash('idNumber', '13812341234', key)).not.toBe(
      keyedHash('phone', '13812341234', key),
    );
  });

  it('depends on the key', () => {
    expect(keyedHash('idNumber', '11010519491231002X', key)).not.toBe(
      keyedHash('idNumber', '11010519491231002X', otherKey),
    );
  });

  it('still hashes a value that fails validation, so a repeated typo still links records', () => {
    expect(keyedHash('phone', '138-1234-123', key)).toBe(keyedHash('phone', '1381234123', key));
    expect(keyedHash('idNumber', '123', key)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives null for blank input instead of a hash every blank would share', () => {
    for (const value of [null, undefined, '', '  ']) {
      expect(keyedHash('name', value, key)).toBeNull();
      expect(keyedHash('phone', value, key)).toBeNull();
      expect(keyedHash('idNumber', value, key)).toBeNull();
    }
  });

  it('refuses a short key', () => {
    expect(() => keyedHash('name', '张三', Buffer.alloc(16))).toThrow(RangeError);
  });
});

describe('normalizeIdentity', () => {
  it.each([
    ['idNumber', ' 11010519491231002x', '11010519491231002X'],
    ['phone', '+86 138 1234 1234', '13812341234'],
    ['phone', '0571 8888 8888 转 12', '0571-88888888-12'],
    ['name', ' 欧阳　娜娜 ', '欧阳娜娜'],
    ['name', ' Mary  Ann ', 'Mary Ann'],
  ] as const)('%s %j → %s', (kind, value, normalized) => {
    expect(normalizeIdentity(kind, value)).toBe(normalized);
  });
});
