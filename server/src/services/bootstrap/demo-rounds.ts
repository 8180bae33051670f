import { and, eq, inArray } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { addCalendarDays, cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Actor, type Ctx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import {
  briefings,
  cadres,
  departments,
  inspectors,
  roundTargets,
  roundTeamMembers,
  rounds,
  teams,
  terms,
  units,
  users,
} from '../../db/schema/index.js';
import { loadActor } from '../auth/load-actor.js';
import { addRelative } from '../inspectors/relatives.js';
import { addPosition } from '../inspectors/work-history.js';
import { findRecusalConflicts } from '../recusal/check-recusal.js';
import { recordBriefingResponse, requestBriefing } from '../rounds/briefings.js';
import { planRound, updateRoundPlan } from '../rounds/plan-round.js';
import { raiseClueFromActivity } from '../rounds/raise-clue-from-activity.js';
import { raiseFinding } from '../rounds/raise-finding.js';
import { recordActivity } from '../rounds/record-activity.js';
import { decideRecusalOverride, requestRecusalOverride } from '../rounds/recusal-overrides.js';
import { recordFeedback, saveReport } from '../rounds/reports.js';
import { suggestTeamMembers } from '../rounds/suggest-members.js';
import { assignTeamMember } from '../rounds/team-members.js';
import { createTerm } from '../rounds/terms.js';
import { transitionRound } from '../rounds/transition-round.js';
import { demoRounds } from './demo-petitions.js';
import { seeded } from './demo-random.js';
import {
  approveOpinion,
  archiveOpinion,
  currentPosts,
  earlierOffices,
  feedbackOpinion,
  finishedBriefings,
  finishedTargets,
  firstPosts,
  onSiteBriefings,
  onSiteTargets,
  relativeGivenNames,
  relativePosts,
  relativeRelations,
  spouseSurnames,
  submitOpinion,
  type BriefingScript,
  type Scene,
  type TargetScript,
} from './demo-round-texts.js';

type Account = 'office' | 'leader' | 'team1lead' | 'team1member' | 'team2lead' | 'team2member';
type MemberRole = 'leader' | 'deputy' | 'member';

export const demoTerm = '第十五届';
export const demoFinishedRound = '2025年第二轮常规巡察';
/** The finished round's team and targets (none of them a target of the two current rounds). */
const finishedTeam = '第三巡察组';

/**
 * The planted recusal conflicts: putting either inspector on the named team of the round on site
 * is refused with the rule (the browser test shows it). Neither serves on any demo team.
 */
export const demoRecusal = {
  employment: { inspector: '赵勇', unit: '县住建局', team: '第一巡察组' },
  relative: { inspector: '袁卫东', unit: '县民政局', team: '第二巡察组' },
} as const;

/** Ranks from the most senior: the most senior of a team's picks leads it. */
const rankOrder = [
  '科长',
  '一级主任科员',
  '副科长',
  '二级主任科员',
  '三级主任科员',
  '四级主任科员',
];
const seniority = (rank: string | null) => {
  const i = rankOrder.indexOf(rank ?? '');
  return i < 0 ? rankOrder.length : i;
};

/** The first day of the month `months` months before today's month. */
function monthStart(today: string, months: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

interface Crew {
  leader: string;
  deputy: string;
  members: string[];
  ids: string[];
}

/**
 * Loads the demo's inspection work once (false when the jurisdiction already has a term or the
 * finished round): the term 第十五届; work histories and relatives in the talent pool, with two
 * planted recusal conflicts; a round from about a year ago taken through all six stages to
 * 立卷归案; and, for the round on site that demo-petitions.ts put in place, its teams, briefings,
 * talks, document reviews and findings. Every step goes through the services as the demo account
 * who does it; the only direct writes are noted where they happen.
 */
export async function loadDemoRounds(ctx: Ctx, rootId: string): Promise<boolean> {
  const db = dbOf(ctx);
  const [term] = await db
    .select({ id: terms.id })
    .from(terms)
    .where(eq(terms.jurisdictionId, rootId))
    .limit(1);
  const [finished] = await db
    .select({ id: rounds.id })
    .from(rounds)
    .where(and(eq(rounds.jurisdictionId, rootId), eq(rounds.name, demoFinishedRound)))
    .limit(1);
  if (term || finished) return false;

  return withTransaction(ctx, async (ctx) => {
    const world = await worldOf(ctx, rootId);
    const { today } = world;
    const office = world.as('office');

    // 第十五届: five years, the current one, four years and five months in.
    const termStart = monthStart(today, 53);
    const termEnd = addCalendarDays(monthStart(today, 53 - 60), -1);
    const created = await explained('届次', () =>
      createTerm(office, { name: demoTerm, startsOn: termStart, endsOn: termEnd }),
    );

    await loadTalentPool(ctx, world);
    const finishedId = await runFinishedRound(world, created.id);
    await staffRoundOnSite(ctx, world, rootId, created.id, finishedId);

    await emitAudit(ctx, {
      action: 'system.demo_loaded',
      entityType: 'jurisdiction',
      entityId: rootId,
      jurisdictionId: rootId,
      detail: {
        part: 'rounds',
        term: demoTerm,
        rounds: [demoFinishedRound, demoRounds.regular, demoRounds.special],
        recusal: demoRecusal,
      },
    });
    return true;
  });
}

type World = Awaited<ReturnType<typeof worldOf>>;

async function worldOf(ctx: Ctx, rootId: string) {
  const db = dbOf(ctx);
  const today = cstDate(now(ctx));
  const unitRows = await db
    .select({ id: units.id, name: units.name, type: units.type })
    .from(units)
    .where(eq(units.jurisdictionId, rootId));
  const unitByName = new Map(unitRows.map((u) => [u.name, u]));
  const cadreRows = await db
    .select({ unitId: cadres.unitId, name: cadres.name, position: cadres.position })
    .from(cadres)
    .where(
      inArray(
        cadres.unitId,
        unitRows.map((u) => u.id),
      ),
    );
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  const cadreNames = new Map(
    cadreRows.map((c) => [`${unitName.get(c.unitId)}|${c.position}`, c.name] as const),
  );
  const teamRows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.jurisdictionId, rootId));
  const deptRows = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.jurisdictionId, rootId));
  const pool = await db.select().from(inspectors).where(eq(inspectors.jurisdictionId, rootId));
  pool.sort(
    (a, b) => a.name.localeCompare(b.name, 'zh') || (a.rank ?? '').localeCompare(b.rank ?? ''),
  );

  const accounts: Account[] = [
    'office',
    'leader',
    'team1lead',
    'team1member',
    'team2lead',
    'team2member',
  ];
  const userRows = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, accounts));
  const actors = new Map<Account, Actor>();
  for (const account of accounts) {
    const user = userRows.find((u) => u.username === account);
    const actor = user ? await loadActor(db, user.id, null) : null;
    if (!actor) throw new Error(`demo rounds: demo account ${account} is missing`);
    actors.set(account, actor);
  }

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`demo rounds: no ${what}`);
    return value;
  };
  return {
    today,
    as: (account: Account): Ctx => ({ ...ctx, actor: actors.get(account)! }),
    unit: (name: string) => need(unitByName.get(name), `unit ${name}`),
    cadre: (unit: string, post: string) =>
      need(cadreNames.get(`${unit}|${post}`), `${unit} ${post}`),
    teamId: (name: string) =>
      need(
        teamRows.find((t) => t.name === name),
        `team ${name}`,
      ).id,
    deptId: (name: string) =>
      need(
        deptRows.find((d) => d.name === name),
        `department ${name}`,
      ).id,
    pool,
    unitNames: unitRows.map((u) => u.name).sort(),
    inspector: (name: string) => {
      const found = pool.filter((i) => i.name === name);
      if (found.length !== 1) throw new Error(`demo rounds: no single inspector named ${name}`);
      return found[0]!;
    },
    planted: new Set<string>(),
    /** Two inspectors of one name: kept off the demo teams, where they could not be told apart. */
    namesakes: new Set(
      pool.filter((i) => pool.filter((j) => j.name === i.name).length > 1).map((i) => i.id),
    ),
  };
}

