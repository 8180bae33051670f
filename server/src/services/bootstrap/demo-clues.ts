import { Readable } from 'node:stream';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { addCalendarDays, addMonths, cstDate } from '../../core/calendar.js';
import type { ClueAccount } from '../../core/clue-vocabulary.js';
import { dbOf, now, withTransaction, type Actor, type Ctx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { disciplineLabels } from '../../core/petition-labels.js';
import {
  activities,
  cadres,
  clueMembers,
  clueReviews,
  clueTransfers,
  clues,
  departments,
  integrityRecords,
  notifications,
  petitionAccused,
  petitions,
  rounds,
  roundTargets,
  storedFiles,
  units,
  users,
  workflowEvents,
} from '../../db/schema/index.js';
import { loadActor } from '../auth/load-actor.js';
import { dueDate } from '../calendar/deadlines.js';
import { accountDueOn } from '../clues/account-deadline.js';
import { recordReview } from '../clues/clue-reviews.js';
import { createClue, updateClue } from '../clues/create-clue.js';
import { scanClueLedger } from '../clues/ledger-scan.js';
import { proposeReceiver } from '../clues/propose-receiver.js';
import { transferClue } from '../clues/transfer-clue.js';
import { transitionClue } from '../clues/transition-clue.js';
import { uploadFile } from '../files/files.js';
import { createDepartment } from '../org/departments.js';
import { raiseClueFromPetition } from '../petitions/raise-clue.js';
import { raiseClueFromActivity } from '../rounds/raise-clue-from-activity.js';
import { getSetting } from '../settings/get-setting.js';
import {
  clueStories,
  paperReceiver,
  paperReplies,
  petitionClueText,
  reviewChair,
  reviewParticipants,
  reviewScripts,
  type ClueStory,
  type Receiver,
  type Step,
  type Who,
} from './demo-clue-texts.js';
import { demoRounds } from './demo-petitions.js';
import { onSiteTargets } from './demo-round-texts.js';

type Account =
  | 'admin'
  | 'office'
  | 'leader'
  | 'team1lead'
  | 'team1member'
  | 'team2lead'
  | 'team2member'
  | 'discipline'
  | 'organization';
const accounts: Account[] = [
  'admin',
  'office',
  'leader',
  'team1lead',
  'team1member',
  'team2lead',
  'team2member',
  'discipline',
  'organization',
];

/** Who acts for a receiver: its own account, or the office for the one served on paper. */
const receiverAccount: Record<Receiver, Account> = {
  县纪委监委: 'discipline',
  县委组织部: 'organization',
  县住房和城乡建设局: 'office',
};

/** Within a day, steps happen in this order (a review before the transfers it decides). */
const rankOf = {
  create: 0,
  hand_over: 1,
  classify: 2,
  review: 3,
  transfer: 4,
  acknowledge: 5,
  report_disposal: 6,
  record_dual_inquiry: 7,
  close: 8,
} as const;
type Moment = keyof typeof rankOf;

/** A clue of the demo as it is driven: what it is about, and when each of its steps happened. */
interface Track {
  story: ClueStory;
  id: string;
  code: string;
  who: Who;
  unitId: string | null;
  cadreId: string | null;
  times: Partial<Record<Moment, Date>>;
  reviews: Date[];
  scans: { id: string; at: Date }[];
}

interface Candidate {
  id: string;
  code: string;
  summary: string;
  receivedOn: string;
  focus: string | null;
  disciplines: string[];
  accusedIndex: number;
  accused: { name: string; position: string; unit: string; unitId: string };
  finding: string | null;
}

/**
 * Loads the clue ledger of the demo once (false when the jurisdiction already has a collective
 * review): ~35 clues from petitions, the round on site's records, audits, partner departments
 * and letters, in every account from 报账 to 销账 — 挂账 and 呆账 among them, every disposal,
 * every outcome, a 诬告, a confidential clue, one receiver served on paper — and the ledger scan
 * run over them. Clues already in the ledger (the round on site raised one) are kept.
 *
 * Every step goes through the clue services as the demo account who takes it (office, team
 * leaders and members, leader, 纪委监委, 组织部), so timelines, audit rows and notifications are
 * real. The services take "today" from the clock, and the demo runs on the real clock: each step
 * is taken at load time with today's dates, and the story's dates are written afterwards
 * (`backdate`): the clue's step times and dates, its account's start and deadline (recomputed as
 * the services compute them), its transfer letter, workflow events, reviews, integrity record,
 * scans and notifications. The audit log keeps the load time: it is append-only and chained.
 */
export async function loadDemoClues(ctx: Ctx, rootId: string): Promise<boolean> {
  const [reviewed] = await dbOf(ctx)
    .select({ id: clueReviews.id })
    .from(clueReviews)
    .where(eq(clueReviews.jurisdictionId, rootId))
    .limit(1);
  if (reviewed) return false;

  return withTransaction(ctx, async (ctx) => {
    const actors = await actorsOf(ctx);
    const as = (account: Account): Ctx => ({ ...ctx, actor: actors.get(account)! });
    await ensurePaperReceiver(ctx, rootId, as('admin'));
    const world = await worldOf(ctx, rootId, as, actors);
    const plan = await planClues(ctx, world);
    const tracks = new Map<string, Track>();

    // Every step of every clue and every review, in the order the story has them happen.
    const events: { at: number; rank: number; seq: number; run: () => Promise<void> }[] = [];
    let seq = 0;
    for (const p of plan) {
      const story = p.story;
      const stamp = world.stamp(story.at, 'create', seq);
      events.push({
        at: story.at,
        rank: rankOf.create,
        seq: seq++,
        run: async () => {
          tracks.set(story.key, await createOne(ctx, world, p, stamp));
        },
      });
      for (const step of story.steps) {
        const at = world.stamp(step.at, step.do, seq);
        events.push({
          at: step.at,
          rank: rankOf[step.do],
          seq: seq++,
          run: () => runStep(ctx, world, tracks.get(story.key)!, step, at),
        });
      }
    }
    const planned = new Set(plan.map((p) => p.story.key));
    for (const script of reviewScripts) {
      const decisions = script.decisions.filter((d) => planned.has(d.clue));
      if (decisions.length === 0) continue;
      const at = world.stamp(script.at, 'review', seq);
      events.push({
        at: script.at,
        rank: rankOf.review,
        seq: seq++,
        run: async () => {
          const review = await explained(
            `集体研判 ${addCalendarDays(world.today, -script.at)}`,
            () =>
              recordReview(as('office'), {
                jurisdictionId: rootId,
                heldOn: addCalendarDays(world.today, -script.at),
                chair: reviewChair,
                participants: reviewParticipants,
                note: script.note,
                decisions: decisions.map((d) => ({
                  clueId: tracks.get(d.clue)!.id,
                  decision: d.decision,
                  receiverDepartmentId: d.receiver ? world.deptId(d.receiver) : null,
                  note: d.note ?? null,
                })),
              }),
          );
          await dbOf(ctx)
            .update(clueReviews)
            .set({ createdAt: at, updatedAt: at })
            .where(eq(clueReviews.id, review.id));
          for (const d of decisions) tracks.get(d.clue)!.reviews.push(at);
        },
      });
    }
    events.sort((a, b) => b.at - a.at || a.rank - b.rank || a.seq - b.seq);
    for (const event of events) await event.run();

    for (const track of tracks.values()) await backdate(ctx, world, track);
    const scan = await scanClueLedger(ctx, [rootId]);
    const [{ n } = { n: 0 }] = await dbOf(ctx)
      .select({ n: sql<number>`count(*)::int` })
      .from(clues)
      .where(eq(clues.jurisdictionId, rootId));
    await emitAudit(ctx, {
      action: 'system.demo_loaded',
      entityType: 'jurisdiction',
      entityId: rootId,
      jurisdictionId: rootId,
      detail: { part: 'clues', clues: Number(n), loaded: tracks.size, scan: { ...scan } },
    });
    return true;
  });
}

/** A failing step names the clue and the fields the service refused. */
async function explained<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const fields = error instanceof DomainError ? JSON.stringify(error.extra.errors ?? []) : '';
    throw new Error(`demo clues ${what}: ${(error as Error).message} ${fields}`, {
      cause: error,
    });
  }
}

