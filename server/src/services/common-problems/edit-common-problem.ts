import { and, eq, inArray } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated, unprocessable, type FieldError } from '../../core/errors.js';
import { updateVersioned } from '../../core/versioned-update.js';
import { commonProblems, findings, rectificationPlans, units } from '../../db/schema/index.js';
import { coveredJurisdictions } from '../../policies/checks.js';
import {
  commonProblemPolicy,
  commonProblemSupervisors,
} from '../../policies/common-problem-policy.js';
import { findVisibleCommonProblem } from './find-visible.js';
import { getCommonProblem } from './get-common-problem.js';

export interface CommonProblemInput {
  title?: string;
  problem?: string;
  findingIds?: string[];
  leadUnitId?: string;
  cooperatingUnitIds?: string[];
  responsibleLeader?: string;
  measures?: string;
  dueOn?: string;
}

const uniq = (ids: readonly string[] | undefined) => [...new Set(ids ?? [])];

/**
 * The rules of a concentrated rectification: its findings were fed back to at least two different
 * units of the jurisdiction (a problem of one unit is that unit's own item), the lead unit and the
 * cooperating units are units of the jurisdiction, the lead is not also cooperating, and the
 * deadline is not in the past.
 */
async function checkTask(
  ctx: Ctx,
  jurisdictionId: string,
  task: Required<Pick<CommonProblemInput, 'findingIds' | 'leadUnitId' | 'cooperatingUnitIds'>> & {
    dueOn: string;
  },
  dueChanged: boolean,
) {
  const errors: FieldError[] = [];
  const db = dbOf(ctx);
  const fed = task.findingIds.length
    ? await db
        .select({ id: findings.id, unitId: findings.unitId })
        .from(findings)
        .innerJoin(
          rectificationPlans,
          and(
            eq(rectificationPlans.roundId, findings.roundId),
            eq(rectificationPlans.unitId, findings.unitId),
          ),
        )
        .where(
          and(
            inArray(findings.id, task.findingIds),
            eq(rectificationPlans.jurisdictionId, jurisdictionId),
          ),
        )
    : [];
  if (fed.length !== task.findingIds.length)
    errors.push({ path: 'findingIds', message: '巡察发现问题不存在或尚未反馈' });
  else if (new Set(fed.map((f) => f.unitId)).size < 2)
    errors.push({
      path: 'findingIds',
      message: '共性问题须是两个以上被巡察单位都存在的问题（请选择不同单位的巡察发现问题）',
    });
  const unitIds = [task.leadUnitId, ...task.cooperatingUnitIds];
  const known = await db
    .select({ id: units.id })
    .from(units)
    .where(and(inArray(units.id, unitIds), eq(units.jurisdictionId, jurisdictionId)));
  if (!known.some((u) => u.id === task.leadUnitId))
    errors.push({ path: 'leadUnitId', message: '牵头单位不存在' });
  if (known.filter((u) => u.id !== task.leadUnitId).length !== task.cooperatingUnitIds.length)
    errors.push({ path: 'cooperatingUnitIds', message: '配合单位不存在' });
  if (task.cooperatingUnitIds.includes(task.leadUnitId))
    errors.push({ path: 'cooperatingUnitIds', message: '牵头单位不能同时是配合单位' });
  if (dueChanged && task.dueOn < cstDate(now(ctx)))
    errors.push({ path: 'dueOn', message: '整改时限不能早于今天' });
  if (errors.length) throw unprocessable(errors[0]!.message, errors);
}

/**
 * `POST /api/common-problems`: the office sets a problem found in several units up as one
 * concentrated task (集中整治). Cooperating units default to the findings' units other than the
 * lead. The jurisdiction is the office's own (of the lead unit).
 */
export async function createCommonProblem(ctx: Ctx, input: Required<CommonProblemInput>) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const [lead] = await dbOf(ctx)
    .select({ jurisdictionId: units.jurisdictionId })
    .from(units)
    .where(eq(units.id, input.leadUnitId));
  const offices = coveredJurisdictions(actor, commonProblemSupervisors);
  if (offices.length === 0) throw forbidden('只有巡察办可以确定共性问题');
  if (!lead || !offices.includes(lead.jurisdictionId))
    throw unprocessable('牵头单位不存在', [{ path: 'leadUnitId', message: '牵头单位不存在' }]);
  const findingIds = uniq(input.findingIds);
  let cooperatingUnitIds = uniq(input.cooperatingUnitIds);
  if (cooperatingUnitIds.length === 0 && findingIds.length) {
    const own = await dbOf(ctx)
      .selectDistinct({ unitId: findings.unitId })
      .from(findings)
      .where(inArray(findings.id, findingIds));
    cooperatingUnitIds = own.map((f) => f.unitId).filter((id) => id !== input.leadUnitId);
  }
  const task = { findingIds, leadUnitId: input.leadUnitId, cooperatingUnitIds, dueOn: input.dueOn };
  await checkTask(ctx, lead.jurisdictionId, task, true);
  const id = await withTransaction(ctx, async (ctx) => {
    const [row] = await dbOf(ctx)
      .insert(commonProblems)
      .values({
        jurisdictionId: lead.jurisdictionId,
        title: input.title,
        problem: input.problem,
        ...task,
        responsibleLeader: input.responsibleLeader,
        measures: input.measures,
        createdBy: actor.userId,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning({ id: commonProblems.id });
    await emitAudit(ctx, {
      action: 'common_problem.created',
      entityType: 'common_problem',
      entityId: row!.id,
      jurisdictionId: lead.jurisdictionId,
      detail: { leadUnitId: input.leadUnitId, cooperatingUnitIds, findings: findingIds.length },
    });
    return row!.id;
  });
  return getCommonProblem(ctx, id);
}

/** `PATCH /api/common-problems/:id`: the office corrects the task while it is being worked on. */
export async function updateCommonProblem(
  ctx: Ctx,
  id: string,
  input: CommonProblemInput & { version: number },
) {
  const { actor, row } = await findVisibleCommonProblem(ctx, id);
  if (!commonProblemPolicy.canSupervise(actor, row.jurisdictionId))
    throw forbidden('只有巡察办可以修改共性问题');
  if (row.state !== 'open')
    throw unprocessable('已申请销号或已销号的共性问题不能修改', [
      { path: 'state', message: '不能修改' },
    ]);
  const task = {
    findingIds: input.findingIds !== undefined ? uniq(input.findingIds) : row.findingIds,
    leadUnitId: input.leadUnitId ?? row.leadUnitId,
    cooperatingUnitIds:
      input.cooperatingUnitIds !== undefined
        ? uniq(input.cooperatingUnitIds)
        : row.cooperatingUnitIds,
    dueOn: input.dueOn ?? row.dueOn,
  };
  await checkTask(ctx, row.jurisdictionId, task, input.dueOn !== undefined);
  await withTransaction(ctx, async (ctx) => {
    const { version: _version, ...fields } = input;
    await updateVersioned(ctx, commonProblems, id, input.version, { ...fields, ...task });
    await emitAudit(ctx, {
      action: 'common_problem.updated',
      entityType: 'common_problem',
      entityId: id,
      jurisdictionId: row.jurisdictionId,
      detail: { fields: Object.keys(fields) },
    });
  });
  return getCommonProblem(ctx, id);
}
