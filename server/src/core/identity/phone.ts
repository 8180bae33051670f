/**
 * Mainland phone numbers as petitioners type them: mobiles (11 digits, 13–19) with an optional
 * +86/0086/86 prefix, and landlines with an area code and an optional extension. The normalized
 * form is what we store, compare and hash: "13812341234", "010-12345678", "0571-8888888-123".
 */

export type PhoneKind = 'mobile' | 'landline';

export type PhoneCheck =
  | { valid: true; problem: null; normalized: string; kind: PhoneKind }
  | { valid: false; problem: string; normalized: null };

const invalid = (problem: string): PhoneCheck => ({ valid: false, problem, normalized: null });

/**
 * Area codes: 010 and 020–029 are the only three-digit ones; every other code is 0 + three
 * digits. Knowing this is what lets "057188888888" be split without a separator.
 */
const AREA_CODE = /^(?:010|02\d|0[3-9]\d\d)$/;
/** Local numbers never begin with 0 (trunk prefix) or 1 (service numbers, mobiles). */
const LOCAL_NUMBER = /^[2-9]\d{6,7}$/;
const EXTENSION = /^\d{1,6}$/;

function areaCodeLength(digits: string): number {
  return /^0[12]/.test(digits) ? 3 : 4;
}

function landline(area: string, number: string, extension: string | null): PhoneCheck {
  if (!AREA_CODE.test(area)) return invalid('固定电话区号不正确');
  if (!/^\d{7,8}$/.test(number)) return invalid('固定电话号码应为7至8位');
  if (!LOCAL_NUMBER.test(number)) return invalid('固定电话号码不能以0或1开头');
  if (extension !== null && !EXTENSION.test(extension)) return invalid('分机号不正确');
  const normalized = [area, number, extension].filter((part) => part !== null).join('-');
  return { valid: true, problem: null, normalized, kind: 'landline' };
}

/** "0571-8888-8888", "010-12345678-123", "(0571)88888888", "057188888888转123". */
function parseLandline(text: string): PhoneCheck {
  const [main = '', extension = null, ...more] = text.split('转');
  if (more.length > 0) return invalid('电话号码格式不正确');
  const withArea = main.replace(/^\((0\d{2,3})\)-?/, '$1-');
  if (/[()+]/.test(withArea)) return invalid('电话号码格式不正确');

  if (!withArea.includes('-')) {
    const length = areaCodeLength(withArea);
    return landline(withArea.slice(0, length), withArea.slice(length), extension);
  }
  const parts = withArea.split('-');
  if (parts.some((part) => part === '')) return invalid('电话号码格式不正确');
  const [area = '', ...rest] = parts;
  const whole = rest.join('');
  // A trailing group that does not fit the number is the extension: 010-12345678-123.
  if (extension === null && rest.length >= 2 && !/^\d{7,8}$/.test(whole)) {
    return landline(area, rest.slice(0, -1).join(''), rest.at(-1)!);
  }
  return landline(area, whole, extension);
}

export function checkPhone(value: string): PhoneCheck {
  // NFKC folds full-width digits, （）and －; other dashes people paste become '-'.
  const text = value
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
  if (text === '') return invalid('请填写电话号码');
  if (!/^[\d+()\-转]+$/.test(text)) return invalid('电话号码只能包含数字、空格、短横线和“转”');

  // "86" without + or 00 is a prefix only in front of a complete mobile number; elsewhere it
  // could be the start of a local number.
  const international = /^(?:\+86|0086)-?/.exec(text)?.[0] ?? '';
  let rest = text.slice(international.length);
  const compact = rest.replace(/-/g, '');
  if (!international && /^861\d{10}$/.test(compact)) rest = compact.slice(2);

  // Dialled from abroad, a landline drops its leading 0: +86 571 8888 8888, +86 10 6234 5678.
  if (international && /^(?:10|[2-9])/.test(rest)) rest = `0${rest}`;
  if (rest.startsWith('1')) {
    const mobile = rest.replace(/-/g, '');
    if (!/^1[3-9]\d{9}$/.test(mobile)) return invalid('手机号码应为11位，以13至19开头');
    return { valid: true, problem: null, normalized: mobile, kind: 'mobile' };
  }
  if (rest.startsWith('0') || rest.startsWith('(')) return parseLandline(rest);
  if (LOCAL_NUMBER.test(compact)) return invalid('固定电话请加区号');
  return invalid('电话号码格式不正确');
}
