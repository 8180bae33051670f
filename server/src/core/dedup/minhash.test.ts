import { describe, expect, it } from 'vitest';
import {
  deserializeSignature,
  estimateJaccard,
  exactJaccard,
  lshBands,
  minhashSignature,
  normalizeForShingles,
  serializeSignature,
  shingles,
} from './minhash.js';

const original =
  '我是某县某镇某村村民，反映村支书张某某在2023年扶贫资金发放过程中虚报冒领、优亲厚友，' +
  '将低保名额给了自己的亲戚，群众意见很大，请求上级纪委调查处理。';
// The same petitioner a month later: a name shortened, a year and a word changed, other spacing.
const resubmitted =
  '我是某县某镇某村村民 反映村支书张某在2024年扶贫资金发放过程中虚报冒领 优亲厚友 ' +
  '将低保名额给了自己的亲戚 群众意见极大 请求上级纪委调查处理!';

// Pinned values, cross-checked against an independent Python implementation of the same hashes.
const SNAPSHOT = [38776313, 27163142, 258324326, 55804502];

const unrelated = [
  original,
  '住建局工程招标存在违规操作，中标单位与局领导存在利益关系，工程质量差，道路修好不到半年就出现大面积裂缝。',
  '某学校校长违规收取学生补课费用，每学期每人五百元，并强制学生购买指定教辅资料，家长敢怒不敢言。',
  '某化工厂夜间偷排污水，河水发黑发臭，环保部门多次接到举报却迟迟不处理，怀疑有人充当保护伞。',
  '街道办主任利用职务便利在拆迁补偿中为亲属多报面积，套取补偿款数十万元，请予以核查。',
];

function signatureOf(text: string) {
  return minhashSignature(shingles(text));
}

function sharesBand(a: string, b: string): boolean {
  const keys = new Set(lshBands(signatureOf(a)));
  return lshBands(signatureOf(b)).some((key) => keys.has(key));
}

/** mulberry32: a seeded generator, so the generated corpus is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('normalizeForShingles', () => {
  it('folds full-width forms and case and drops spaces and punctuation', () => {
    expect(normalizeForShingles(' 举报：ＡＢＣ公司，２０２４年！ Hello, World ')).toBe(
      '举报abc公司2024年helloworld',
    );
  });
});

describe('shingles', () => {
  it('takes character k-grams of the normalized text', () => {
    expect([...shingles('扶贫，资金')]).toEqual(['扶贫资', '贫资金']);
    expect([...shingles('扶贫资金', 2)]).toEqual(['扶贫', '贫资', '资金']);
  });

  it('gives a short text as a single shingle and an empty text as none', () => {
    expect([...shingles('举报')]).toEqual(['举报']);
    expect(shingles('')).toEqual(new Set());
    expect(shingles(' ，。！ ')).toEqual(new Set());
  });

  it('counts a CJK extension character (a surrogate pair) as one character', () => {
    expect([...shingles('𠀀𠀁𠀂')]).toEqual(['𠀀𠀁𠀂']);
  });
});

describe('near-duplicate detection', () => {
  it('finds a resubmission with a few changed characters', () => {
    const exact = exactJaccard(shingles(original), shingles(resubmitted));
    const estimate = estimateJaccard(signatureOf(original), signatureOf(resubmitted));
    expect(exact).toBeGreaterThan(0.7);
    expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(0.1);
    expect(sharesBand(original, resubmitted)).toBe(true);
  });

  it('keeps petitions on different topics apart', () => {
    for (const [i, a] of unrelated.entries()) {
      for (const b of unrelated.slice(i + 1)) {
        expect(estimateJaccard(signatureOf(a), signatureOf(b))).toBeLessThan(0.1);
        expect(sharesBand(a, b)).toBe(false);
      }
    }
  });

  it('estimates the exact Jaccard similarity across the whole range', () => {
    const random = seededRandom(20240601);
    const alphabet = Array.from(unrelated.join('').replace(/[，。、]/g, ''));
    const pick = () => alphabet[Math.floor(random() * alphabet.length)]!;
    const errors: number[] = [];
    for (let pair = 0; pair < 30; pair += 1) {
      const text = Array.from({ length: 40 + Math.floor(random() * 160) }, pick);
      // Edit rates from 0 to 60 % spread the pairs from near-identical to nearly unrelated.
      const rate = (pair / 29) * 0.6;
      const edited = text.map((ch) => (random() < rate ? pick() : ch));
      const a = shingles(text.join(''));
      const b = shingles(edited.join(''));
      const estimate = estimateJaccard(minhashSignature(a), minhashSignature(b));
      errors.push(Math.abs(estimate - exactJaccard(a, b)));
    }
    const meanError = errors.reduce((sum, e) => sum + e, 0) / errors.length;
    expect(meanError).toBeLessThan(0.08);
  });
});

describe('minhashSignature', () => {
  it('is deterministic, and its values are pinned so stored signatures stay comparable', () => {
    const signature = signatureOf(original);
    expect(signature).toHaveLength(128);
    expect(signatureOf(original)).toEqual(signature);
    expect(Array.from(signature.slice(0, 4))).toEqual(SNAPSHOT);
  });

  it('does not depend on the order of the shingles', () => {
    const set = shingles(original);
    expect(minhashSignature([...set].reverse())).toEqual(minhashSignature(set));
  });

  it('handles short and empty texts', () => {
    expect(() => signatureOf('')).not.toThrow();
    expect(estimateJaccard(signatureOf('举报'), signatureOf('举报'))).toBe(1);
    expect(estimateJaccard(signatureOf(''), signatureOf(''))).toBe(0);
    expect(estimateJaccard(signatureOf(''), signatureOf('举报'))).toBe(0);
    expect(lshBands(signatureOf(''))).toEqual([]);
    expect(exactJaccard(new Set(), new Set())).toBe(0);
  });

  it('rejects signatures of different lengths', () => {
    expect(() => estimateJaccard(new Uint32Array(4), new Uint32Array(8))).toThrow(RangeError);
  });
});

describe('lshBands', () => {
  it('gives one short key per band, pinned like the signature', () => {
    const keys = lshBands(signatureOf(original));
    expect(keys).toHaveLength(32);
    expect(keys[0]).toBe('0:deb1ac5a');
    expect(keys[31]).toMatch(/^31:[0-9a-f]{8}$/);
  });

  it('refuses bands that do not fit the signature', () => {
    expect(() => lshBands(signatureOf(original), 40, 4)).toThrow(RangeError);
  });
});

describe('signature serialization', () => {
  it('round-trips through base64', () => {
    const signature = signatureOf(original);
    const text = serializeSignature(signature);
    expect(text).toHaveLength(684);
    expect(deserializeSignature(text)).toEqual(signature);
  });

  it('refuses corrupted text', () => {
    expect(() => deserializeSignature('not base64!')).toThrow(RangeError);
    expect(() => deserializeSignature('AAA=')).toThrow(RangeError);
    expect(() => deserializeSignature('')).toThrow(RangeError);
  });
});
