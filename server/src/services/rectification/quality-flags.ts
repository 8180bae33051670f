/**
 * 文字整改 detection (issue: rectification, point 5): signs that an item was "rectified on paper",
 * each with the sentence the reviewer reads. Pure: the caller gathers the facts.
 */
export interface FlagFacts {
  id: string;
  problem: string;
  measures: string;
  state: string;
  immediateFix: boolean;
  closureRequestedAt: Date | null;
  /** SHA-256 of each evidence file. */
  evidence: string[];
}

export interface QualityFlag {
  code: 'noEvidence' | 'sharedEvidence' | 'quickClosure' | 'pastedWording' | 'unverifiable';
  message: string;
}

const DAY = 86_400_000;
/** Words of a result someone can check: a rule made, money recovered, people held to account … */
const VERIFIABLE =
  /\d|制定|修订|建立|出台|印发|追回|清退|退还|收回|处分|问责|追责|免职|调整|台账|清单|制度|办法|规定|公示|公开|拆除|整治完成|办结|销号|培训|考核|审计|核查|移交|立案/;
/** Filler that promises without saying what will be done. */
const VAGUE = /加强|提高|进一步|高度重视|认真|切实|不断|持续|深入|努力|严格/;

const normalize = (text: string) => text.replace(/[\s，。、；：,.;:！!？?“”"'（）()]/g, '');

/** Character bigram overlap (Dice coefficient) of two texts. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i += 1) {
      const g = s.slice(i, i + 2);
      out.set(g, (out.get(g) ?? 0) + 1);
    }
    return out;
  };
  const x = grams(normalize(a));
  const y = grams(normalize(b));
  let shared = 0;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  const total = [...x.values(), ...y.values()].reduce((s, n) => s + n, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

const short = (text: string) => (text.length > 16 ? `${text.slice(0, 16)}…` : text);

/** Flags for every item of one plan, keyed by item id. */
export function qualityFlags(
  items: FlagFacts[],
  options: { approvedAt: Date | null; quickClosureDays: number },
): Map<string, QualityFlag[]> {
  const result = new Map<string, QualityFlag[]>();
  for (const item of items) {
    const flags: QualityFlag[] = [];
    const claimed = item.state === 'closureRequested' || item.state === 'closed';
    if (claimed && item.evidence.length === 0)
      flags.push({ code: 'noEvidence', message: '申请销号但没有任何佐证材料' });
    const twin = items.find(
      (other) => other.id !== item.id && other.evidence.some((h) => item.evidence.includes(h)),
    );
    if (twin)
      flags.push({
        code: 'sharedEvidence',
        message: `佐证材料与事项“${short(twin.problem)}”的材料完全相同`,
      });
    if (claimed && !item.immediateFix && item.closureRequestedAt && options.approvedAt) {
      const days = Math.floor(
        (item.closureRequestedAt.getTime() - options.approvedAt.getTime()) / DAY,
      );
      if (days < options.quickClosureDays)
        flags.push({
          code: 'quickClosure',
          message: `方案批准后 ${Math.max(0, days)} 天即申请销号，且该事项不是立行立改`,
        });
    }
    const pasted = items.find(
      (other) => other.id !== item.id && similarity(other.measures, item.measures) >= 0.9,
    );
    if (pasted)
      flags.push({
        code: 'pastedWording',
        message: `整改措施与事项“${short(pasted.problem)}”的措施几乎一字不差`,
      });
    if (!VERIFIABLE.test(item.measures) && VAGUE.test(item.measures))
      flags.push({
        code: 'unverifiable',
        message:
          '整改措施只有“加强、提高、进一步”等表述，没有可检验的结果（数量、时限、制度名称等）',
      });
    result.set(item.id, flags);
  }
  return result;
}