async function actorsOf(ctx: Ctx) {
  const db = dbOf(ctx);
  const rows = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, accounts));
  const actors = new Map<Account, Actor>();
  for (const account of accounts) {
    const user = rows.find((u) => u.username === account);
    const actor = user ? await loadActor(db, user.id, null) : null;
    if (!actor) throw new Error(`demo clues: demo account ${account} is missing`);
    actors.set(account, actor);
  }
  return actors;
}

/**
 * The competent department served on paper (demo-county.ts). A demo folder from before it
 * existed gets it here, from the administrator.
 */
async function ensurePaperReceiver(ctx: Ctx, rootId: string, admin: Ctx) {
  const [existing] = await dbOf(ctx)
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.jurisdictionId, rootId), eq(departments.name, paperReceiver)));
  if (existing) return;
  await explained(paperReceiver, () =>
    createDepartment(admin, {
      jurisdictionId: rootId,
      name: paperReceiver,
      kind: 'competent_department',
      hasAccounts: false,
    }),
  );
}

type World = Awaited<ReturnType<typeof worldOf>>;

async function worldOf(
  ctx: Ctx,
  rootId: string,
  as: (account: Account) => Ctx,
  actors: Map<Account, Actor>,
) {
  const db = dbOf(ctx);
  const today = cstDate(now(ctx));
  const unitRows = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(eq(units.jurisdictionId, rootId));
  const cadreRows = unitRows.length
    ? await db
        .select()
        .from(cadres)
        .where(
          inArray(
            cadres.unitId,
            unitRows.map((u) => u.id),
          ),
        )
    : [];
  const deptRows = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.jurisdictionId, rootId));
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`demo clues: no ${what}`);
    return value;
  };
  const unit = (name: string) =>
    need(
      unitRows.find((u) => u.name === name),
      `unit ${name}`,
    );
  return {
    rootId,
    today,
    as,
    userId: (account: Account) => actors.get(account)!.userId,
    unit,
    cadre: (unitName: string, post: string) =>
      need(
        cadreRows.find((c) => c.unitId === unit(unitName).id && c.position === post),
        `${unitName} ${post}`,
      ),
    cadreNamed: (unitId: string, name: string) =>
      cadreRows.find((c) => c.unitId === unitId && c.name === name),
    unitName: (id: string) => unitRows.find((u) => u.id === id)?.name ?? '',
    deptId: (name: string) =>
      need(
        deptRows.find((d) => d.name === name),
        `department ${name}`,
      ).id,
    /**
     * When a step of the story happened: `at` days before today, in office hours, in the order
     * of the day (never today: a step is always in the past of the load).
     */
    stamp: (at: number, moment: Moment, seq: number): Date => {
      if (at < 1) throw new Error('demo clues: every step lies at least a day back');
      const day = addCalendarDays(today, -at);
      const minutes = 9 * 60 + rankOf[moment] * 30 + (seq % 10) * 2;
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return new Date(`${day}T${time}:00+08:00`);
    },
  };
}

