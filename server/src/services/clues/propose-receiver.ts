import { eq, inArray } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import type { cadreLevels } from '../../core/vocabulary.js';
import { departments, jurisdictions } from '../../db/schema/index.js';
import { servedOnPaper } from '../../policies/clue-policy.js';

type CadreLevel = (typeof cadreLevels)[number];
type Level = 'province' | 'city' | 'county';

const rank: Record<CadreLevel, number> = {
  other: 0,
  section: 1,
  county: 2,
  departmental: 3,
  provincial: 4,
};
/** The highest cadre level a Party committee manages (干部管理权限: 下管一级). */
const managesUpTo: Record<Level, CadreLevel> = {
  county: 'section',
  city: 'county',
  province: 'departmental',
};
const levelName: Record<CadreLevel, string> = {
  other: '一般干部',
  section: '乡科级干部',
  county: '县处级干部',
  departmental: '厅局级干部',
  provincial: '省部级干部',
};

export interface Receiver {
  departmentId: string;
  name: string;
  kind: (typeof departments.$inferSelect)['kind'];
  jurisdictionId: string;
  jurisdictionName: string;
  onPaper: boolean;
}

interface ClueFacts {
  jurisdictionId: string;
  focus: string | null;
  disciplines: readonly string[];
  accusedCadreLevel: CadreLevel | null;
  accusedUnitName?: string | null;
}

/** The jurisdiction and its ancestors, nearest first. */
async function chainOf(ctx: Ctx, jurisdictionId: string) {
  const chain: (typeof jurisdictions.$inferSelect)[] = [];
  let id: string | null = jurisdictionId;
  while (id && chain.length < 5) {
    const [row] = await dbOf(ctx).select().from(jurisdictions).where(eq(jurisdictions.id, id));
    if (!row) break;
    chain.push(row);
    id = row.parentId;
  }
  return chain;
}

/** Departments a clue of this jurisdiction may be transferred to: its own and those above. */
export async function receiverOptions(ctx: Ctx, jurisdictionId: string): Promise<Receiver[]> {
  const chain = await chainOf(ctx, jurisdictionId);
  if (chain.length === 0) return [];
  const rows = await dbOf(ctx)
    .select()
    .from(departments)
    .where(
      inArray(
        departments.jurisdictionId,
        chain.map((j) => j.id),
      ),
    );
  const depth = new Map(chain.map((j, i) => [j.id, i]));
  return rows
    .filter((d) => d.kind !== 'inspection_office')
    .sort(
      (a, b) =>
        depth.get(a.jurisdictionId)! - depth.get(b.jurisdictionId)! ||
        a.name.localeCompare(b.name, 'zh-CN'),
    )
    .map((d) => ({
      departmentId: d.id,
      name: d.name,
      kind: d.kind,
      jurisdictionId: d.jurisdictionId,
      jurisdictionName: chain[depth.get(d.jurisdictionId)!]!.name,
      onPaper: servedOnPaper(d),
    }));
}

/**
 * 按干部管理权限移交 (issue: clue ledger, point 3; source §4): 选人用人 and cadre matters go to
 * 组织部, discipline matters to 纪委监委, business matters to the competent department; a cadre
 * above what this committee manages goes to the committee above. Each reason is stated.
 */
export async function proposeReceiver(
  ctx: Ctx,
  clue: ClueFacts,
): Promise<(Receiver & { reasons: string[] }) | null> {
  const options = await receiverOptions(ctx, clue.jurisdictionId);
  const chain = await chainOf(ctx, clue.jurisdictionId);
  const reasons: string[] = [];
  let kind: Receiver['kind'];
  if (clue.focus === 'personnel') {
    kind = 'organization_department';
    reasons.push('选人用人和干部问题，移交组织部门');
  } else if (clue.focus || clue.disciplines.length > 0) {
    kind = 'discipline_commission';
    reasons.push('反映违反党的纪律问题，移交纪检监察机关');
  } else {
    kind = 'competent_department';
    reasons.push('业务工作问题，移交主管部门');
  }
  // Climb while the accused cadre is above what the committee at this level manages.
  let depth = 0;
  const level = clue.accusedCadreLevel;
  while (level && depth < chain.length - 1) {
    const at = chain[depth]!.level;
    if (rank[level] <= rank[managesUpTo[at]]) break;
    depth += 1;
  }
  if (level && depth > 0)
    reasons.push(
      `被反映人为${levelName[level]}，按干部管理权限由${chain[depth]!.name}管理，移交上级${kind === 'organization_department' ? '组织部门' : kind === 'discipline_commission' ? '纪委监委' : '主管部门'}`,
    );
  // A department never receives a clue about itself (the accused bureau is no competent judge).
  const candidates = options.filter(
    (o) => !clue.accusedUnitName || o.name !== clue.accusedUnitName,
  );
  const at = (jurisdictionId: string) =>
    candidates.filter((o) => o.jurisdictionId === jurisdictionId);
  const pick =
    at(chain[depth]?.id ?? clue.jurisdictionId).find((o) => o.kind === kind) ??
    candidates.find((o) => o.kind === kind) ??
    (kind === 'competent_department'
      ? candidates.find((o) => o.kind === 'discipline_commission')
      : undefined);
  if (!pick) return null;
  if (pick.kind !== kind) reasons.push('本辖区未设主管部门接收，建议移交纪委监委');
  if (pick.onPaper) reasons.push('该单位未开通系统账号，纸质送达，由巡察办代为登记反馈');
  return { ...pick, reasons };
}
