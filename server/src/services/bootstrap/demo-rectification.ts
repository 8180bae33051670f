import { Readable } from 'node:stream';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { addCalendarDays, cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import {
  cadres,
  disclosures,
  findings,
  rectificationItems,
  rectificationPlans,
  rounds,
  storedFiles,
  supervisionChecks,
  units,
  users,
  workflowEvents,
} from '../../db/schema/index.js';
import { loadActor } from '../auth/load-actor.js';
import { uploadFile } from '../files/files.js';
import { createDisclosure } from '../rectification/disclosures.js';
import { escalateRectification } from '../rectification/escalate.js';
import { createItem, transitionItem, updateItem } from '../rectification/items.js';
import { transitionPlan } from '../rectification/plans.js';
import { updatePlan } from '../rectification/report.js';
import { createCheck } from '../rectification/supervision-checks.js';
import { scanPdf } from './demo-clues.js';
import {
  rectificationScripts,
  unitSays,
  type Cadre,
  type Day,
  type PlanScript,
  type Scan,
  type When,
} from './demo-rectification-texts.js';
import { demoFinishedRound } from './demo-rounds.js';

type PlanRow = typeof rectificationPlans.$inferSelect;

/**
 * Loads the rectification of the finished round once (false when its plans have moved on or
 * have items, or the round is missing): 县财政局 approved and mid-rectification — an item closed
 * with evidence, one whose closure was rejected, two overdue, one awaiting review with quality
 * flags, some still running — with the office's checks and disclosures; 石桥镇 returned once and
 * submitted again; 水务集团 still drafting. The escalation scan then issues today's reminders,
 * 督办函 and 约谈 (no item is overdue long enough to be transferred for accountability).
 *
 * Every step goes through the rectification services as the office, which records the units'
 * paper submissions for them (none of the three has a demo account). As in demo-clues.ts, the
 * services take "today" from the clock, so each step is taken at load time and its story time is
 * written afterwards (`backdate`): workflow events, item, plan, check, disclosure and file
 * times. The audit log keeps the load time: it is append-only and chained.
 */
export async function loadDemoRectification(ctx: Ctx, rootId: string): Promise<boolean> {
  const db = dbOf(ctx);
  const [round] = await db
    .select({ id: rounds.id })
    .from(rounds)
    .where(and(eq(rounds.jurisdictionId, rootId), eq(rounds.name, demoFinishedRound)));
  if (!round) return false;
  const plans = await db
    .select()
    .from(rectificationPlans)
    .where(eq(rectificationPlans.roundId, round.id));
  if (plans.length === 0 || plans.some((p) => p.state !== 'drafting')) return false;
  const [drafted] = await db
    .select({ id: rectificationItems.id })
    .from(rectificationItems)
    .where(
      inArray(
        rectificationItems.planId,
        plans.map((p) => p.id),
      ),
    )
    .limit(1);
  if (drafted) return false;

  return withTransaction(ctx, async (ctx) => {
    const world = await worldOf(ctx, rootId);
    let loaded = 0;
    for (const script of rectificationScripts) {
      const plan = plans.find((p) => p.unitId === world.unitId(script.unit));
      if (!plan) continue;
      await runPlan(ctx, world, plan, script);
      loaded += 1;
    }
    const escalated = await escalateRectification(ctx, [rootId]);
    await emitAudit(ctx, {
      action: 'system.demo_loaded',
      entityType: 'jurisdiction',
      entityId: rootId,
      jurisdictionId: rootId,
      detail: { part: 'rectification', plans: loaded, escalated: { ...escalated } },
    });
    return true;
  });
}

/** A failing step names what it was doing and the fields the service refused. */
async function explained<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const fields = error instanceof DomainError ? JSON.stringify(error.extra.errors ?? []) : '';
    throw new Error(`demo rectification ${what}: ${(error as Error).message} ${fields}`, {
      cause: error,
    });
  }
}

type World = Awaited<ReturnType<typeof worldOf>>;

