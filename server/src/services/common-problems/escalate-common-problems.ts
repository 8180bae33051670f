import { and, eq, inArray, ne } from 'drizzle-orm';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { commonProblemEscalations, commonProblems, units } from '../../db/schema/index.js';
import { climbLadder, type EscalationCounts } from '../rectification/escalation-ladder.js';
import { peopleOf } from './transition-common-problem.js';

/**
 * Open common problems climb the same ladder as items (the office's 跟踪督办 of 三位一体): the lead
 * unit answers for the deadline; the cooperating units hear of every step with it.
 */
export async function escalateCommonProblems(
  ctx: Ctx,
  today: string,
  counts: EscalationCounts,
  jurisdictionIds?: string[],
) {
  const rows = await dbOf(ctx)
    .select({ row: commonProblems, leadName: units.name })
    .from(commonProblems)
    .innerJoin(units, eq(units.id, commonProblems.leadUnitId))
    .where(
      and(
        ne(commonProblems.state, 'closed'),
        jurisdictionIds ? inArray(commonProblems.jurisdictionId, jurisdictionIds) : undefined,
      ),
    );
  for (const { row, leadName } of rows) {
    const to = await peopleOf(ctx, row);
    await climbLadder(
      ctx,
      {
        entityType: 'common_problem',
        id: row.id,
        jurisdictionId: row.jurisdictionId,
        roundId: null,
        unitId: row.leadUnitId,
        unitName: leadName,
        label: '牵头整改的共性问题',
        problem: row.title,
        measures: row.measures,
        responsibleLeader: row.responsibleLeader,
        dueOn: row.dueOn,
        link: `/rectification/common-problems/${row.id}`,
        unitUsers: to.units,
        officeUsers: to.office,
        record: async (ctx, kind, message) => {
          const [issued] = await dbOf(ctx)
            .insert(commonProblemEscalations)
            .values({
              commonProblemId: row.id,
              kind,
              dueOn: row.dueOn,
              message,
              issuedAt: now(ctx),
            })
            .onConflictDoNothing()
            .returning({ id: commonProblemEscalations.id });
          return issued?.id ?? null;
        },
        linkClue: async (ctx, stepId, clueId) => {
          await dbOf(ctx)
            .update(commonProblemEscalations)
            .set({ clueId })
            .where(eq(commonProblemEscalations.id, stepId));
        },
      },
      today,
      counts,
    );
  }
}