/** A failing step names what it was doing and the fields the service refused. */
async function explained<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const fields = error instanceof DomainError ? JSON.stringify(error.extra.errors ?? []) : '';
    throw new Error(`demo rounds ${what}: ${(error as Error).message} ${fields}`, {
      cause: error,
    });
  }
}

// ——— Talent pool ———————————————————————————————————————————————————————————————

/**
 * The two planted conflicts (demoRecusal), then work histories for a third of the pool and
 * relatives for half of those. Their present post is in the unit the pool already names
 * (`currentUnit`, which the engine reads anyway); earlier posts lie outside the five-year
 * look-back or outside the register, and relatives work outside the current targets.
 */
async function loadTalentPool(ctx: Ctx, world: World) {
  const office = world.as('office');
  const { today } = world;
  const r = seeded(4115);
  const int = (min: number, max: number) => min + Math.floor(r() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

  // 任职回避: until a little over two years ago a deputy director of the target.
  const former = world.inspector(demoRecusal.employment.inspector);
  world.planted.add(former.id);
  const bureau = world.unit(demoRecusal.employment.unit);
  const movedOn = monthStart(today, 27);
  const history = [
    {
      unitId: bureau.id,
      position: '城建股股长',
      fromOn: monthStart(today, 134),
      toOn: monthStart(today, 86),
    },
    {
      unitId: bureau.id,
      position: '党组成员、副局长',
      fromOn: monthStart(today, 86),
      toOn: movedOn,
    },
  ];
  for (const p of history) {
    await explained(`${former.name} 工作经历`, () =>
      addPosition(office, former.id, { ...p, toOn: addCalendarDays(p.toOn, -1) }),
    );
  }
  const current = former.currentUnit ? world.unit(former.currentUnit) : null;
  if (current)
    await explained(`${former.name} 现任职务`, () =>
      addPosition(office, former.id, { unitId: current.id, position: '副主任', fromOn: movedOn }),
    );

  // 公务回避: a relative is a deputy director of the target.
  const related = world.inspector(demoRecusal.relative.inspector);
  world.planted.add(related.id);
  const target = world.unit(demoRecusal.relative.unit);
  const cadre = world.cadre(target.name, '党组成员、副局长');
  const [gender] = await dbOf(ctx)
    .select({ gender: cadres.gender })
    .from(cadres)
    .where(and(eq(cadres.unitId, target.id), eq(cadres.name, cadre)));
  await explained(`${related.name} 亲属`, () =>
    addRelative(office, related.id, {
      name: cadre,
      relation: gender?.gender === 'female' ? '配偶' : '姐夫',
      unitId: target.id,
      position: '党组成员、副局长',
    }),
  );

  // Everyone else with a history: every third inspector, a relative for every other of them.
  const others = world.pool.filter((i) => !world.planted.has(i.id));
  for (const [k, person] of others.filter((_, i) => i % 3 === 0).entries()) {
    const third = monthStart(today, int(1, 4) * 12 + int(0, 11));
    const second = monthStart(today, int(6, 9) * 12 + int(0, 11));
    const first = monthStart(today, int(12, 18) * 12 + int(0, 11));
    const [office1, post1] = pick(earlierOffices);
    const early = pick(world.unitNames);
    const steps = [
      {
        unitId: world.unit(early).id,
        position: pick(firstPosts),
        fromOn: first,
        toOn: addCalendarDays(second, -1),
      },
      { unitName: office1, position: post1, fromOn: second, toOn: addCalendarDays(third, -1) },
    ];
    for (const step of steps)
      await explained(`${person.name} 工作经历`, () => addPosition(office, person.id, step));
    if (person.currentUnit) {
      const unit = world.unit(person.currentUnit);
      await explained(`${person.name} 现任职务`, () =>
        addPosition(office, person.id, {
          unitId: unit.id,
          position: currentPosts[unit.type] ?? '科员',
          fromOn: third,
        }),
      );
    }
    if (k % 2 === 1) continue;
    const [relation, as] = pick(relativeRelations);
    const [unitName, position, inRegister] = pick(relativePosts);
    const spouse = person.gender === 'female' ? 'male' : 'female';
    const surname = as === 'spouse' ? pick(spouseSurnames) : person.name.slice(0, 1);
    await explained(`${person.name} 亲属`, () =>
      addRelative(office, person.id, {
        name: surname + pick(relativeGivenNames[as === 'spouse' ? spouse : as]),
        relation,
        ...(inRegister ? { unitId: world.unit(unitName).id } : { unitName }),
        position,
      }),
    );
  }
}

// ——— Teams and records —————————————————————————————————————————————————————————

/**
 * Staffs a team through the suggestions (no recusal conflict, best specialty match), leaving out
 * the planted inspectors and `avoid`; the most senior pick leads, the next is deputy.
 */
async function staffTeam(
  world: World,
  roundId: string,
  teamName: string,
  specialties: string[],
  size: number,
  avoid: Set<string>,
): Promise<Crew> {
  const office = world.as('office');
  const teamId = world.teamId(teamName);
  const { items } = await explained(`${teamName} 推荐人选`, () =>
    suggestTeamMembers(office, roundId, teamId, {
      specialties,
      limit: size + avoid.size + world.planted.size + world.namesakes.size,
    }),
  );
  const picks = items
    .filter(
      (i) =>
        !avoid.has(i.inspectorId) &&
        !world.planted.has(i.inspectorId) &&
        !world.namesakes.has(i.inspectorId),
    )
    .slice(0, size);
  if (picks.length < size) throw new Error(`demo rounds: too few inspectors for ${teamName}`);
  const ordered = [...picks].sort((a, b) => seniority(a.rank) - seniority(b.rank));
  const roles: MemberRole[] = ['leader', 'deputy'];
  for (const [i, pick] of ordered.entries()) {
    await explained(`${teamName} 选派 ${pick.name}`, () =>
      assignTeamMember(office, roundId, {
        teamId,
        inspectorId: pick.inspectorId,
        role: roles[i] ?? 'member',
      }),
    );
  }
  return {
    leader: ordered[0]!.name,
    deputy: ordered[1]!.name,
    members: ordered.slice(2).map((p) => p.name),
    ids: ordered.map((p) => p.inspectorId),
  };
}

/**
 * Requests the briefings and records the answers. The service takes only due dates from today
 * on; a briefing answered before the round went on site had its due date then, so that one
 * column is set directly afterwards.
 */
async function brief(
  ctx: Ctx,
  world: World,
  roundId: string,
  scripts: BriefingScript[],
  targets: string,
  dueOn: string,
  respondedFrom: string,
) {
  const office = world.as('office');
  for (const [i, script] of scripts.entries()) {
    const answered = script.response;
    const requested = await explained(`情况通报 ${script.department}`, () =>
      requestBriefing(office, roundId, {
        source: script.source,
        departmentId: world.deptId(script.department),
        request: script.request(targets),
        dueOn: answered ? world.today : addCalendarDays(world.today, 7),
      }),
    );
    if (!answered) continue;
    await dbOf(ctx).update(briefings).set({ dueOn }).where(eq(briefings.id, requested.id));
    const respondedOn = [addCalendarDays(respondedFrom, i), world.today].sort()[0]!;
    await explained(`情况通报回复 ${script.department}`, () =>
      recordBriefingResponse(office, roundId, requested.id, {
        response: answered(targets),
        respondedOn,
        version: requested.version,
      }),
    );
  }
}

/** The on-site records, findings and clues of one target, each by the account that wrote it. */
async function recordTarget(
  world: World,
  roundId: string,
  script: TargetScript,
  scene: Scene,
  onSiteFrom: string,
  who: { lead: Account; member: Account },
) {
  const unitId = world.unit(script.unit).id;
  const ids = new Map<string, string>();
  for (const a of script.activities) {
    const by = world.as(who[a.by ?? 'lead']);
    const occurredOn = [addCalendarDays(onSiteFrom, a.day), world.today].sort()[0]!;
    const details = a.details(scene);
    if (a.followUp) details.followUpOf = ids.get(a.followUp)!;
    const saved = await explained(`${script.unit} ${a.key}`, () =>
      recordActivity(by, roundId, {
        unitId,
        method: a.method,
        occurredOn,
        place: a.place,
        summary: a.summary(scene),
        record: a.record(scene),
        unannounced: a.unannounced ?? false,
        details,
      }),
    );
    ids.set(a.key, saved.id);
  }
  for (const f of script.findings) {
    const activity = script.activities.find((a) => a.key === f.from)!;
    await explained(`${script.unit} 发现问题 ${f.from}`, () =>
      raiseFinding(world.as(who[activity.by ?? 'lead']), roundId, {
        unitId,
        activityId: ids.get(f.from)!,
        problem: f.problem(scene),
        focus: f.focus,
        disciplines: f.disciplines,
        evidence: f.evidence,
      }),
    );
  }
  for (const c of script.clues ?? []) {
    const activity = script.activities.find((a) => a.key === c.from)!;
    await explained(`${script.unit} 问题线索 ${c.from}`, () =>
      raiseClueFromActivity(world.as(who[activity.by ?? 'lead']), roundId, ids.get(c.from)!, {
        description: c.description(scene),
        accusedName: scene.cadre(c.accusedPost),
        accusedPosition: c.accusedPost,
      }),
    );
  }
}

const sceneOf = (world: World, unit: string, team: string, crew: Crew): Scene => ({
  unit,
  team,
  cadre: (post) => world.cadre(unit, post),
  leader: crew.leader,
  deputy: crew.deputy,
  members: crew.members,
});

async function step(
  world: World,
  account: Account,
  roundId: string,
  action: string,
  opinion?: string,
) {
  const round = await dbOf(world.as(account))
    .select({ version: rounds.version })
    .from(rounds)
    .where(eq(rounds.id, roundId));
  await explained(`阶段 ${action}`, () =>
    transitionRound(world.as(account), roundId, {
      action,
      version: round[0]!.version,
      opinion: opinion ?? null,
    }),
  );
}

// ——— The finished round ————————————————————————————————————————————————————————

/**
 * 2025年第二轮常规巡察: 第三巡察组 at three targets, about a year ago, through 准备 → 了解 → 报告 →
 * 反馈 → 整改督查 → 立卷归案. The office records on site (the team has no demo account). One member
 * serves despite a 地域回避 conflict, on an override the leading group approved.
 */
async function runFinishedRound(world: World, termId: string): Promise<string> {
  const office = world.as('office');
  const { today } = world;
  const startsOn = addCalendarDays(today, -340);
  const teamId = world.teamId(finishedTeam);
  const round = await explained(demoFinishedRound, () =>
    planRound(office, {
      name: demoFinishedRound,
      kind: 'regular',
      startsOn,
      endsOn: addCalendarDays(startsOn, 55),
      authorizationNo: `清巡授〔${startsOn.slice(0, 4)}〕3号`,
      termId,
      targets: finishedTargets.map((t) => ({ unitId: world.unit(t.unit).id, teamId })),
    }),
  );
  const crew = await staffTeam(
    world,
    round.id,
    finishedTeam,
    ['财务', '审计', '工程'],
    5,
    new Set(),
  );
  const waived = await approvedOverride(world, round.id, teamId, new Set(crew.ids));
  if (waived) {
    crew.members.unshift(waived.name);
    crew.ids.push(waived.id);
  }

  const names = finishedTargets.map((t) => t.unit).join('、');
  await brief(
    world.as('office'),
    world,
    round.id,
    finishedBriefings,
    names,
    addCalendarDays(startsOn, -5),
    addCalendarDays(startsOn, -9),
  );
  await step(world, 'office', round.id, 'start_on_site');

  const who = { lead: 'office', member: 'office' } as const;
  for (const script of finishedTargets) {
    const scene = sceneOf(world, script.unit, finishedTeam, crew);
    await recordTarget(world, round.id, script, scene, startsOn, who);
  }
  for (const script of finishedTargets) {
    const scene = sceneOf(world, script.unit, finishedTeam, crew);
    const problems = script.findings.map((f, i) => `${i + 1}. ${f.problem(scene)}`);
    const report = script.report!;
    await explained(`${script.unit} 巡察报告`, () =>
      saveReport(office, round.id, world.unit(script.unit).id, {
        content: [
          `关于对${script.unit}开展常规巡察情况的报告`,
          `一、巡察工作基本情况\n${report.situation(scene)}`,
          `二、发现的主要问题\n${problems.join('\n')}`,
          `三、意见建议\n${report.suggestions.map((s, i) => `${i + 1}. ${s}`).join('\n')}`,
        ].join('\n\n'),
        teamEvaluation: report.evaluation(scene),
        version: 0,
      }),
    );
  }
  await step(world, 'office', round.id, 'submit_report', submitOpinion);
  await step(world, 'leader', round.id, 'approve_report', approveOpinion);
  for (const [i, script] of finishedTargets.entries()) {
    const scene = sceneOf(world, script.unit, finishedTeam, crew);
    await explained(`${script.unit} 反馈`, () =>
      recordFeedback(office, round.id, world.unit(script.unit).id, {
        feedbackOn: addCalendarDays(startsOn, 80 + i * 2),
        attendees: script.report!.attendees(scene),
      }),
    );
  }
  await step(world, 'office', round.id, 'deliver_feedback', feedbackOpinion);
  // No clue was raised in this round, so the archive gate has none to wait for.
  await step(world, 'office', round.id, 'archive', archiveOpinion);
  return round.id;
}

/**
 * An inspector whose only conflict with the team's targets is 地域回避 (hometown), put on the
 * team after the office asked and the leading group approved an override with the reason.
 */
async function approvedOverride(world: World, roundId: string, teamId: string, taken: Set<string>) {
  const unitIds = finishedTargets.map((t) => world.unit(t.unit).id);
  for (const person of world.pool) {
    if (taken.has(person.id) || world.planted.has(person.id) || world.namesakes.has(person.id))
      continue;
    if (!person.available || !person.eligible || !person.specialties.includes('财务')) continue;
    const conflicts = await findRecusalConflicts(world.as('office'), {
      inspectorId: person.id,
      unitIds,
      roundId,
    });
    const byHometown = conflicts.every(
      (c) => c.rule === 'region' && c.evidence.field === 'hometown',
    );
    if (conflicts.length === 0 || !byHometown || !person.hometown) continue;
    const place = person.hometown;
    const requested = await explained(`${person.name} 回避例外`, () =>
      requestRecusalOverride(world.as('office'), roundId, {
        teamId,
        inspectorId: person.id,
        reason: `${person.name}籍贯${place}，自幼随父母在县城生活，在${place}无近亲属和经济往来；本轮须加强财务审查力量，拟安排其负责县财政局、水务集团财务资料审查，不参加${place}的谈话和走访。`,
      }),
    );
    await explained(`${person.name} 回避例外审批`, () =>
      decideRecusalOverride(world.as('leader'), requested.id, {
        approve: true,
        note: `同意。巡察${place}期间，该同志不参与谈话、走访和问题核实。`,
      }),
    );
    await explained(`${person.name} 选派`, () =>
      assignTeamMember(world.as('office'), roundId, {
        teamId,
        inspectorId: person.id,
        role: 'member',
      }),
    );
    return { id: person.id, name: person.name };
  }
  return null;
}

// ——— The rounds demo-petitions.ts put in place ——————————————————————————————————————

/**
 * 2026年第一轮常规巡察 (on site): its two teams staffed, briefings, the teams' records, four
 * findings and a clue. 2026年扶贫民生专项巡察 (preparation): linked to the term, a leader and a deputy.
 * Both are skipped when they are missing or already moved on (a demo folder edited by hand).
 */
async function staffRoundOnSite(
  ctx: Ctx,
  world: World,
  rootId: string,
  termId: string,
  finishedId: string,
) {
  const db = dbOf(ctx);
  const office = world.as('office');
  const named = await db
    .select()
    .from(rounds)
    .where(and(eq(rounds.jurisdictionId, rootId), inArray(rounds.name, Object.values(demoRounds))));
  const served = new Set(
    (
      await db
        .select({ id: roundTeamMembers.inspectorId })
        .from(roundTeamMembers)
        .where(eq(roundTeamMembers.roundId, finishedId))
    ).map((m) => m.id),
  );
  const hasMembers = async (roundId: string) =>
    (await db.select().from(roundTeamMembers).where(eq(roundTeamMembers.roundId, roundId))).length >
    0;

  const regular = named.find((r) => r.name === demoRounds.regular);
  if (regular?.state === 'on_site' && regular.startsOn && !(await hasMembers(regular.id))) {
    const startsOn = regular.startsOn;
    // The plan cannot be changed once on site (updateRoundPlan): the term and the 授权书 number
    // that demo-petitions.ts left out are set directly.
    await db
      .update(rounds)
      .set({ termId, authorizationNo: `清巡授〔${startsOn.slice(0, 4)}〕1号` })
      .where(eq(rounds.id, regular.id));
    const targets = await db
      .select({ unitId: roundTargets.unitId, teamId: roundTargets.teamId })
      .from(roundTargets)
      .where(eq(roundTargets.roundId, regular.id));
    const teamOf = (unit: string) =>
      targets.find((t) => t.unitId === world.unit(unit).id)?.teamId ?? null;
    const crews = new Map<string, Crew>();
    const taken = new Set(served);
    const plans: [team: string, specialties: string[], lead: Account, member: Account][] = [
      ['第一巡察组', ['工程', '财务', '审计'], 'team1lead', 'team1member'],
      ['第二巡察组', ['财务', '信访', '组织人事'], 'team2lead', 'team2member'],
    ];
    for (const [team, specialties] of plans) {
      const crew = await staffTeam(world, regular.id, team, specialties, 4, taken);
      crew.ids.forEach((id) => taken.add(id));
      crews.set(team, crew);
    }
    const names = onSiteTargets
      .filter((s) => teamOf(s.unit))
      .map((s) => s.unit)
      .join('、');
    await brief(
      ctx,
      world,
      regular.id,
      onSiteBriefings,
      names,
      addCalendarDays(startsOn, -3),
      addCalendarDays(startsOn, -6),
    );
    for (const script of onSiteTargets) {
      const teamId = teamOf(script.unit);
      const plan = plans.find(([team]) => world.teamId(team) === teamId);
      if (!plan) continue;
      const [team, , lead, member] = plan;
      const scene = sceneOf(world, script.unit, team, crews.get(team)!);
      await recordTarget(world, regular.id, script, scene, startsOn, { lead, member });
    }
  }

  const special = named.find((r) => r.name === demoRounds.special);
  if (special?.state === 'preparation' && !(await hasMembers(special.id))) {
    await explained(`${special.name} 届次`, () =>
      updateRoundPlan(office, special.id, { termId, version: special.version }),
    );
    const busy = new Set(
      (
        await db
          .select({ id: roundTeamMembers.inspectorId })
          .from(roundTeamMembers)
          .where(
            inArray(roundTeamMembers.roundId, regular ? [regular.id, finishedId] : [finishedId]),
          )
      ).map((m) => m.id),
    );
    await staffTeam(world, special.id, finishedTeam, ['农业农村', '财务'], 2, busy);
  }
}