// ——— Planning: which petition and which record each clue comes from ———————————————

interface Planned {
  story: ClueStory;
  petition: Candidate | null;
  activity: { id: string; roundId: string } | null;
}

/**
 * Resolves each story's origin: petition stories get an investigated petition (received at
 * least 40 days before the clue, a different accused each), activity stories the record of the
 * round on site. A story whose origin is missing (a demo folder edited by hand) is left out.
 */
async function planClues(ctx: Ctx, world: World): Promise<Planned[]> {
  const candidates = await petitionCandidates(ctx, world);
  const onSite = await onSiteRecords(ctx, world);
  const used = new Set<string>();
  const names = new Set<string>();
  const planned = new Map<string, Planned>();
  const byAge = [...clueStories].sort((a, b) => b.at - a.at);
  for (const story of byAge) {
    const origin = story.origin;
    if (origin.kind === 'petition') {
      const latest = addCalendarDays(world.today, -(story.at + 40));
      const fits = candidates.filter(
        (c) =>
          !used.has(c.id) &&
          !names.has(c.accused.name) &&
          c.receivedOn <= latest &&
          (origin.personnel ? c.focus === 'personnel' : c.focus !== 'personnel'),
      );
      const preferred = origin.prefer ? fits.filter((c) => c.focus === origin.prefer) : [];
      // The petition received last before the clue: the clue follows its investigation.
      const pick = (preferred.length ? preferred : fits).at(-1);
      if (!pick) continue;
      used.add(pick.id);
      names.add(pick.accused.name);
      planned.set(story.key, { story, petition: pick, activity: null });
    } else if (origin.kind === 'activity') {
      const record = onSite.get(origin.activity);
      if (!record || record.age <= story.at) continue;
      planned.set(story.key, { story, petition: null, activity: record });
    } else planned.set(story.key, { story, petition: null, activity: null });
  }
  return clueStories.flatMap((s) => planned.get(s.key) ?? []);
}

