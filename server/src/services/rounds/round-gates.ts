import { and, count, eq, inArray, isNotNull } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import {
  briefings,
  clues,
  roundReports,
  roundTargets,
  roundTeamMembers,
} from '../../db/schema/index.js';
import type { RoundAction } from './round-machine.js';
import type { RoundRow } from './round-types.js';

/**
 * What each stage step still needs (empty = ready). The gates of issue: rounds, point 6: no
 * on-site stage without teams and briefing requests; no feedback without an approved report for
 * every target; no archive while a clue of the round is neither transferred nor closed.
 */
export async function roundGates(
  ctx: Ctx,
  round: RoundRow,
): Promise<Record<RoundAction, string[]>> {
  const db = dbOf(ctx);
  const targets = await db.select().from(roundTargets).where(eq(roundTargets.roundId, round.id));
  const members = await db
    .select()
    .from(roundTeamMembers)
    .where(eq(roundTeamMembers.roundId, round.id));
  const [briefed] = await db
    .select({ n: count() })
    .from(briefings)
    .where(eq(briefings.roundId, round.id));
  const reports = await db.select().from(roundReports).where(eq(roundReports.roundId, round.id));
  const [openClues] = await db
    .select({ n: count() })
    .from(clues)
    .where(and(eq(clues.roundId, round.id), inArray(clues.state, ['recorded', 'handedOver'])));
  const [approved] = await db
    .select({ n: count() })
    .from(roundReports)
    .where(and(eq(roundReports.roundId, round.id), isNotNull(roundReports.approvedAt)));

  const teams = [...new Set(targets.flatMap((t) => (t.teamId ? [t.teamId] : [])))];
  const onSite: string[] = [];
  if (targets.length === 0) onSite.push('尚未确定巡察对象');
  if (targets.some((t) => !t.teamId)) onSite.push('有巡察对象尚未分配巡察组');
  for (const team of teams) {
    const own = members.filter((m) => m.teamId === team);
    if (own.length === 0) onSite.push('有巡察组尚无成员');
    else if (!own.some((m) => m.role === 'leader')) onSite.push('有巡察组尚未确定组长');
  }
  if (!briefed?.n) onSite.push('尚未向有关部门提出情况通报请求');
  if (!round.startsOn) onSite.push('尚未确定进驻日期');

  const withReport = new Set(reports.filter((r) => r.content.trim()).map((r) => r.unitId));
  const missingReports = targets.filter((t) => !withReport.has(t.unitId)).length;
  const withFeedback = new Set(reports.filter((r) => r.feedbackOn).map((r) => r.unitId));
  const missingFeedback = targets.filter((t) => !withFeedback.has(t.unitId)).length;
  return {
    start_on_site: [...new Set(onSite)],
    submit_report: missingReports ? [`还有 ${missingReports} 个巡察对象没有巡察报告`] : [],
    return_report: [],
    approve_report: missingReports ? [`还有 ${missingReports} 个巡察对象没有巡察报告`] : [],
    deliver_feedback: [
      ...(Number(approved?.n ?? 0) < targets.length ? ['巡察报告尚未全部经领导小组审定'] : []),
      ...(missingFeedback ? [`还有 ${missingFeedback} 个巡察对象未反馈巡察意见`] : []),
    ],
    archive: openClues?.n ? [`还有 ${openClues.n} 条问题线索既未移交也未办结`] : [],
  };
}