async function worldOf(ctx: Ctx, rootId: string) {
  const db = dbOf(ctx);
  const [office] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'office'));
  const actor = office ? await loadActor(db, office.id, null) : null;
  if (!actor) throw new Error('demo rectification: demo account office is missing');
  const unitRows = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(eq(units.jurisdictionId, rootId));
  const cadreRows = await db
    .select({ unitId: cadres.unitId, name: cadres.name, position: cadres.position })
    .from(cadres)
    .where(
      inArray(
        cadres.unitId,
        unitRows.map((u) => u.id),
      ),
    );
  const unitId = (name: string) => unitRows.find((u) => u.name === name)?.id ?? null;
  return {
    today: cstDate(now(ctx)),
    office: { ...ctx, actor },
    unitId,
    cadre: (unit: string): Cadre => {
      const id = unitId(unit);
      return (post) => {
        const found = cadreRows.find((c) => c.unitId === id && c.position === post);
        if (!found) throw new Error(`demo rectification: no ${unit} ${post}`);
        return found.name;
      };
    },
  };
}

// ——— One plan's story ————————————————————————————————————————————————————————————

interface StoryStep {
  day: string;
  seq: number;
  run: (at: Date) => Promise<void>;
}

/**
 * Runs a plan's script in the order of its story: items drafted, the plan summarised,
 * submitted and decided, the items' progress and closures, the office's checks and disclosures.
 */
async function runPlan(ctx: Ctx, world: World, plan: PlanRow, script: PlanScript) {
  const { office, today } = world;
  const c = world.cadre(script.unit);
  const dayOf = (when: When | Day) =>
    'afterFeedback' in when
      ? addCalendarDays(plan.feedbackOn, when.afterFeedback)
      : 'daysAgo' in when
        ? addCalendarDays(today, -when.daysAgo)
        : addCalendarDays(today, when.fromToday);
  const itemIds = new Map<string, string>();
  const found = await dbOf(ctx)
    .select({ id: findings.id, problem: findings.problem })
    .from(findings)
    .where(and(eq(findings.roundId, plan.roundId), eq(findings.unitId, plan.unitId)));
  const findingId = (phrase: string) => {
    const f = found.find((x) => x.problem.includes(phrase));
    if (!f) throw new Error(`demo rectification: ${script.unit} has no finding on ${phrase}`);
    return f.id;
  };
  const events: StoryStep[] = [];
  const add = (when: When, run: StoryStep['run']) =>
    events.push({ day: dayOf(when), seq: events.length, run });

  for (const item of script.items) {
    const what = `${script.unit} ${item.key}`;
    add(item.drafted, async (at) => {
      const created = await explained(what, () =>
        createItem(office, {
          planId: plan.id,
          findingId: findingId(item.finding),
          problem: item.problem ?? null,
          responsibleLeader: item.leader(c),
          responsiblePersons: item.persons?.(c) ?? null,
          measures: item.measures,
          dueOn: dayOf(item.due),
          immediateFix: item.immediateFix ?? false,
        }),
      );
      itemIds.set(item.key, created.id);
      await backdate.item(ctx, created.id, at, { createdAt: at });
    });
    for (const step of item.steps) {
      add(step.at, async (at) => {
        const id = itemIds.get(item.key)!;
        const version = await versionOf(ctx, rectificationItems, id);
        if (step.do === 'revise') {
          await explained(`${what} revise`, () =>
            updateItem(office, id, { version, measures: step.measures }),
          );
          await backdate.item(ctx, id, at, {});
          return;
        }
        const fileIds =
          'evidence' in step && step.evidence
            ? [await upload(ctx, world, step.evidence, c, at)]
            : [];
        const byUnit = step.do === 'report_progress' || step.do === 'request_closure';
        await explained(`${what} ${step.do}`, () =>
          transitionItem(office, id, {
            action: step.do,
            version,
            opinion: byUnit ? unitSays(script.unit, step.opinion) : step.opinion,
            fileIds,
          }),
        );
        await backdate.event(ctx, 'rectification_item', id, at);
        await backdate.item(ctx, id, at, {
          ...(step.do === 'request_closure' ? { closureRequestedAt: at } : {}),
          ...(step.do === 'close' ? { closedAt: at } : {}),
        });
      });
    }
  }
  for (const step of script.steps) {
    add(step.at, async (at) => {
      const version = await versionOf(ctx, rectificationPlans, plan.id);
      if (step.do === 'summary') {
        await explained(`${script.unit} summary`, () =>
          updatePlan(office, plan.id, { version, summary: step.summary(c) }),
        );
        await backdate.plan(ctx, plan.id, at, {});
        return;
      }
      await explained(`${script.unit} ${step.do}`, () =>
        transitionPlan(office, plan.id, {
          action: step.do,
          version,
          opinion:
            step.do === 'submit' && step.opinion
              ? unitSays(script.unit, step.opinion)
              : (step.opinion ?? null),
        }),
      );
      await backdate.event(ctx, 'rectification_plan', plan.id, at);
      await backdate.plan(ctx, plan.id, at, step.do === 'approve' ? { approvedAt: at } : {});
    });
  }
  for (const check of script.checks ?? []) {
    add(check.recorded, async (at) => {
      const row = await explained(`${script.unit} check`, () =>
        createCheck(office, {
          planId: plan.id,
          itemId: check.item ? itemIds.get(check.item)! : null,
          kind: check.kind,
          plannedOn: dayOf(check.plannedOn),
          doneOn: check.done ? dayOf(check.done) : null,
          result: check.result ?? null,
          note: check.note,
        }),
      );
      await dbOf(ctx)
        .update(supervisionChecks)
        .set({ createdAt: at, updatedAt: at })
        .where(eq(supervisionChecks.id, row.id));
    });
  }
  for (const d of script.disclosures ?? []) {
    add(d.at, async (at) => {
      const row = await explained(`${script.unit} disclosure`, () =>
        createDisclosure(office, {
          planId: plan.id,
          scope: d.scope,
          title: d.title,
          summary: d.summary,
          publishedOn: dayOf(d.at),
        }),
      );
      await dbOf(ctx).update(disclosures).set({ createdAt: at }).where(eq(disclosures.id, row.id));
    });
  }

  events.sort((a, b) => a.day.localeCompare(b.day) || a.seq - b.seq);
  let previous = '';
  let slot = 0;
  for (const event of events) {
    if (event.day >= today) throw new Error('demo rectification: every step lies a day back');
    slot = event.day === previous ? slot + 1 : 0;
    previous = event.day;
    await event.run(officeHours(event.day, slot));
  }
}

