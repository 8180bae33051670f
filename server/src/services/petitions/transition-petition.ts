import { and, eq } from 'drizzle-orm';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { unprocessable } from '../../core/errors.js';
import { applyTransition } from '../../core/workflow/apply-transition.js';
import { departments, petitions } from '../../db/schema/index.js';
import { isInJurisdiction } from '../../policies/checks.js';
import { loadActor } from '../auth/load-actor.js';
import { dueDate } from '../calendar/deadlines.js';
import { getSetting } from '../settings/get-setting.js';
import { findVisiblePetition } from './find-visible-petition.js';
import { getPetition } from './list-petitions.js';
import { petitionMachine } from './petition-machine.js';
import type { PetitionRow } from './petition-types.js';

export interface PetitionTransitionInput {
  action: string;
  version: number;
  opinion?: string | null;
  handlerId?: string | null;
  handlingDepartmentId?: string | null;
  transferDepartmentId?: string | null;
  transferDueOn?: string | null;
  extensionDays?: number | null;
  answerMethod?: PetitionRow['answerMethod'];
  answeredOn?: string | null;
  answerContent?: string | null;
  /** At 登记 of a public report: the clerk's summary and 四个着力 category. */
  summary?: string | null;
  focus?: PetitionRow['focus'];
}

const invalid = (path: string, message: string) => unprocessable(message, [{ path, message }]);

async function departmentOf(ctx: Ctx, id: string, jurisdictionId: string) {
  const [dept] = await dbOf(ctx)
    .select()
    .from(departments)
    .where(and(eq(departments.id, id), eq(departments.jurisdictionId, jurisdictionId)));
  return dept ?? null;
}

/** The columns an action sets besides the state, after checking its own fields. */
async function patchFor(ctx: Ctx, p: PetitionRow, input: PetitionTransitionInput) {
  const today = cstDate(now(ctx));
  switch (input.action) {
    case 'register':
      return {
        registeredBy: ctx.actor!.userId,
        ...(input.summary?.trim() ? { summary: input.summary.trim() } : {}),
        ...(input.focus ? { focus: input.focus } : {}),
      };
    case 'approve': {
      // Acceptance starts the 60-day clock (信访工作条例).
      const days = await getSetting(ctx, p.jurisdictionId, 'petition.conclusionDays');
      return {
        acceptedOn: today,
        conclusionDueOn: await dueDate(ctx, p.jurisdictionId, now(ctx), days),
      };
    }
    case 'assign': {
      // The handler must be someone who can write the report here, or the petition would stall.
      const handler = input.handlerId ? await loadActor(dbOf(ctx), input.handlerId, null) : null;
      if (!handler) throw invalid('handlerId', '承办人不存在或已停用');
      const reporters = petitionMachine.def.transitions.report.roles;
      if (!isInJurisdiction(handler, reporters, p.jurisdictionId))
        throw invalid('handlerId', '承办人须为本辖区的信访受理员、巡察办或巡察组人员');
      if (
        input.handlingDepartmentId &&
        !(await departmentOf(ctx, input.handlingDepartmentId, p.jurisdictionId))
      ) {
        throw invalid('handlingDepartmentId', '办理部门不存在');
      }
      return {
        handlerId: handler.userId,
        handlingDepartmentId: input.handlingDepartmentId ?? null,
      };
    }
    case 'extend': {
      const max = await getSetting(ctx, p.jurisdictionId, 'petition.extensionDays');
      const days = input.extensionDays ?? 0;
      if (!Number.isInteger(days) || days < 1 || days > max) {
        throw invalid('extensionDays', `延期天数须为 1–${max} 天`);
      }
      return {
        extensionDays: days,
        conclusionDueOn: await dueDate(ctx, p.jurisdictionId, p.conclusionDueOn ?? today, days),
      };
    }
    case 'transfer': {
      const dept = input.transferDepartmentId
        ? await departmentOf(ctx, input.transferDepartmentId, p.jurisdictionId)
        : null;
      if (!dept) throw invalid('transferDepartmentId', '转办部门不存在');
      if (!input.transferDueOn || input.transferDueOn < today)
        throw invalid('transferDueOn', '回复期限不能早于今天');
      return { transferDepartmentId: dept.id, transferDueOn: input.transferDueOn };
    }
    case 'reject':
      return { notAcceptedReason: input.opinion?.trim() ?? null };
    case 'answer': {
      if (input.answeredOn && input.answeredOn > today)
        throw invalid('answeredOn', '答复日期不能晚于今天');
      if (input.answeredOn && input.answeredOn < p.receivedOn)
        throw invalid('answeredOn', '答复日期不能早于收件日期');
      if (
        p.anonymous &&
        input.answerMethod !== 'not_deliverable' &&
        input.answerMethod !== 'online'
      ) {
        throw invalid('answerMethod', '匿名信访无法送达答复时，请选择“无法送达”并说明原因');
      }
      return {
        answerMethod: input.answerMethod ?? null,
        answeredOn: input.answeredOn ?? null,
        answerContent: input.answerContent?.trim() ?? null,
      };
    }
    default:
      return {};
  }
}

/** `POST /api/petitions/:id/transitions`: one declared step, with its opinion and fields. */
export async function transitionPetition(ctx: Ctx, id: string, input: PetitionTransitionInput) {
  const { petition } = await findVisiblePetition(ctx, id);
  const record = { ...petition };
  // Check state, role and required fields before looking at the action's own fields.
  petitionMachine.check(ctx.actor!, record, input.action, { ...input });
  const patch = await patchFor(ctx, petition, input);
  await applyTransition(ctx, {
    machine: petitionMachine,
    table: petitions,
    record,
    action: input.action,
    version: input.version,
    input: { ...input },
    patch,
  });
  return getPetition(ctx, id);
}
