import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { domainWords } from './domain-words.js';

let instance: Jieba | null = null;

function jieba(): Jieba {
  if (!instance) {
    instance = Jieba.withDict(dict);
    instance.loadDict(Buffer.from(domainWords.map((w) => `${w} 200000 n`).join('\n')));
  }
  return instance;
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/u;
const cjkRun = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const wordRun = /[\p{L}\p{N}]+/gu;

function normalize(text: string): string {
  // Full-width ASCII to half-width, lower case.
  return text.normalize('NFKC').toLowerCase();
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * Index side: jieba words (search mode, with the domain dictionary) for ranking, plus every
 * CJK character and character bigram so that any substring of two or more characters is
 * found (recall equal to LIKE '%…%'), plus Latin/digit words.
 */
export function indexTokens(text: string): string[] {
  const normalized = normalize(text);
  const tokens = new Set<string>();
  for (const word of jieba().cutForSearch(normalized, true)) {
    const w = word.trim();
    if (w.length > 1 && (cjk.test(w) || /^[\p{L}\p{N}]+$/u.test(w))) tokens.add(w);
  }
  for (const run of normalized.match(cjkRun) ?? []) {
    for (const ch of run) tokens.add(ch);
    for (const bigram of bigrams(run)) tokens.add(bigram);
  }
  for (const word of latinWords(normalized)) {
    if (!cjk.test(word)) tokens.add(word);
  }
  return [...tokens];
}

/** Latin/digit words, also those glued to Chinese text (住建局2024 → 2024). */
function latinWords(text: string): string[] {
  return text.replace(cjkRun, ' ').match(wordRun) ?? [];
}

function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * Query side: every CJK run becomes the AND of its bigrams (a single character stands alone);
 * Latin/digit words match as prefixes. Returns null when the text has nothing searchable.
 * The result is tsquery *syntax*; bind it as a parameter and cast with ::tsquery.
 */
export function queryTsquery(text: string): string | null {
  const normalized = normalize(text);
  const parts = new Set<string>();
  for (const run of normalized.match(cjkRun) ?? []) {
    for (const bigram of bigrams(run)) parts.add(quoteLexeme(bigram));
  }
  for (const word of latinWords(normalized)) {
    if (!cjk.test(word)) parts.add(`${quoteLexeme(word)}:*`);
  }
  return parts.size ? [...parts].join(' & ') : null;
}
