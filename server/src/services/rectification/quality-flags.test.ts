import { describe, expect, it } from 'vitest';
import { qualityFlags, similarity, type FlagFacts } from './quality-flags.js';

const base = (over: Partial<FlagFacts>): FlagFacts => ({
  id: 'a',
  problem: '公务用车管理混乱',
  measures: '制定公务用车管理办法，清理车辆 12 辆',
  state: 'open',
  immediateFix: false,
  closureRequestedAt: null,
  evidence: [],
  ...over,
});
const approvedAt = new Date('2026-03-10T00:00:00Z');
const codes = (items: FlagFacts[], id = 'a') =>
  (qualityFlags(items, { approvedAt, quickClosureDays: 3 }).get(id) ?? []).map((f) => f.code);

describe('文字整改 flags', () => {
  it('flags a closure request without evidence, and not an open item', () => {
    expect(codes([base({ state: 'closureRequested' })])).toContain('noEvidence');
    expect(codes([base({})])).toEqual([]);
  });

  it('flags evidence identical across items', () => {
    const items = [
      base({ evidence: ['h1'] }),
      base({ id: 'b', problem: '招投标不规范', evidence: ['h1'] }),
    ];
    expect(codes(items)).toContain('sharedEvidence');
    expect(codes([base({ evidence: ['h1'] }), base({ id: 'b', evidence: ['h2'] })])).not.toContain(
      'sharedEvidence',
    );
  });

  it('flags a closure requested suspiciously soon, unless it is 立行立改', () => {
    const soon = new Date('2026-03-11T00:00:00Z');
    const item = base({ state: 'closureRequested', closureRequestedAt: soon, evidence: ['h'] });
    expect(codes([item])).toContain('quickClosure');
    expect(codes([{ ...item, immediateFix: true }])).not.toContain('quickClosure');
    expect(
      codes([{ ...item, closureRequestedAt: new Date('2026-04-20T00:00:00Z') }]),
    ).not.toContain('quickClosure');
  });

  it('flags the same wording pasted across items', () => {
    const items = [
      base({ measures: '加强学习教育，制定管理制度，严格执行。' }),
      base({ id: 'b', measures: '加强学习教育，制定管理制度，严格执行' }),
    ];
    expect(codes(items)).toContain('pastedWording');
    expect(similarity('完全不同的两句话', '公务用车清理完毕')).toBeLessThan(0.3);
  });

  it('flags a measure with no verifiable outcome, and explains why', () => {
    const vague = base({ measures: '高度重视，进一步加强管理，切实提高认识' });
    const flags = qualityFlags([vague], { approvedAt, quickClosureDays: 3 }).get('a')!;
    expect(flags.map((f) => f.code)).toEqual(['unverifiable']);
    expect(flags[0]!.message).toContain('没有可检验的结果');
    expect(codes([base({ measures: '进一步加强管理，修订财务报销办法' })])).toEqual([]);
  });
});