/** The `slot`-th step of a day: from 09:00 China time, every 25 minutes. */
function officeHours(day: string, slot: number): Date {
  const minutes = 9 * 60 + slot * 25;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return new Date(`${day}T${hh}:${mm}:00+08:00`);
}

async function versionOf(
  ctx: Ctx,
  table: typeof rectificationItems | typeof rectificationPlans,
  id: string,
): Promise<number> {
  const [row] = await dbOf(ctx)
    .select({ version: table.version })
    .from(table)
    .where(eq(table.id, id));
  return row!.version;
}

/** The office uploads the unit's scanned evidence (the same scan twice has the same hash). */
async function upload(ctx: Ctx, world: World, scan: Scan, c: Cadre, at: Date) {
  const file = await explained(`上传 ${scan.name}`, () =>
    uploadFile(world.office, { name: scan.name, stream: Readable.from(scanPdf(scan.lines(c))) }),
  );
  await dbOf(ctx).update(storedFiles).set({ createdAt: at }).where(eq(storedFiles.id, file.id));
  return file.id;
}

/** Story times written over the load's (see loadDemoRectification). */
const backdate = {
  /** The record's latest workflow event: the step just taken. */
  async event(ctx: Ctx, machine: string, entityId: string, at: Date) {
    const [last] = await dbOf(ctx)
      .select({ id: workflowEvents.id })
      .from(workflowEvents)
      .where(and(eq(workflowEvents.machine, machine), eq(workflowEvents.entityId, entityId)))
      .orderBy(desc(workflowEvents.version))
      .limit(1);
    await dbOf(ctx).update(workflowEvents).set({ at }).where(eq(workflowEvents.id, last!.id));
  },
  async item(
    ctx: Ctx,
    id: string,
    at: Date,
    times: { createdAt?: Date; closureRequestedAt?: Date; closedAt?: Date },
  ) {
    await dbOf(ctx)
      .update(rectificationItems)
      .set({ ...times, updatedAt: at })
      .where(eq(rectificationItems.id, id));
  },
  async plan(ctx: Ctx, id: string, at: Date, times: { approvedAt?: Date }) {
    await dbOf(ctx)
      .update(rectificationPlans)
      .set({ ...times, updatedAt: at })
      .where(eq(rectificationPlans.id, id));
  },
};
