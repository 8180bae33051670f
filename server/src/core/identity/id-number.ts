/**
 * Resident ID numbers (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd = male), and an ISO 7064 MOD 11-2 check character.
 */
import { cstDate } from '../calendar.js';

export type Gender = 'male' | 'female';

export type IdNumberCheck =
  | { valid: true; problem: null; normalized: string; birthDate: string; gender: Gender }
  | { valid: false; problem: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * Province-level codes (first two digits). 71 台湾, 81 香港, 82 澳门 and 83 (台湾居民居住证) appear on
 * residence permits; 91 on the 2023 foreigners' permanent residence ID card, which has the same
 * layout and checksum.
 */
const PROVINCE_RANGES: readonly (readonly [number, number])[] = [
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

const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * NFKC turns full-width digits and Ｘ into ASCII; spaces are removed anywhere because people paste
 * numbers grouped as "110105 19491231 002X". Shared with keyedHash so both agree on one form.
 */
export function normalizeIdNumber(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isKnownProvince(code: number): boolean {
  return PROVINCE_RANGES.some(([low, high]) => code >= low && code <= high);
}

/** YYYY-MM-DD when the eight digits name a real calendar day, else null. */
function calendarDate(yyyymmdd: string): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 02-30 over to 03-02; a real day survives the round trip unchanged.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * Validates an 18-character ID number. `now` decides what "in the future" means, read in China
 * Standard Time so a child registered on their birthday just after midnight is accepted.
 * The 15-digit format (pre-1999 cards) is refused: every card still valid today has 18.
 */
export function checkIdNumber(value: string, now: Date): IdNumberCheck {
  const normalized = normalizeIdNumber(value);
  const invalid = (problem: string): IdNumberCheck => ({ valid: false, problem });

  if (normalized === '') return invalid('请填写身份证号');
  if (/^\d{15}$/.test(normalized)) return invalid('请填写18位身份证号');
  if (normalized.length !== 18) return invalid('身份证号应为18位');
  if (!/^\d{17}[\dX]$/.test(normalized)) {
    return invalid('身份证号只能由数字组成，最后一位可以是X');
  }
  if (!isKnownProvince(Number(normalized.slice(0, 2)))) return invalid('身份证号地区码不正确');

  const birthDate = calendarDate(normalized.slice(6, 14));
  if (!birthDate) return invalid('身份证号中的出生日期不正确');
  if (birthDate < EARLIEST_BIRTH_DATE) return invalid('身份证号中的出生日期早于1900年');
  if (birthDate > cstDate(now)) return invalid('身份证号中的出生日期晚于今天');

  if (idNumberCheckChar(normalized) !== normalized[17]) return invalid('身份证号校验位不正确');

  const gender: Gender = Number(normalized[16]) % 2 === 1 ? 'male' : 'female';
  return { valid: true, problem: null, normalized, birthDate, gender };
}