/**
 * Petitions investigated and found true, whose review sent a clue to the ledger
 * (demo-petition-texts.ts reviewOpinion), with no clue raised yet: oldest first.
 */
async function petitionCandidates(ctx: Ctx, world: World): Promise<Candidate[]> {
  const db = dbOf(ctx);
  const rows = await db
    .select()
    .from(petitions)
    .where(
      and(
        eq(petitions.jurisdictionId, world.rootId),
        sql`cardinality(${petitions.clueIds}) = 0`,
        sql`exists (select 1 from ${workflowEvents} e where e.machine = 'petition'
              and e.entity_id = ${petitions.id}::text and e.action = 'review'
              and e.opinion like '%问题线索按程序移交%')`,
      ),
    )
    .orderBy(asc(petitions.receivedOn), asc(petitions.code));
  const out: Candidate[] = [];
  for (const p of rows) {
    // The accused in the order the service reads them (raiseClueFromPetition's accusedIndex).
    const accused = await db
      .select()
      .from(petitionAccused)
      .where(eq(petitionAccused.petitionId, p.id));
    const index = accused.findIndex((a) => a.kind === 'person' && a.name && a.unitId);
    const person = accused[index];
    if (!person) continue;
    const [report] = await db
      .select({ opinion: workflowEvents.opinion })
      .from(workflowEvents)
      .where(
        and(
          eq(workflowEvents.machine, 'petition'),
          eq(workflowEvents.entityId, p.id),
          eq(workflowEvents.action, 'report'),
        ),
      )
      .orderBy(desc(workflowEvents.at))
      .limit(1);
    out.push({
      id: p.id,
      code: p.code,
      summary: p.summary,
      receivedOn: p.receivedOn,
      focus: p.focus,
      disciplines: p.disciplines,
      accusedIndex: index,
      accused: {
        name: person.name!,
        position: person.position ?? '',
        unit: person.unitName ?? world.unitName(person.unitId!),
        unitId: person.unitId!,
      },
      finding: /查明：(.+?)。建议/.exec(report?.opinion ?? '')?.[1] ?? null,
    });
  }
  return out;
}

