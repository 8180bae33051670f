import dayjs from 'dayjs';
import { todayCst } from '../../lib/chinaDate';

/**
 * The resident ID number check the server flags with (GB 11643-1999: 6-digit area code, birth
 * date, sequence, ISO 7064 MOD 11-2 check character), run while typing so the clerk sees a
 * mistake on the field before saving. Returns the i18n key of the problem, or null when valid.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const PROVINCES: readonly (readonly [number, number])[] = [
  [11, 15],
  [21, 23],
  [31, 37],
  [41, 46],
  [50, 54],
  [61, 65],
  [71, 71],
  [81, 83],
  [91, 91],
];

export function normalizeIdNumber(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

export type IdNumberProblem =
  'length' | 'characters' | 'area' | 'birthDate' | 'birthDateFuture' | 'checksum';

export function idNumberProblem(value: string, today = todayCst()): IdNumberProblem | null {
  const id = normalizeIdNumber(value);
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters';
  const province = Number(id.slice(0, 2));
  if (!PROVINCES.some(([low, high]) => province >= low && province <= high)) return 'area';
  const birth = dayjs(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, 'YYYY-MM-DD');
  const real =
    birth.isValid() &&
    birth.format('YYYYMMDD') === id.slice(6, 14) &&
    birth.format('YYYY-MM-DD') >= '1900-01-01';
  if (!real) return 'birthDate';
  if (birth.isAfter(today, 'day')) return 'birthDateFuture';
  if (idNumberCheckChar(id) !== id[17]) return 'checksum';
  return null;
}
