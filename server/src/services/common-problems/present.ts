import { asc, eq, inArray } from 'drizzle-orm';
import { cstDate, daysBetween } from '../../core/calendar.js';
import { dbOf, now, type Actor, type Ctx } from '../../core/context.js';
import {
  commonProblemEscalations,
  findings,
  rounds,
  storedFiles,
  units,
} from '../../db/schema/index.js';
import { commonProblemPolicy } from '../../policies/common-problem-policy.js';
import { historyOf, step } from '../rectification/get-plan.js';
import { commonProblemMachine } from './common-problem-machine.js';
import type { CommonProblemRow } from './find-visible.js';

async function namesOf(ctx: Ctx, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await dbOf(ctx)
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The list's row: the task, its units and deadline status. */
export async function presentSummaries(ctx: Ctx, rows: CommonProblemRow[]) {
  const today = cstDate(now(ctx));
  const names = await namesOf(ctx, [
    ...new Set(rows.flatMap((r) => [r.leadUnitId, ...r.cooperatingUnitIds])),
  ]);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    leadUnit: { id: r.leadUnitId, name: names.get(r.leadUnitId) ?? '' },
    cooperatingUnits: r.cooperatingUnitIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    findingCount: r.findingIds.length,
    responsibleLeader: r.responsibleLeader,
    dueOn: r.dueOn,
    state: r.state,
    overdue: r.state !== 'closed' && r.dueOn < today,
    daysLeft: daysBetween(today, r.dueOn),
    version: r.version,
  }));
}

/** `GET /api/common-problems/:id` as shown: findings by unit, evidence, history, ladder, actions. */
export async function presentCommonProblem(ctx: Ctx, actor: Actor, row: CommonProblemRow) {
  const [summary] = await presentSummaries(ctx, [row]);
  const db = dbOf(ctx);
  const found = row.findingIds.length
    ? await db
        .select({
          id: findings.id,
          problem: findings.problem,
          unitId: findings.unitId,
          unitName: units.name,
          roundId: findings.roundId,
          roundName: rounds.name,
        })
        .from(findings)
        .innerJoin(units, eq(units.id, findings.unitId))
        .innerJoin(rounds, eq(rounds.id, findings.roundId))
        .where(inArray(findings.id, row.findingIds))
        .orderBy(asc(units.name), asc(findings.createdAt))
    : [];
  const files = row.fileIds.length
    ? await db
        .select({ id: storedFiles.id, name: storedFiles.name })
        .from(storedFiles)
        .where(inArray(storedFiles.id, row.fileIds))
    : [];
  const escalations = await db
    .select()
    .from(commonProblemEscalations)
    .where(eq(commonProblemEscalations.commonProblemId, row.id))
    .orderBy(asc(commonProblemEscalations.issuedAt));
  const history = await historyOf(ctx, commonProblemMachine.name, [row.id]);
  const supervisor = commonProblemPolicy.canSupervise(actor, row.jurisdictionId);
  return {
    ...summary!,
    problem: row.problem,
    measures: row.measures,
    findings: found,
    files,
    closureRequestedAt: row.closureRequestedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    escalations: escalations.map((e) => ({
      kind: e.kind,
      dueOn: e.dueOn,
      message: e.message,
      clueId: e.clueId,
      issuedAt: e.issuedAt.toISOString(),
    })),
    history: history.map(step),
    actions: commonProblemMachine.available(actor, row),
    canEdit: supervisor && row.state === 'open',
    /** The caller's part in 三位一体: lead, cooperating, supervising office, or only reading. */
    role: supervisor
      ? ('office' as const)
      : commonProblemPolicy.isLeadUnit(actor, row)
        ? ('lead' as const)
        : commonProblemPolicy.isTakingPart(actor, row)
          ? ('cooperating' as const)
          : ('reader' as const),
  };
}
