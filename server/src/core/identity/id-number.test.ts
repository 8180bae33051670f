import { describe, expect, it } from 'vitest';
import { checkIdNumber, idNumberCheckChar, normalizeIdNumber } from './id-number.js';

// Every number here is synthetic: a body chosen by hand plus the check character computed with
// GB 11643's MOD 11-2 (the first is the standard's own worked example).
const now = new Date('2026-03-02T01:00:00.000Z'); // 09:00 on 2026-03-02 in Beijing

describe('checkIdNumber accepts valid numbers', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female'],
    ['440304200002291025', '2000-02-29', 'female'],
    ['310115199001010010', '1990-01-01', 'male'],
    ['650102202603010035', '2026-03-01', 'male'],
    ['32010219000101001X', '1900-01-01', 'male'],
    ['810000198005050021', '1980-05-05', 'female'],
    ['910000200001010018', '2000-01-01', 'male'],
  ])('%s (born %s, %s)', (value, birthDate, gender) => {
    expect(checkIdNumber(value, now)).toEqual({
      valid: true,
      problem: null,
      normalized: value,
      birthDate,
      gender,
    });
  });

  it('normalizes spaces, a lower-case x and full-width characters', () => {
    for (const value of [
      ' 11010519491231002x ',
      '１１０１０５１９４９１２３１００２ｘ',
      '110105 19491231 002X',
    ]) {
      const result = checkIdNumber(value, now);
      expect(result.valid).toBe(true);
      expect(result.valid && result.normalized).toBe('11010519491231002X');
    }
  });

  it('accepts a birth date of today in Beijing even while it is still yesterday in UTC', () => {
    const justAfterMidnightInBeijing = new Date('2026-03-01T16:30:00.000Z');
    expect(checkIdNumber('110105202603020018', justAfterMidnightInBeijing).valid).toBe(true);
  });
});

describe('checkIdNumber explains what is wrong', () => {
  it.each([
    ['', '请填写身份证号'],
    ['   ', '请填写身份证号'],
    ['110105491231002', '请填写18位身份证号'],
    ['11010519491231002', '身份证号应为18位'],
    ['11010519491231002X1', '身份证号应为18位'],
    ['1101051949123100X2', '身份证号只能由数字组成，最后一位可以是X'],
    ['11010519491231002Y', '身份证号只能由数字组成，最后一位可以是X'],
    ['990105194912310023', '身份证号地区码不正确'],
    ['200105194912310021', '身份证号地区码不正确'],
    ['110105194902300020', '身份证号中的出生日期不正确'],
    ['110105194913010029', '身份证号中的出生日期不正确'],
    ['110105189912310015', '身份证号中的出生日期早于1900年'],
    ['110105202603030013', '身份证号中的出生日期晚于今天'],
    ['110105194912310021', '身份证号校验位不正确'],
    ['11010519491231002０', '身份证号校验位不正确'],
  ])('%j → %s', (value, problem) => {
    expect(checkIdNumber(value, now)).toEqual({ valid: false, problem });
  });
});

describe('idNumberCheckChar', () => {
  it('admits exactly one check character per body', () => {
    const body = '11010519491231002';
    const accepted = [...'0123456789X'].filter((check) => checkIdNumber(body + check, now).valid);
    expect(accepted).toEqual([idNumberCheckChar(body)]);
    expect(idNumberCheckChar(body)).toBe('X');
  });
});

describe('normalizeIdNumber', () => {
  it('gives one form for the ways people type the same number', () => {
    expect(normalizeIdNumber(' １１０１０５ 19491231 002x\n')).toBe('11010519491231002X');
  });
});
