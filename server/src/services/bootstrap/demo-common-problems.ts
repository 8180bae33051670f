import { Readable } from 'node:stream';
import { and, eq, inArray, like } from 'drizzle-orm';
import { addCalendarDays, cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { commonProblems, findings, rounds, units, users } from '../../db/schema/index.js';
import { loadActor } from '../auth/load-actor.js';
import { createCommonProblem } from '../common-problems/edit-common-problem.js';
import { transitionCommonProblem } from '../common-problems/transition-common-problem.js';
import { uploadFile } from '../files/files.js';
import { scanPdf } from './demo-clues.js';
import { demoFinishedRound } from './demo-rounds.js';

/** The problem the finished round found both at 县财政局 and at 石桥镇: funds moved outside the rules. */
const TASK = {
  title: '涉农资金和村级“三资”管理不规范',
  problem:
    '县财政局涉农整合资金拨付未经党组集体研究，石桥镇村级“三资”白条入账、大额现金支付、账外设户收费，反映出涉农资金从拨付到使用全链条监管不严，是本轮巡察发现的共性问题。',
  measures:
    '一、县财政局牵头修订《涉农整合资金管理办法》，明确拨付须经党组会集体研究；二、县农业农村局组织全县村级财务专项清理，取缔账外账户；三、石桥镇对白条入账、现金支付逐笔整改并建立村级财务公开制度；四、巡察办每月调度，年底前组织联合验收。',
  responsibleLeader: '县财政局党组成员、副局长',
  findingWords: ['“三重一大”制度执行不严格', '村级“三资”管理不规范'],
  lead: '县财政局',
  cooperating: ['石桥镇', '县农业农村局'],
};

/**
 * One concentrated rectification (共性问题集中整治) over the finished round's findings, once per
 * demo folder: set up by the office, with 石桥镇's progress and evidence, the lead unit's report
 * and the office's 督办 opinion; due in 40 days. Skipped when the round or its findings are missing.
 */
export async function loadDemoCommonProblems(ctx: Ctx, rootId: string): Promise<boolean> {
  const db = dbOf(ctx);
  const [done] = await db
    .select({ id: commonProblems.id })
    .from(commonProblems)
    .where(eq(commonProblems.jurisdictionId, rootId))
    .limit(1);
  if (done) return false;
  const [office] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'office'));
  const actor = office ? await loadActor(db, office.id, null) : null;
  if (!actor) return false;
  const found: string[] = [];
  for (const words of TASK.findingWords) {
    const [f] = await db
      .select({ id: findings.id })
      .from(findings)
      .innerJoin(rounds, eq(rounds.id, findings.roundId))
      .where(and(eq(rounds.name, demoFinishedRound), like(findings.problem, `%${words}%`)));
    if (f) found.push(f.id);
  }
  const named = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      and(eq(units.jurisdictionId, rootId), inArray(units.name, [TASK.lead, ...TASK.cooperating])),
    );
  const unitId = (name: string) => named.find((u) => u.name === name)?.id;
  const leadUnitId = unitId(TASK.lead);
  if (found.length < 2 || !leadUnitId) return false;

  return withTransaction(ctx, async (ctx) => {
    const as: Ctx = { ...ctx, actor };
    const task = await createCommonProblem(as, {
      title: TASK.title,
      problem: TASK.problem,
      findingIds: found,
      leadUnitId,
      cooperatingUnitIds: TASK.cooperating.flatMap((n) => unitId(n) ?? []),
      responsibleLeader: TASK.responsibleLeader,
      measures: TASK.measures,
      dueOn: addCalendarDays(cstDate(now(ctx)), 40),
    });
    const ledger = await uploadFile(as, {
      name: '石桥镇村级财务专项清理台账.pdf',
      stream: Readable.from(
        scanPdf([
          '石桥镇村级财务专项清理台账',
          '清理白条入账 27 笔，已补齐合规票据 22 笔',
          '大额现金支付 31 笔已全部说明用途并改为转账',
          '前进村账外账户已注销，4.2 万元并入村集体账户',
        ]),
      ),
    });
    let version = task.version;
    for (const [action, opinion, fileIds] of [
      [
        'report_progress',
        '石桥镇：已完成 9 个村的财务专项清理，账外账户已注销，资金并入村集体账户（见清理台账）。',
        [ledger.id],
      ],
      [
        'report_progress',
        '县财政局：《涉农整合资金管理办法（修订稿）》已起草，拟提交党组会审议。',
        [],
      ],
      [
        'supervise',
        '请县财政局 12 月 20 日前完成办法印发；县农业农村局尚未报送全县村级财务清理进展，请 5 个工作日内报送。',
        [],
      ],
    ] as const) {
      const next = await transitionCommonProblem(as, task.id, {
        action,
        version,
        opinion,
        fileIds: [...fileIds],
      });
      version = next.version;
    }
    return true;
  });
}
