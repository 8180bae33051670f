import { and, eq, inArray, or } from 'drizzle-orm';
import { dbOf, withTransaction, type Ctx } from '../../core/context.js';
import { applyTransition } from '../../core/workflow/apply-transition.js';
import { commonProblems, roleAssignments } from '../../db/schema/index.js';
import { notify } from '../notifications/notify.js';
import { closureStep } from '../rectification/closure-step.js';
import { commonProblemMachine } from './common-problem-machine.js';
import { findVisibleCommonProblem, type CommonProblemRow } from './find-visible.js';
import { getCommonProblem } from './get-common-problem.js';

/** The liaisons of the lead and cooperating units, and the office of the jurisdiction. */
export async function peopleOf(ctx: Ctx, row: CommonProblemRow) {
  const rows = await dbOf(ctx)
    .select({ userId: roleAssignments.userId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(
      or(
        and(
          eq(roleAssignments.role, 'unit_liaison'),
          inArray(roleAssignments.unitId, [row.leadUnitId, ...row.cooperatingUnitIds]),
        ),
        and(
          eq(roleAssignments.role, 'office_admin'),
          eq(roleAssignments.jurisdictionId, row.jurisdictionId),
        ),
      ),
    );
  return {
    units: rows.filter((r) => r.role === 'unit_liaison').map((r) => r.userId),
    office: rows.filter((r) => r.role === 'office_admin').map((r) => r.userId),
  };
}

const told: Partial<Record<string, (p: Awaited<ReturnType<typeof peopleOf>>) => string[]>> = {
  request_closure: (p) => p.office,
  supervise: (p) => p.units,
  close: (p) => p.units,
  reject: (p) => p.units,
};

/**
 * `POST /api/common-problems/:id/transitions`: progress with evidence (lead or cooperating unit),
 * the lead unit's closure request (refused without evidence), the office's 督办 opinion, closure
 * (销号) or rejection with the reason. The other parties are notified.
 */
export async function transitionCommonProblem(
  ctx: Ctx,
  id: string,
  input: { action: string; version: number; opinion?: string | null; fileIds?: string[] | null },
) {
  const { actor, row } = await findVisibleCommonProblem(ctx, id);
  commonProblemMachine.check(actor, row, input.action, { ...input });
  const patch = await closureStep(ctx, input.action, row.fileIds, input.fileIds);
  await withTransaction(ctx, async (ctx) => {
    await applyTransition(ctx, {
      machine: commonProblemMachine,
      table: commonProblems,
      record: row,
      action: input.action,
      version: input.version,
      input: { ...input },
      patch,
    });
    const audience = told[input.action];
    if (audience) {
      const to = audience(await peopleOf(ctx, row)).filter((u) => u !== actor.userId);
      await notify(ctx, to, {
        kind: `common_problem.${input.action}`,
        title: `共性问题“${row.title}”：${input.opinion ?? ''}`,
        link: `/rectification/common-problems/${row.id}`,
      });
    }
  });
  return getCommonProblem(ctx, id);
}
