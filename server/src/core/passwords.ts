import { commonPasswords } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * NIST SP 800-63B: a length floor, no composition rules, and a block list of common and
 * context-specific passwords. Returns the reason to refuse, or null.
 */
export function passwordProblem(password: string, context: string[] = []): string | null {
  const length = Array.from(password).length;
  if (length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`;
  if (length > MAX_PASSWORD_LENGTH) return `密码最多 ${MAX_PASSWORD_LENGTH} 个字符`;
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return '该密码过于常见，请换一个';
  if (new Set(lower).size <= 2) return '密码不能由重复字符组成';
  if (isSequence(lower)) return '密码不能是连续的字符序列';
  for (const word of context) {
    if (word && word.length >= 4 && lower.includes(word.toLowerCase())) {
      return '密码不能包含用户名或系统名称';
    }
  }
  return null;
}

function isSequence(text: string): boolean {
  const codes = Array.from(text, (c) => c.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (Math.abs(step) !== 1) return false;
  return codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === step);
}
