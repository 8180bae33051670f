import { and, asc, eq, inArray } from 'drizzle-orm';
import { cstDate } from '../../core/calendar.js';
import type { Actor } from '../../core/context.js';
import { dbOf, now, type Ctx } from '../../core/context.js';
import {
  findings,
  rectificationEscalations,
  rectificationItems,
  rounds,
  storedFiles,
  units,
  users,
  workflowEvents,
} from '../../db/schema/index.js';
import { rectificationPolicy } from '../../policies/rectification-policy.js';
import { findVisiblePlan, type ItemRow, type PlanRow } from './find-visible-plan.js';
import { getSetting } from '../settings/get-setting.js';
import { qualityFlags } from './quality-flags.js';
import { itemMachine, planMachine } from './rectification-machines.js';
import { reportOf } from './report.js';
import { maySupervise } from './supervision-checks.js';

const DAY = 86_400_000;

/** The workflow events of records of one machine, oldest first, with the actors' names. */
export async function historyOf(ctx: Ctx, machine: string, ids: string[]) {
  if (ids.length === 0) return [];
  return dbOf(ctx)
    .select({ e: workflowEvents, actorName: users.displayName })
    .from(workflowEvents)
    .leftJoin(users, eq(users.id, workflowEvents.actorId))
    .where(and(eq(workflowEvents.machine, machine), inArray(workflowEvents.entityId, ids)))
    .orderBy(asc(workflowEvents.at), asc(workflowEvents.version));
}

/** One workflow event as the API shows it. */
export const step = ({ e, actorName }: Awaited<ReturnType<typeof historyOf>>[number]) => ({
  action: e.action,
  fromState: e.fromState,
  toState: e.toState,
  actorName,
  opinion: e.opinion,
  at: e.at.toISOString(),
});

/** The items of plans as the API shows them, with their evidence, history and actions. */
export async function presentItems(ctx: Ctx, actor: Actor, plan: PlanRow, items: ItemRow[]) {
  const today = cstDate(now(ctx));
  // Flags compare an item with the rest of its plan.
  const siblings = await dbOf(ctx)
    .select()
    .from(rectificationItems)
    .where(eq(rectificationItems.planId, plan.id));
  const fileIds = [...new Set(siblings.flatMap((i) => i.fileIds))];
  const files = fileIds.length
    ? await dbOf(ctx)
        .select({ id: storedFiles.id, name: storedFiles.name, sha256: storedFiles.sha256 })
        .from(storedFiles)
        .where(inArray(storedFiles.id, fileIds))
    : [];
  const flags = qualityFlags(
    siblings.map((i) => ({
      ...i,
      evidence: files.filter((f) => i.fileIds.includes(f.id)).map((f) => f.sha256),
    })),
    {
      approvedAt: plan.approvedAt,
      quickClosureDays: await getSetting(
        ctx,
        plan.jurisdictionId,
        'rectification.quickClosureDays',
      ),
    },
  );
  const escalations = items.length
    ? await dbOf(ctx)
        .select()
        .from(rectificationEscalations)
        .where(
          inArray(
            rectificationEscalations.itemId,
            items.map((i) => i.id),
          ),
        )
        .orderBy(asc(rectificationEscalations.issuedAt))
    : [];
  const history = await historyOf(
    ctx,
    itemMachine.name,
    items.map((i) => i.id),
  );
  return items.map((i) => ({
    id: i.id,
    planId: i.planId,
    findingId: i.findingId,
    problem: i.problem,
    responsibleLeader: i.responsibleLeader,
    responsiblePersons: i.responsiblePersons,
    measures: i.measures,
    dueOn: i.dueOn,
    immediateFix: i.immediateFix,
    state: i.state,
    overdue: i.state !== 'closed' && i.dueOn < today,
    daysLeft: Math.round((Date.parse(i.dueOn) - Date.parse(today)) / DAY),
    files: files.filter((f) => i.fileIds.includes(f.id)).map(({ id, name }) => ({ id, name })),
    flags: flags.get(i.id) ?? [],
    closureRequestedAt: i.closureRequestedAt?.toISOString() ?? null,
    closedAt: i.closedAt?.toISOString() ?? null,
    history: history.filter((h) => h.e.entityId === i.id).map(step),
    escalations: escalations
      .filter((e) => e.itemId === i.id)
      .map((e) => ({
        kind: e.kind,
        dueOn: e.dueOn,
        message: e.message,
        clueId: e.clueId,
        issuedAt: e.issuedAt.toISOString(),
      })),
    actions: itemMachine.available(actor, {
      ...i,
      unitId: plan.unitId,
      planState: plan.state,
    }),
    version: i.version,
  }));
}

/** `GET /api/rectification-plans/:id`: the plan, its findings and items, actions and history. */
export async function getPlan(ctx: Ctx, id: string) {
  const { actor, plan } = await findVisiblePlan(ctx, id);
  const db = dbOf(ctx);
  const [names] = await db
    .select({ roundName: rounds.name, unitName: units.name })
    .from(rounds)
    .innerJoin(units, eq(units.id, plan.unitId))
    .where(eq(rounds.id, plan.roundId));
  const items = await db
    .select()
    .from(rectificationItems)
    .where(eq(rectificationItems.planId, plan.id))
    .orderBy(asc(rectificationItems.createdAt));
  const found = await db
    .select({ id: findings.id, problem: findings.problem })
    .from(findings)
    .where(and(eq(findings.roundId, plan.roundId), eq(findings.unitId, plan.unitId)))
    .orderBy(asc(findings.createdAt));
  const presented = await presentItems(ctx, actor, plan, items);
  const report = await reportOf(ctx, plan.id);
  const [secretary] = plan.secretaryUserId
    ? await db
        .select({ name: users.displayName })
        .from(users)
        .where(eq(users.id, plan.secretaryUserId))
    : [];
  return {
    id: plan.id,
    jurisdictionId: plan.jurisdictionId,
    roundId: plan.roundId,
    roundName: names?.roundName ?? '',
    unitId: plan.unitId,
    unitName: names?.unitName ?? '',
    state: plan.state,
    feedbackOn: plan.feedbackOn,
    dueOn: plan.dueOn,
    summary: plan.summary,
    approvedAt: plan.approvedAt?.toISOString() ?? null,
    findings: found.map((f) => ({
      ...f,
      itemCount: items.filter((i) => i.findingId === f.id).length,
    })),
    items: presented,
    counts: {
      open: items.filter((i) => i.state === 'open').length,
      closureRequested: items.filter((i) => i.state === 'closureRequested').length,
      closed: items.filter((i) => i.state === 'closed').length,
      overdue: presented.filter((i) => i.overdue).length,
    },
    actions: planMachine.available(actor, plan),
    canEditItems: plan.state === 'drafting' && rectificationPolicy.canActForUnit(actor, plan),
    secretaryUserId: plan.secretaryUserId,
    secretaryName: secretary?.name ?? null,
    report,
    canWriteReport: plan.state === 'approved' && rectificationPolicy.canActForUnit(actor, plan),
    /** 督查 and 回头看: the office, or the team that inspected the unit, once approved. */
    canSupervise:
      plan.state !== 'drafting' && plan.state !== 'submitted' && (await maySupervise(ctx, plan)),
    canSign:
      plan.state === 'approved' &&
      report !== null &&
      !report.valid &&
      plan.secretaryUserId === actor.userId,
    timeline: (await historyOf(ctx, planMachine.name, [plan.id])).map(step),
    version: plan.version,
  };
}
