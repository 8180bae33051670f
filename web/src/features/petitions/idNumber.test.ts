import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { idNumberCheckChar, idNumberProblem } from './idNumber';

const TODAY = dayjs('2026-11-25');
const valid = (first17: string) => first17 + idNumberCheckChar(first17);

describe('idNumberProblem', () => {
  it.each([
    ['11010519491231002X', null],
    [valid('11010519800101123'), null],
    ['110105 19491231 002x', null],
    ['１１０１０５１９４９１２３１００２Ｘ', null],
    ['110105198001011230', 'checksum'],
    ['11010519800101', 'length'],
    ['11010519800101123A', 'characters'],
    [valid('99010519800101123'), 'area'],
    [valid('11010519800230123'), 'birthDate'],
    [valid('11010518991231123'), 'birthDate'],
    [valid('11010520301231123'), 'birthDateFuture'],
  ])('%s → %s', (id, problem) => {
    expect(idNumberProblem(id, TODAY)).toBe(problem);
  });
});