/** The records of the round on site by their script key (demo-round-texts.ts), with their age. */
async function onSiteRecords(ctx: Ctx, world: World) {
  const db = dbOf(ctx);
  const found = new Map<string, { id: string; roundId: string; age: number }>();
  const [round] = await db
    .select()
    .from(rounds)
    .where(and(eq(rounds.jurisdictionId, world.rootId), eq(rounds.name, demoRounds.regular)));
  if (!round || round.state !== 'on_site' || !round.startsOn) return found;
  const targets = await db
    .select({ unitId: roundTargets.unitId })
    .from(roundTargets)
    .where(eq(roundTargets.roundId, round.id));
  for (const script of onSiteTargets) {
    const unit = world.unit(script.unit);
    if (!targets.some((t) => t.unitId === unit.id)) continue;
    for (const a of script.activities) {
      const occurredOn = [addCalendarDays(round.startsOn, a.day), world.today].sort()[0]!;
      const [row] = await db
        .select({ id: activities.id, occurredOn: activities.occurredOn })
        .from(activities)
        .where(
          and(
            eq(activities.roundId, round.id),
            eq(activities.unitId, unit.id),
            eq(activities.method, a.method),
            eq(activities.occurredOn, occurredOn),
          ),
        )
        .limit(1);
      if (!row) continue;
      const age = Math.round(
        (Date.parse(`${world.today}T00:00:00Z`) - Date.parse(`${row.occurredOn}T00:00:00Z`)) /
          86_400_000,
      );
      found.set(a.key, { id: row.id, roundId: round.id, age });
    }
  }
  return found;
}

// ——— Driving the services ——————————————————————————————————————————————————————————

async function versionOf(ctx: Ctx, id: string): Promise<number> {
  const [row] = await dbOf(ctx)
    .select({ version: clues.version })
    .from(clues)
    .where(eq(clues.id, id));
  return row!.version;
}

/** Registers (or raises) the clue as the account the story names. */
async function createOne(ctx: Ctx, world: World, p: Planned, at: Date): Promise<Track> {
  const { story } = p;
  const origin = story.origin;
  const year = Number(addCalendarDays(world.today, -story.at).slice(0, 4));
  const what = `${story.key} 登记`;
  const track = (
    id: string,
    code: string,
    who: Who,
    unitId: string | null,
    cadreId: string | null,
  ): Track => ({
    story,
    id,
    code,
    who,
    unitId,
    cadreId,
    times: { create: at },
    reviews: [],
    scans: [],
  });
  const office = world.as('office');

  switch (origin.kind) {
    case 'manual': {
      const unit = world.unit(origin.unit);
      const cadre = origin.post ? world.cadre(origin.unit, origin.post) : null;
      const who = {
        name: cadre?.name ?? '',
        position: cadre?.position ?? '',
        unit: unit.name,
        year,
      };
      const clue = await explained(what, () =>
        createClue(office, {
          jurisdictionId: world.rootId,
          source: origin.source,
          accusedUnitId: unit.id,
          accusedCadreId: cadre?.id ?? null,
          focus: origin.focus,
          disciplines: origin.disciplines,
          description: origin.description(who),
          ...(story.confidential
            ? {
                confidential: true,
                memberIds: [world.userId('office'), world.userId('discipline')],
              }
            : {}),
        }),
      );
      return track(clue.id, clue.code, who, unit.id, cadre?.id ?? null);
    }
    case 'outsider': {
      const who = { name: origin.name, position: origin.position, unit: origin.unitName, year };
      const clue = await explained(what, () =>
        createClue(office, {
          jurisdictionId: world.rootId,
          source: origin.source,
          accusedName: origin.name,
          accusedPosition: origin.position,
          accusedUnitName: origin.unitName,
          accusedCadreLevel: origin.level,
          focus: origin.focus,
          disciplines: origin.disciplines,
          description: origin.description(who),
        }),
      );
      return track(clue.id, clue.code, who, null, null);
    }
    case 'activity': {
      const record = p.activity!;
      const [row] = await dbOf(ctx)
        .select({ unitId: activities.unitId })
        .from(activities)
        .where(eq(activities.id, record.id));
      const unitName = world.unitName(row!.unitId);
      const cadre = world.cadre(unitName, origin.post);
      const who = { name: cadre.name, position: cadre.position, unit: unitName, year };
      const clue = await explained(what, () =>
        raiseClueFromActivity(world.as(origin.by), record.roundId, record.id, {
          description: origin.description(who),
          accusedName: cadre.name,
          accusedPosition: cadre.position,
        }),
      );
      return track(clue.id, clue.code, who, row!.unitId, cadre.id);
    }
    case 'petition': {
      const petition = p.petition!;
      const who = { ...petition.accused, year };
      const [row] = await dbOf(ctx)
        .select({ version: petitions.version })
        .from(petitions)
        .where(eq(petitions.id, petition.id));
      await explained(what, () =>
        raiseClueFromPetition(world.as(origin.by), petition.id, {
          description: petitionClueText({
            ...who,
            code: petition.code,
            summary: petition.summary,
            finding: petition.finding,
            disciplines: petition.disciplines.map(
              (d) => disciplineLabels[d as keyof typeof disciplineLabels] ?? d,
            ),
          }),
          accusedIndex: petition.accusedIndex,
          version: row!.version,
        }),
      );
      const [raised] = await dbOf(ctx)
        .select({ clueIds: petitions.clueIds })
        .from(petitions)
        .where(eq(petitions.id, petition.id));
      const id = raised!.clueIds.at(-1)!;
      const [clue] = await dbOf(ctx)
        .select({ code: clues.code })
        .from(clues)
        .where(eq(clues.id, id));
      // The office links the accused to the cadre register (the petition names them only).
      const cadre = world.cadreNamed(petition.accused.unitId, petition.accused.name);
      if (cadre)
        await explained(`${story.key} 关联干部`, async () =>
          updateClue(office, id, { version: await versionOf(ctx, id), accusedCadreId: cadre.id }),
        );
      return track(id, clue!.code, who, petition.accused.unitId, cadre?.id ?? null);
    }
  }
}

