/**
 * Masked forms of identity fields for lists, exports and anyone without an identity grant.
 * Each keeps just enough to tell records apart at a glance and never enough to contact or
 * locate the person. Null or blank input gives null, so callers can map columns directly.
 */
import { normalizeIdNumber } from './id-number.js';
import { checkPhone } from './phone.js';

type Maybe = string | null | undefined;

function stars(count: number): string {
  return '*'.repeat(Math.max(0, count));
}

function present(value: Maybe): string | null {
  const trimmed = value?.normalize('NFKC').trim();
  return trimmed ? trimmed : null;
}

/**
 * 张三 → 张*, 王小明 → 王**, 欧阳娜娜 → 欧阳**. Four or more characters are most likely a compound
 * surname (复姓) or an ethnic-minority name, so two characters stay.
 */
export function maskName(name: Maybe): string | null {
  const value = present(name);
  if (!value) return null;
  const chars = Array.from(value);
  if (chars.length === 1) return '*';
  const keep = chars.length >= 4 ? 2 : 1;
  return chars.slice(0, keep).join('') + stars(chars.length - keep);
}

/**
 * 13812341234 → 138****1234; 010-62345678转123 → 010-******78 (the extension is dropped).
 * Input checkPhone cannot read keeps only its last two digits.
 */
export function maskPhone(phone: Maybe): string | null {
  const value = present(phone);
  if (!value) return null;
  const check = checkPhone(value);
  if (check.valid && check.kind === 'mobile') {
    return `${check.normalized.slice(0, 3)}****${check.normalized.slice(7)}`;
  }
  if (check.valid) {
    const [area = '', number = ''] = check.normalized.split('-');
    return `${area}-${stars(number.length - 2)}${number.slice(-2)}`;
  }
  const digits = value.replace(/\D/g, '');
  return digits.length >= 4 ? stars(digits.length - 2) + digits.slice(-2) : '****';
}

/**
 * 11010519491231002X → 110105********002X: the address code and the last four stay, the birth
 * date goes. Anything too short to have both parts is masked entirely.
 */
export function maskIdNumber(idNumber: Maybe): string | null {
  const value = present(idNumber);
  if (!value) return null;
  const chars = Array.from(normalizeIdNumber(value));
  if (chars.length <= 10) return stars(chars.length);
  return chars.slice(0, 6).join('') + stars(chars.length - 10) + chars.slice(-4).join('');
}

/**
 * Administrative-division endings. 县/区/市 are the county level the rule aims for; 省, 州, 盟 and
 * 旗 let an address that names only a larger division (黑龙江省哈尔滨市…) end on a whole word.
 * 区 in 小区/社区 names a housing estate, not a district, so it does not count.
 */
const DIVISION_END = /[省市州盟区县旗]/u;
const NOT_A_DIVISION = new Set(['小区', '社区']);

const ADDRESS_PREFIX = 6;
const FALLBACK_PREFIX = 2;

/**
 * 北京市海淀区中关村大街1号 → 北京市海淀区****. Looks at the first six characters and cuts after the
 * last division ending there. Without one we cannot tell where the district ends, so only the
 * first two characters stay rather than risk showing a street.
 */
export function maskAddress(address: Maybe): string | null {
  const value = present(address);
  if (!value) return null;
  const chars = Array.from(value.replace(/\s+/g, ''));
  const head = chars.slice(0, ADDRESS_PREFIX);
  for (let i = head.length - 1; i >= 0; i -= 1) {
    if (!DIVISION_END.test(head[i]!)) continue;
    if (i > 0 && NOT_A_DIVISION.has(head[i - 1]! + head[i]!)) continue;
    return head.slice(0, i + 1).join('') + '****';
  }
  return chars.slice(0, Math.min(FALLBACK_PREFIX, Math.floor(chars.length / 2))).join('') + '****';
}