/** A minimal PDF (one A4 page of text in the standard Song font): the scan of a paper reply. */
export function scanPdf(lines: readonly string[]): Buffer {
  const hex = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase();
  const content = lines
    .map((line, i) => `BT /F1 ${i === 0 ? 18 : 12} Tf 72 ${770 - i * 30} Td <${hex(line)}> Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** The office uploads the paper receiver's written reply for a step it records on its behalf. */
async function uploadReply(
  ctx: Ctx,
  world: World,
  track: Track,
  step: 'acknowledge' | 'report_disposal',
) {
  const [transfer] = await dbOf(ctx)
    .select({ letter: clueTransfers.letterNumber })
    .from(clueTransfers)
    .where(eq(clueTransfers.clueId, track.id))
    .orderBy(desc(clueTransfers.createdAt))
    .limit(1);
  const reply = paperReplies[step];
  const file = await explained(`${track.story.key} 上传 ${reply.name}`, () =>
    uploadFile(world.as('office'), {
      name: reply.name,
      stream: Readable.from(scanPdf(reply.lines(track.code, transfer?.letter ?? ''))),
    }),
  );
  return file.id;
}

/** One step of a clue's story, by whoever takes it. */
async function runStep(ctx: Ctx, world: World, track: Track, step: Step, at: Date) {
  const what = `${track.story.key} ${track.code} ${step.do}`;
  const version = () => versionOf(ctx, track.id);
  const receiver = (): Receiver => {
    const transfer = track.story.steps.find((s) => s.do === 'transfer');
    if (transfer?.do !== 'transfer') throw new Error(`demo clues ${what}: not transferred`);
    return transfer.to;
  };
  switch (step.do) {
    case 'hand_over':
      await explained(what, async () =>
        transitionClue(world.as(step.by ?? 'office'), track.id, {
          action: 'hand_over',
          version: await version(),
          opinion: step.opinion,
        }),
      );
      break;
    case 'classify': {
      const linked =
        step.linkPetitions && track.unitId ? await petitionsAbout(ctx, track.unitId) : [];
      await explained(what, async () =>
        updateClue(world.as('office'), track.id, {
          version: await version(),
          focus: step.focus,
          disciplines: step.disciplines,
          // The unit as well: its name is what the ledger shows and searches.
          ...(track.unitId ? { accusedUnitId: track.unitId } : {}),
          ...(track.cadreId ? { accusedCadreId: track.cadreId } : {}),
          ...(linked.length ? { evidencePetitionIds: linked } : {}),
        }),
      );
      return;
    }
    case 'transfer': {
      const receiverId = world.deptId(step.to);
      const [row] = await dbOf(ctx).select().from(clues).where(eq(clues.id, track.id));
      const proposal = await proposeReceiver(ctx, row!);
      const differs = proposal !== null && proposal.departmentId !== receiverId;
      await explained(what, async () =>
        transferClue(world.as('office'), track.id, {
          version: await version(),
          receiverDepartmentId: receiverId,
          changeReason: differs ? (step.changeReason ?? `经集体研判，改由${step.to}办理。`) : null,
          opinion: step.opinion,
        }),
      );
      break;
    }
    default: {
      const to = receiver();
      const account = receiverAccount[to];
      const onPaper = to === paperReceiver;
      const fileIds: string[] = [];
      if (onPaper && (step.do === 'acknowledge' || step.do === 'report_disposal')) {
        const id = await uploadReply(ctx, world, track, step.do);
        fileIds.push(id);
        track.scans.push({ id, at });
      }
      const fields =
        step.do === 'acknowledge'
          ? { opinion: step.opinion }
          : step.do === 'report_disposal'
            ? {
                opinion: step.opinion(track.who),
                disposal: step.disposal,
                disposalOn: world.today,
              }
            : step.do === 'record_dual_inquiry'
              ? {
                  opinion: step.note(track.who),
                  dualInquiryResult: step.result,
                  dualInquiryNote: step.note(track.who),
                  dualInquiryOn: world.today,
                }
              : {
                  opinion: step.note(track.who),
                  outcome: step.outcome,
                  outcomeOn: world.today,
                  outcomeNote: step.note(track.who),
                  falseAccusation: step.falseAccusation ?? false,
                  // A paper receiver's result comes with its reply: the latest scan.
                  ...(onPaper && track.scans.length ? { fileIds: [track.scans.at(-1)!.id] } : {}),
                };
      await explained(what, async () =>
        transitionClue(world.as(account), track.id, {
          action: step.do,
          version: await version(),
          ...fields,
          ...(fileIds.length ? { fileIds } : {}),
        }),
      );
    }
  }
  track.times[step.do] = at;
}

/** Petitions about a unit, as evidence for a clue about it (up to three, oldest first). */
async function petitionsAbout(ctx: Ctx, unitId: string): Promise<string[]> {
  const rows = await dbOf(ctx)
    .selectDistinct({ id: petitions.id, code: petitions.code })
    .from(petitions)
    .innerJoin(petitionAccused, eq(petitionAccused.petitionId, petitions.id))
    .where(eq(petitionAccused.unitId, unitId))
    .orderBy(asc(petitions.code))
    .limit(3);
  return rows.map((r) => r.id);
}

// ——— Backdating ——————————————————————————————————————————————————————————————————————

const reachedAt: Record<ClueAccount, Moment> = {
  recorded: 'create',
  handedOver: 'hand_over',
  transferred: 'transfer',
  underSupervision: 'acknowledge',
  closed: 'close',
};

/** The date a reported step carries in its own field (and in its workflow event's data). */
const reportedField = {
  report_disposal: 'disposalOn',
  record_dual_inquiry: 'dualInquiryOn',
  close: 'outcomeOn',
} as const;

/**
 * Writes the story's times over the load's: every column the services set from the clock, so
 * that the ledger reads as if each step had been taken on its day (the deadlines recomputed with
 * the services' own rules), and the ledger scan then finds what the story means it to find.
 */
async function backdate(ctx: Ctx, world: World, track: Track) {
  const db = dbOf(ctx);
  const [row] = await db.select().from(clues).where(eq(clues.id, track.id));
  const clue = row!;
  const t = track.times;
  const day = (at: Date | undefined) => (at ? cstDate(at) : null);

  for (const moment of Object.keys(t) as Moment[]) {
    if (moment === 'create' || moment === 'classify') continue;
    const field = reportedField[moment as keyof typeof reportedField];
    await db
      .update(workflowEvents)
      .set({
        at: t[moment]!,
        ...(field
          ? {
              data: sql`${workflowEvents.data} || ${JSON.stringify({ [field]: day(t[moment]) })}::jsonb`,
            }
          : {}),
      })
      .where(
        and(
          eq(workflowEvents.machine, 'clue'),
          eq(workflowEvents.entityId, track.id),
          eq(workflowEvents.action, moment),
        ),
      );
  }

  const moves = [
    t.create!,
    t.hand_over,
    t.transfer,
    t.acknowledge,
    t.report_disposal,
    t.record_dual_inquiry,
    t.close,
    ...track.reviews,
  ]
    .filter((d): d is Date => d !== undefined)
    .sort((a, b) => a.getTime() - b.getTime());
  const lastMoved = moves.at(-1)!;
  const since = t[reachedAt[clue.state]]!;
  const transferredOn = day(t.transfer);
  const feedbackDueOn = transferredOn
    ? await dueDate(
        ctx,
        clue.jurisdictionId,
        transferredOn,
        await getSetting(ctx, clue.jurisdictionId, 'clue.feedbackDays'),
      )
    : null;
  const disposalOn = day(t.report_disposal);
  const shelvedMonths = await getSetting(ctx, clue.jurisdictionId, 'clue.shelvedReviewMonths');
  await db
    .update(clues)
    .set({
      createdAt: t.create!,
      updatedAt: lastMoved,
      accountSince: since,
      lastMovedAt: lastMoved,
      accountDueOn: await accountDueOn(ctx, clue.jurisdictionId, clue.state, since, feedbackDueOn),
      stall: null,
      handedOverAt: t.hand_over ?? null,
      transferredAt: t.transfer ?? null,
      supervisedAt: t.acknowledge ?? null,
      closedAt: t.close ?? null,
      feedbackDueOn,
      disposalOn,
      reviewDueOn:
        clue.state !== 'closed' && clue.disposal === 'shelved' && disposalOn
          ? addMonths(disposalOn, shelvedMonths)
          : null,
      dualInquiryOn: day(t.record_dual_inquiry),
      outcomeOn: day(t.close),
    })
    .where(eq(clues.id, track.id));
  await db
    .update(clueMembers)
    .set({ createdAt: t.create! })
    .where(eq(clueMembers.clueId, track.id));

  if (t.transfer) {
    await db
      .update(clueTransfers)
      .set({
        transferredOn: transferredOn!,
        feedbackDueOn: feedbackDueOn!,
        createdAt: t.transfer,
        updatedAt: t.acknowledge ?? t.transfer,
        acknowledgedAt: t.acknowledge ?? null,
      })
      .where(eq(clueTransfers.clueId, track.id));
    // The receiver's notice named the load's deadline; it names the story's, read once signed.
    await db
      .update(notifications)
      .set({
        createdAt: t.transfer,
        title: sql`replace(${notifications.title}, ${clue.feedbackDueOn ?? ''}, ${feedbackDueOn!})`,
        readAt: t.acknowledge ?? null,
      })
      .where(
        and(
          eq(notifications.kind, 'clue.transferred'),
          eq(notifications.link, `/clues/${track.id}`),
        ),
      );
  }
  if (t.close) {
    await db
      .update(integrityRecords)
      .set({ recordedOn: day(t.close)!, createdAt: t.close })
      .where(eq(integrityRecords.clueId, track.id));
    const old =
      Date.parse(`${addCalendarDays(world.today, -7)}T00:00:00+08:00`) > t.close.getTime();
    await db
      .update(notifications)
      .set({
        createdAt: t.close,
        readAt: old ? new Date(t.close.getTime() + 3 * 3_600_000) : null,
      })
      .where(
        and(eq(notifications.kind, 'clue.closed'), eq(notifications.link, `/clues/${track.id}`)),
      );
  }
  for (const scan of track.scans)
    await db.update(storedFiles).set({ createdAt: scan.at }).where(eq(storedFiles.id, scan.id));
}
