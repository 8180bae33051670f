import { eq, inArray } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { addCalendarDays, cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Actor, type Ctx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { idNumberCheckChar } from '../../core/identity/id-number.js';
import type { answerMethods, petitionChannels } from '../../core/petition-vocabulary.js';
import {
  cadres,
  departments,
  petitions,
  rounds,
  roundTargets,
  teams,
  units,
  users,
} from '../../db/schema/index.js';
import { loadActor } from '../auth/load-actor.js';
import { linkDuplicate } from '../petitions/case-groups.js';
import type { AccusedInput, PetitionerInput, PetitionState } from '../petitions/petition-types.js';
import { registerPetition } from '../petitions/register-petition.js';
import {
  transitionPetition,
  type PetitionTransitionInput,
} from '../petitions/transition-petition.js';
import { demoUnits, surnames } from './demo-county.js';
import { seeded } from './demo-random.js';
import {
  anonymousClosings,
  anonymousOpenings,
  answerContent,
  approveOpinions,
  archiveOpinions,
  companies,
  detailSentences,
  trainingSchool,
  extendOpinion,
  focusLabel,
  hotels,
  localProjects,
  namedClosings,
  namedOpenings,
  paraphrases,
  petitionerGivenNames,
  problemTemplates,
  projectsByUnit,
  relatives,
  repeatPhrases,
  replyOpinion,
  reportOpinion,
  returnOpinion,
  reviewOpinion,
  streets,
  transferApproveOpinions,
  type Outcome,
  type ProblemTemplate,
  type Route,
  type TextVars,
} from './demo-petition-texts.js';

type Channel = (typeof petitionChannels)[number];
type AnswerMethod = (typeof answerMethods)[number];
type Account = 'clerk' | 'leader' | 'office' | 'team1lead' | 'discipline' | 'organization';

export const demoRounds = {
  regular: '2026年第一轮常规巡察',
  special: '2026年扶贫民生专项巡察',
} as const;
/** Round targets by team: the first round's two teams, then the special round's third. */
const roundOneTargets: Record<string, readonly string[]> = {
  第一巡察组: ['县住建局', '县交通运输局', '清河县城市建设投资有限公司'],
  第二巡察组: ['县民政局', '河西镇', '清河县人民医院'],
};
const roundTwoTargets: Record<string, readonly string[]> = {
  第三巡察组: ['县农业农村局', '青山乡', '青山乡张家坳村'],
};
const teamOneTargets = roundOneTargets['第一巡察组']!;

/**
 * Fictional address codes (公民身份号码 地址码) for 清河县 and its neighbours: province 13 with a
 * prefecture (99) that does not exist, so no generated number can be a real person's.
 */
const regionCodes = ['139926', '139926', '139926', '139926', '139927', '139928'];
const mobilePrefixes = ['133', '135', '137', '138', '139', '150', '152', '158', '159', '177'];
const femaleGiven = new Set([
  '秀兰',
  '玉兰',
  '桂芳',
  '小红',
  '春花',
  '瑞芳',
  '翠英',
  '淑珍',
  '凤兰',
  '红霞',
  '秋菊',
  '素琴',
]);

interface Petitioner extends PetitionerInput {
  name: string;
  /** How the letter introduces its writer (never with the name: that stays sealed). */
  self: string;
}

interface Plan {
  index: number;
  state: PetitionState;
  route: Route;
  age: number;
  round: boolean;
  channel: Channel;
  registrar: 'clerk' | 'team1lead';
  anonymous: boolean;
  petitioner: Petitioner | null;
  template: ProblemTemplate;
  vars: TextVars;
  unitName: string;
  accused: AccusedInput[];
  body: number;
  /** Which detailSentences the letter adds (a repeat keeps its original's). */
  details: number[];
  summary: string;
  content: string;
  outcome: Outcome;
  handler: 'clerk' | 'team1lead';
  extend: boolean;
  returned: 'stay' | 'again' | null;
  rejectAtOnce: boolean;
  transferDueIn: number;
  sourceDepartment: string | null;
  sourceReference: string | null;
  duplicateOf: Plan | null;
  /** Linked into a case group by the office (false: left for the similar-case finder). */
  linked: boolean;
  samePetitioner: boolean;
  /** The ID number or phone is wrong as written; the clerk keeps it, flagged. */
  flawed: boolean;
}

interface World {
  today: string;
  unitIds: Map<string, string>;
  /** Cadres by unit name and position. */
  cadres: Map<string, { name: string; position: string; gender: 'male' | 'female' | null }>;
  cadreNames: Set<string>;
}

interface Slot {
  state: PetitionState;
  route: Route;
  age: [number, number];
  round?: boolean;
  extend?: boolean;
  returned?: 'stay' | 'again';
  rejectAtOnce?: boolean;
  transferDueIn?: [number, number];
}

const slot = (n: number, s: Slot): Slot[] => Array.from({ length: n }, () => ({ ...s }));

/**
 * Every state of the machine, with ages (days before today) that make sense for it: fresh,
 * due-soon (acceptance due in 1–3 days) and overdue registrations, closed ones months back.
 */
const slots: Slot[] = [
  ...slot(6, { state: 'registered', route: 'investigate', age: [0, 10] }),
  ...slot(1, { state: 'registered', route: 'discipline', age: [0, 10] }),
  ...slot(1, { state: 'registered', route: 'reject', age: [0, 10] }),
  ...slot(3, { state: 'registered', route: 'investigate', age: [12, 14] }),
  ...slot(5, { state: 'registered', route: 'investigate', age: [17, 55] }),
  ...slot(1, { state: 'registered', route: 'organization', age: [17, 55] }),
  ...slot(1, { state: 'registered', route: 'reject', age: [17, 40] }),
  ...slot(2, { state: 'registered', route: 'investigate', age: [20, 45], returned: 'stay' }),
  ...slot(4, { state: 'proposed', route: 'investigate', age: [1, 10] }),
  ...slot(1, { state: 'proposed', route: 'reject', age: [1, 10] }),
  ...slot(2, { state: 'proposed', route: 'investigate', age: [12, 14] }),
  ...slot(3, { state: 'proposed', route: 'investigate', age: [17, 60] }),
  ...slot(2, { state: 'proposed', route: 'discipline', age: [17, 50] }),
  ...slot(1, { state: 'proposed', route: 'organization', age: [17, 50] }),
  ...slot(1, { state: 'proposed', route: 'investigate', age: [18, 30], returned: 'again' }),
  ...slot(6, { state: 'approved', route: 'investigate', age: [3, 25] }),
  ...slot(1, { state: 'approved', route: 'discipline', age: [3, 20] }),
  ...slot(1, { state: 'approved', route: 'organization', age: [3, 20] }),
  ...slot(18, { state: 'investigating', route: 'investigate', age: [10, 75] }),
  ...slot(2, { state: 'investigating', route: 'investigate', age: [50, 80], extend: true }),
  ...slot(8, { state: 'reported', route: 'investigate', age: [30, 90] }),
  ...slot(1, { state: 'reported', route: 'investigate', age: [80, 110], extend: true }),
  ...slot(8, { state: 'reviewed', route: 'investigate', age: [40, 100] }),
  ...slot(6, { state: 'transferred', route: 'discipline', age: [8, 60], transferDueIn: [8, 30] }),
  ...slot(2, { state: 'transferred', route: 'discipline', age: [25, 45], transferDueIn: [1, 3] }),
  ...slot(4, { state: 'transferred', route: 'organization', age: [8, 60] }),
  ...slot(1, { state: 'transferred', route: 'organization', age: [25, 45], transferDueIn: [2, 3] }),
  ...slot(6, { state: 'reply_received', route: 'discipline', age: [40, 120] }),
  ...slot(3, { state: 'reply_received', route: 'organization', age: [40, 120] }),
  ...slot(6, { state: 'not_accepted', route: 'reject', age: [8, 90] }),
  ...slot(2, { state: 'not_accepted', route: 'reject', age: [5, 30], rejectAtOnce: true }),
  ...slot(12, { state: 'answered', route: 'investigate', age: [60, 150] }),
  ...slot(3, { state: 'answered', route: 'discipline', age: [50, 150] }),
  ...slot(2, { state: 'answered', route: 'organization', age: [50, 150] }),
  ...slot(3, { state: 'answered', route: 'reject', age: [20, 120] }),
  ...slot(34, { state: 'archived', route: 'investigate', age: [90, 300] }),
  ...slot(9, { state: 'archived', route: 'discipline', age: [80, 300] }),
  ...slot(5, { state: 'archived', route: 'organization', age: [80, 300] }),
  ...slot(8, { state: 'archived', route: 'reject', age: [40, 300] }),
  // Received by 第一巡察组 on site in the first round (it began 28 days ago).
  ...slot(2, { state: 'registered', route: 'investigate', age: [0, 8], round: true }),
  ...slot(1, { state: 'registered', route: 'investigate', age: [17, 24], round: true }),
  ...slot(1, { state: 'proposed', route: 'investigate', age: [3, 10], round: true }),
  ...slot(1, { state: 'proposed', route: 'investigate', age: [17, 24], round: true }),
  ...slot(2, { state: 'approved', route: 'investigate', age: [8, 20], round: true }),
  ...slot(4, { state: 'investigating', route: 'investigate', age: [10, 26], round: true }),
  ...slot(1, {
    state: 'investigating',
    route: 'investigate',
    age: [20, 26],
    round: true,
    extend: true,
  }),
  ...slot(2, { state: 'reported', route: 'investigate', age: [18, 26], round: true }),
  ...slot(1, { state: 'transferred', route: 'discipline', age: [14, 24], round: true }),
];

/** Non-round channels, as many of each as there are slots for them (185 in all). */
const channelCounts: [Channel, number][] = [
  ['letter', 38],
  ['visit', 26],
  ['phone', 27],
  ['online', 40],
  ['mailbox', 13],
  ['department_transfer', 26],
  ['office_transfer', 15],
];
const anonymousShare: Record<Channel, number> = {
  letter: 0.4,
  visit: 0,
  phone: 0.2,
  online: 0.5,
  mailbox: 0.85,
  department_transfer: 0.1,
  office_transfer: 0.2,
  round: 0.2,
};
/** Sizes of the duplicate groups; the last two are left unlinked for the similar-case finder. */
const groupSizes = [2, 3, 2, 4, 2, 3, 2, 2];
const UNLINKED_GROUPS = 2;

function makeRandom(seed: number) {
  const random = seeded(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  function shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  }
  return { random, int, pick, chance, shuffle };
}
type Random = ReturnType<typeof makeRandom>;

/** A valid 18-digit ID number (GB 11643 checksum) for a fictional address code. */
function idNumber(r: Random, female: boolean): string {
  const birth = `${r.int(1950, 2001)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;
  const sequence = String(r.int(0, 499) * 2 + (female ? 0 : 1)).padStart(3, '0');
  const first17 = r.pick(regionCodes) + birth + sequence;
  return first17 + idNumberCheckChar(first17);
}

/** Deliberately wrong ID numbers, as people write them: each is kept and flagged. */
const brokenIdNumbers: ((valid: string) => string)[] = [
  // Check character mistyped.
  (valid) => valid.slice(0, 17) + (valid[17] === '3' ? '4' : '3'),
  // 31 February.
  (valid) => {
    const first17 = `${valid.slice(0, 6)}19870231${valid.slice(14, 17)}`;
    return first17 + idNumberCheckChar(first17);
  },
  // A digit left out.
  (valid) => valid.slice(0, 9) + valid.slice(10),
  // The old 15-digit card.
  (valid) => valid.slice(0, 6) + valid.slice(8, 14) + valid.slice(14, 17),
];
const brokenPhones = ['1583123489', '0319-1234'];

function unitOf(name: string) {
  const unit = demoUnits.find((u) => u.name === name);
  if (!unit) throw new Error(`demo petitions: unknown unit ${name}`);
  return unit;
}

function whereOf(r: Random, unitName: string) {
  const unit = unitOf(unitName);
  if (unit.type === 'village' || unit.type === 'community') {
    return { township: unit.parent!, village: unit.name.slice(unit.parent!.length) };
  }
  if (unit.type === 'township') return { township: unit.name, village: '' };
  const town = r.pick(demoUnits.filter((u) => u.type === 'township'));
  return { township: town.name, village: '' };
}

function personOf(
  r: Random,
  world: World,
  where: { township: string; village: string },
  insiderOf: string | null,
): Petitioner {
  let name = '';
  let given = '';
  do {
    given = r.pick(petitionerGivenNames);
    name = r.pick([...surnames]) + given;
  } while (world.cadreNames.has(name));
  const female = femaleGiven.has(given);
  const local = r.chance(0.75) || !!where.village;
  const address = !local
    ? `清河县${r.pick(['城关镇', '河西镇', '石桥镇'])}${r.pick(streets)}${r.int(2, 188)}号`
    : where.village
      ? `清河县${where.township}${where.village}${r.int(1, 9)}组`
      : `清河县${where.township}${r.pick(streets)}${r.int(2, 120)}号院${r.int(1, 4)}单元`;
  const phone = r.chance(0.15)
    ? `0319-${r.int(2, 8)}${String(r.int(0, 999999)).padStart(6, '0')}`
    : r.pick(mobilePrefixes) + String(r.int(0, 99_999_999)).padStart(8, '0');
  const self = insiderOf
    ? `${insiderOf}的一名干部`
    : where.village
      ? `${where.township}${where.village}村民`
      : `${address.slice(3, 6)}居民`;
  return {
    name,
    idNumber: r.chance(0.75) ? idNumber(r, female) : null,
    phone: r.chance(0.9) ? phone : null,
    address: r.chance(0.85) ? address : null,
    self,
  };
}

function whenBefore(r: Random, receivedOn: string): string {
  const day = addCalendarDays(receivedOn, -r.int(25, 240));
  return `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月`;
}

function amountIn(r: Random, [min, max]: readonly [number, number]): string {
  const value = min + r.random() * (max - min);
  return max >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

function varsFor(
  r: Random,
  world: World,
  template: ProblemTemplate,
  unitName: string,
  receivedOn: string,
): TextVars {
  const unit = unitOf(unitName);
  const where = whereOf(r, unitName);
  const posts = template.posts.filter((i) => i < unit.posts.length);
  const position = unit.posts[r.pick(posts.length ? posts : [0])]![0];
  const person = world.cadres.get(`${unitName}|${position}`);
  if (!person) throw new Error(`demo petitions: no cadre ${position} in ${unitName}`);
  const secondPosition =
    template.secondPost !== undefined ? unit.posts[template.secondPost]?.[0] : undefined;
  const second = secondPosition
    ? (world.cadres.get(`${unitName}|${secondPosition}`) ?? null)
    : null;
  const place = where.village || where.township;
  const projects =
    template.projects?.(place) ?? projectsByUnit[unitName] ?? localProjects.map((p) => p(place));
  return {
    name: person.name,
    position,
    unit: unitName,
    second,
    township: where.township,
    village: where.village,
    place,
    project: r.pick(projects),
    company: template.key === 'training_subsidy' ? trainingSchool : r.pick(companies),
    relative: r.pick(relatives),
    hotel: r.pick(hotels),
    amount: amountIn(r, template.amount),
    small: r.pick(['600', '800', '1000', '1500', '2000', '3000']),
    count: r.int(2, 9),
    when: whenBefore(r, receivedOn),
    tail: String(r.int(100, 999)),
    he: person.gender === 'female' ? '她' : '他',
  };
}

function accusedOf(template: ProblemTemplate, v: TextVars, world: World): AccusedInput[] {
  const unitId = world.unitIds.get(v.unit)!;
  const person: AccusedInput = { kind: 'person', name: v.name, position: v.position, unitId };
  const second: AccusedInput[] = v.second
    ? [{ kind: 'person', name: v.second.name, position: v.second.position, unitId }]
    : [];
  switch (template.accused) {
    case 'person':
      return [person, ...second];
    case 'both':
      return [person, { kind: 'unit', unitId }];
    case 'unit':
      return [{ kind: 'unit', unitId }];
    case 'company':
      return [{ kind: 'unit', unitName: v.company }];
  }
}

function channelPrefix(r: Random, p: Plan): string {
  switch (p.channel) {
    case 'letter':
      return '';
    case 'visit':
      return `来访登记：来访人（${r.int(1, 3)}人）到县委巡察办信访接待室反映。`;
    case 'phone':
      return '来电记录：';
    case 'online':
      return '（网上举报平台提交）';
    case 'mailbox':
      return '（巡察意见箱投递，原件已扫描存档）';
    case 'department_transfer':
      return `${p.sourceDepartment}以信访事项转送单（${p.sourceReference}）转来，原件内容如下：`;
    case 'office_transfer':
      return `县委巡察办交办（${p.sourceReference}），信访内容如下：`;
    case 'round':
      return `第一巡察组在${p.unitName}巡察期间收到${r.pick(['来信', '来访', '举报电话'])}：`;
  }
}

function paraphrase(r: Random, text: string): string {
  return paraphrases.reduce((t, [from, to]) => (r.chance(0.4) ? t.replaceAll(from, to) : t), text);
}

/** Opening, body and closing; a repeat says so and is paraphrased. */
function writeText(r: Random, p: Plan) {
  const v = p.vars;
  const opening = p.petitioner
    ? r.pick(namedOpenings)(p.petitioner.self)
    : r.pick(anonymousOpenings);
  const closing = r.pick(p.petitioner ? namedClosings : anonymousClosings);
  const repeat = p.duplicateOf && p.samePetitioner ? r.pick(repeatPhrases) : '';
  const details = p.details.map((d) => detailSentences[d]!(v)).join('');
  let body = p.template.bodies[p.body]!(v) + details;
  if (p.duplicateOf) body = paraphrase(r, body);
  return {
    summary: (p.duplicateOf && p.samePetitioner ? '再次' : '') + p.template.summary(v),
    content: channelPrefix(r, p) + opening + repeat + body + closing,
  };
}

interface Repeat {
  base: number;
  linked: boolean;
  samePetitioner: boolean;
}

/**
 * 重复件: ~8 matters petitioned 2–4 times (the same petitioner again, or a neighbour about the
 * same person), on later days by other channels. A repeat is still open, or was not accepted
 * as a repeat; the last groups stay unlinked so that the similar-case finder has work.
 * Chosen by slot before any text is written, so that the problems spread over the originals.
 */
function planRepeats(r: Random, ages: number[]): Map<number, Repeat> {
  const repeats = new Map<number, Repeat>();
  const used = new Set<number>();
  const closed: PetitionState[] = [
    'investigating',
    'reported',
    'reviewed',
    'reply_received',
    'answered',
    'archived',
  ];
  const indexes = slots.map((_, i) => i);
  groupSizes.forEach((size, g) => {
    const unlinked = g >= groupSizes.length - UNLINKED_GROUPS;
    const base = r.pick(
      indexes.filter((i) => {
        const s = slots[i]!;
        if (s.round || used.has(i) || s.route === 'reject') return false;
        return unlinked
          ? (s.state === 'investigating' || s.state === 'approved') && ages[i]! >= 15
          : closed.includes(s.state) && ages[i]! >= 45;
      }),
    );
    used.add(base);
    const copies = r
      .shuffle(
        indexes.filter((i) => {
          const s = slots[i]!;
          if (s.round || used.has(i) || s.returned || ages[i]! >= ages[base]! - 4) return false;
          if (unlinked) return s.state === 'registered';
          return (
            s.state === 'registered' ||
            s.state === 'proposed' ||
            (s.route === 'reject' && !s.rejectAtOnce)
          );
        }),
      )
      .slice(0, size - 1);
    for (const i of copies) {
      used.add(i);
      repeats.set(i, { base, linked: !unlinked, samePetitioner: g % 2 === 0 });
    }
  });
  return repeats;
}

/** The whole demo as data: who petitions about whom, by which channel, and how far it got. */
function planPetitions(world: World): Plan[] {
  const r = makeRandom(20_260_302);
  const ages = slots.map((s) => r.int(...s.age));
  const pool = r.shuffle(channelCounts.flatMap(([c, n]) => Array<Channel>(n).fill(c)));
  const channels = slots.map((s): Channel => (s.round ? 'round' : pool.pop()!));
  const repeats = planRepeats(r, ages);
  const usage = new Map<string, number>();
  const unitsUsed = new Set<string>();
  const bodyUse = new Map<string, number>();

  // The least used problem relative to how many units it fits, in a unit it was not yet about:
  // two petitions on the same problem and unit would be duplicates the demo did not mean.
  const templateFor = (route: Route, round: boolean) => {
    const fits = problemTemplates.filter(
      (t) =>
        t.routes.includes(route) && (!round || t.units.some((u) => teamOneTargets.includes(u))),
    );
    const load = (t: ProblemTemplate) => (usage.get(t.key) ?? 0) / Math.min(t.units.length, 4);
    const least = Math.min(...fits.map(load));
    const template = r.pick(fits.filter((t) => load(t) === least));
    usage.set(template.key, (usage.get(template.key) ?? 0) + 1);
    return template;
  };
  const unitFor = (template: ProblemTemplate, round: boolean) => {
    const fits = round ? template.units.filter((u) => teamOneTargets.includes(u)) : template.units;
    const fresh = fits.filter((u) => !unitsUsed.has(`${template.key}|${u}`));
    const unit = r.pick(fresh.length ? fresh : fits);
    unitsUsed.add(`${template.key}|${unit}`);
    return unit;
  };
  // Personal claims are never anonymous; a visitor gives a name at the desk.
  const anonymousFor = (channel: Channel, template: ProblemTemplate) =>
    channel !== 'visit' &&
    !['neighbour_dispute', 'pension', 'court_ruling', 'wage_arrears'].includes(template.key) &&
    r.chance(anonymousShare[channel]);

  const plans: Plan[] = [];
  const make = (index: number, fields: Pick<Plan, 'template' | 'vars' | 'unitName' | 'body'>) => {
    const s = slots[index]!;
    const round = !!s.round;
    const outcomeRoll = r.random();
    const plan: Plan = {
      ...fields,
      index,
      state: s.state,
      route: s.route,
      age: ages[index]!,
      round,
      channel: channels[index]!,
      registrar: round ? 'team1lead' : 'clerk',
      anonymous: false,
      petitioner: null,
      accused: accusedOf(fields.template, fields.vars, world),
      details: r
        .shuffle(detailSentences.map((_, i) => i))
        .slice(0, r.int(1, 2))
        .sort((a, b) => a - b),
      summary: '',
      content: '',
      outcome: outcomeRoll < 0.4 ? 'true' : outcomeRoll < 0.75 ? 'partly' : 'false',
      handler:
        round || teamOneTargets.includes(fields.unitName) || r.chance(0.25) ? 'team1lead' : 'clerk',
      extend: !!s.extend,
      returned: s.returned ?? null,
      rejectAtOnce: !!s.rejectAtOnce,
      transferDueIn: s.transferDueIn ? r.int(...s.transferDueIn) : r.int(10, 30),
      sourceDepartment: null,
      sourceReference: null,
      duplicateOf: null,
      linked: false,
      samePetitioner: false,
      flawed: false,
    };
    plans[index] = plan;
    return plan;
  };

  for (const [index, s] of slots.entries()) {
    if (repeats.has(index)) continue;
    const template = templateFor(s.route, !!s.round);
    const unitName = unitFor(template, !!s.round);
    const vars = varsFor(r, world, template, unitName, addCalendarDays(world.today, -ages[index]!));
    const body = (bodyUse.get(template.key) ?? r.int(0, 2)) % template.bodies.length;
    bodyUse.set(template.key, body + 1);
    const p = make(index, { template, vars, unitName, body });
    p.anonymous = anonymousFor(p.channel, template);
    if (!p.anonymous) {
      p.petitioner = personOf(r, world, whereOf(r, unitName), template.insider ? unitName : null);
    }
  }
  for (const [index, repeat] of repeats) {
    const base = plans[repeat.base]!;
    const p = make(index, {
      template: base.template,
      vars: base.vars,
      unitName: base.unitName,
      body: base.body,
    });
    p.duplicateOf = base;
    p.details = base.details;
    p.linked = repeat.linked;
    p.samePetitioner = repeat.samePetitioner && !base.anonymous;
    p.handler = base.handler;
    if (p.route !== 'reject') p.route = base.route;
    if (p.samePetitioner) {
      p.petitioner = base.petitioner;
      if (p.channel === base.channel) p.channel = base.channel === 'letter' ? 'online' : 'letter';
    } else if (base.anonymous) {
      p.anonymous = true;
      if (p.channel === 'visit') p.channel = 'phone';
    } else {
      p.anonymous = anonymousFor(p.channel, base.template);
      if (!p.anonymous) p.petitioner = personOf(r, world, whereOf(r, base.unitName), null);
    }
  }

  // Transfer letters are numbered by the sending office, in the order they were sent.
  const references = new Map<string, number>();
  for (const p of [...plans].sort((a, b) => b.age - a.age || a.index - b.index)) {
    const year = addCalendarDays(world.today, -p.age).slice(0, 4);
    const reference = (prefix: string) => {
      const n = (references.get(prefix + year) ?? r.int(3, 20)) + r.int(1, 4);
      references.set(prefix + year, n);
      return `${prefix}〔${year}〕${n}号`;
    };
    if (p.channel === 'department_transfer') {
      const petitionBureau = r.chance(0.75);
      p.sourceDepartment = petitionBureau ? '县信访局' : '县纪委监委';
      p.sourceReference = reference(petitionBureau ? '清信转' : '清纪信转');
    } else if (p.channel === 'office_transfer') {
      p.sourceDepartment = '县委巡察办';
      p.sourceReference = reference('清巡办交');
    }
  }
  planFlaws(r, plans);
  for (const p of plans) Object.assign(p, writeText(r, p));
  return plans;
}

/** A few ID numbers and phones written wrong, as they arrive: kept, and flagged. */
function planFlaws(r: Random, plans: Plan[]) {
  const withId = r.shuffle(
    plans.filter((p) => p.petitioner?.idNumber && !p.duplicateOf && !isBase(plans, p)),
  );
  brokenIdNumbers.forEach((broken, i) => {
    const p = withId[i]!;
    p.petitioner = { ...p.petitioner!, idNumber: broken(p.petitioner!.idNumber!) };
    p.flawed = true;
  });
  const withPhone = plans.filter(
    (p) =>
      p.petitioner?.phone && !p.duplicateOf && !isBase(plans, p) && !withId.slice(0, 4).includes(p),
  );
  brokenPhones.forEach((phone, i) => {
    const p = withPhone[(i + 1) * 7]!;
    p.petitioner = { ...p.petitioner!, phone };
    p.flawed = true;
  });
}

const isBase = (plans: Plan[], p: Plan) => plans.some((q) => q.duplicateOf === p);

/** Loads the demo's rounds and petitions once; false when the jurisdiction already has them. */
export async function loadDemoPetitions(ctx: Ctx, rootId: string): Promise<boolean> {
  const db = dbOf(ctx);
  const [existing] = await db
    .select({ id: petitions.id })
    .from(petitions)
    .where(eq(petitions.jurisdictionId, rootId))
    .limit(1);
  const [existingRound] = await db
    .select({ id: rounds.id })
    .from(rounds)
    .where(eq(rounds.jurisdictionId, rootId))
    .limit(1);
  if (existing || existingRound) return false;

  return withTransaction(ctx, async (ctx) => {
    const db = dbOf(ctx);
    const today = cstDate(now(ctx));
    const unitRows = await db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(eq(units.jurisdictionId, rootId));
    const unitIds = new Map(unitRows.map((u) => [u.name, u.id]));
    const cadreRows = await db
      .select({
        name: cadres.name,
        position: cadres.position,
        gender: cadres.gender,
        unitId: cadres.unitId,
      })
      .from(cadres)
      .where(inArray(cadres.unitId, [...unitIds.values()]));
    const unitNames = new Map(unitRows.map((u) => [u.id, u.name]));
    const world: World = {
      today,
      unitIds,
      cadres: new Map(
        cadreRows.map((c) => [`${unitNames.get(c.unitId)}|${c.position}`, c] as const),
      ),
      cadreNames: new Set(cadreRows.map((c) => c.name)),
    };
    const deptRows = await db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(eq(departments.jurisdictionId, rootId));
    const deptId = (name: string) => {
      const dept = deptRows.find((d) => d.name === name);
      if (!dept) throw new Error(`demo petitions: no department ${name}`);
      return dept.id;
    };
    const teamRows = await db
      .select({ id: teams.id, name: teams.name })
      .from(teams)
      .where(eq(teams.jurisdictionId, rootId));
    const teamId = (name: string) => teamRows.find((t) => t.name === name)!.id;

    const accounts: Account[] = [
      'clerk',
      'leader',
      'office',
      'team1lead',
      'discipline',
      'organization',
    ];
    const userRows = await db
      .select({ id: users.id, username: users.username })
      .from(users)
      .where(inArray(users.username, accounts));
    const actors = new Map<Account, Actor>();
    for (const account of accounts) {
      const user = userRows.find((u) => u.username === account);
      const actor = user ? await loadActor(db, user.id, null) : null;
      if (!actor) throw new Error(`demo petitions: demo account ${account} is missing`);
      actors.set(account, actor);
    }
    const as = (account: Account): Ctx => ({ ...ctx, actor: actors.get(account)! });

    // Rounds have no service yet (the rounds issue adds one): written directly.
    const [roundOne] = await db
      .insert(rounds)
      .values({
        jurisdictionId: rootId,
        name: demoRounds.regular,
        kind: 'regular',
        state: 'on_site',
        startsOn: addCalendarDays(today, -28),
        endsOn: addCalendarDays(today, 32),
        createdBy: actors.get('office')!.userId,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning({ id: rounds.id });
    const [roundTwo] = await db
      .insert(rounds)
      .values({
        jurisdictionId: rootId,
        name: demoRounds.special,
        kind: 'special',
        state: 'preparation',
        startsOn: addCalendarDays(today, 25),
        endsOn: addCalendarDays(today, 85),
        createdBy: actors.get('office')!.userId,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      })
      .returning({ id: rounds.id });
    const targets = [
      ...Object.entries(roundOneTargets).flatMap(([team, names]) =>
        names.map((name) => ({ roundId: roundOne!.id, team, name })),
      ),
      ...Object.entries(roundTwoTargets).flatMap(([team, names]) =>
        names.map((name) => ({ roundId: roundTwo!.id, team, name })),
      ),
    ];
    await db.insert(roundTargets).values(
      targets.map((t) => ({
        roundId: t.roundId,
        unitId: unitIds.get(t.name)!,
        teamId: teamId(t.team),
      })),
    );

    const plans = planPetitions(world);
    const ids = new Map<Plan, { id: string; code: string }>();
    const ordered = [...plans].sort((a, b) => b.age - a.age || a.index - b.index);
    const r = makeRandom(7);
    for (const p of ordered) {
      const id = await explained(`#${p.index} ${p.state} 登记`, () =>
        registerPetition(as(p.registrar), {
          jurisdictionId: rootId,
          channel: p.channel,
          roundId: p.round ? roundOne!.id : null,
          sourceDepartmentId: p.sourceDepartment ? deptId(p.sourceDepartment) : null,
          sourceReference: p.sourceReference,
          receivedOn: addCalendarDays(today, -p.age),
          anonymous: p.anonymous,
          petitioner: p.petitioner
            ? {
                name: p.petitioner.name,
                idNumber: p.petitioner.idNumber ?? null,
                phone: p.petitioner.phone ?? null,
                address: p.petitioner.address ?? null,
              }
            : null,
          accused: p.accused,
          focus: p.template.focus,
          disciplines: [...p.template.disciplines],
          summary: p.summary,
          content: p.content,
          keepFlagged: p.flawed,
        }),
      );
      const [row] = await db
        .select({ code: petitions.code })
        .from(petitions)
        .where(eq(petitions.id, id));
      ids.set(p, { id, code: row!.code });
      await handle(r, p, id, {
        today,
        as,
        actors,
        deptId,
        baseCode: p.duplicateOf ? ids.get(p.duplicateOf)!.code : null,
      });
    }

    const office = as('office');
    let groups = 0;
    for (const base of plans.filter((p) => plans.some((c) => c.duplicateOf === p && c.linked))) {
      groups += 1;
      for (const copy of plans.filter((c) => c.duplicateOf === base && c.linked)) {
        await linkDuplicate(office, ids.get(copy)!.id, { duplicateOfId: ids.get(base)!.id });
      }
    }
    await emitAudit(ctx, {
      action: 'system.demo_loaded',
      entityType: 'jurisdiction',
      entityId: rootId,
      jurisdictionId: rootId,
      detail: {
        part: 'petitions',
        rounds: [demoRounds.regular, demoRounds.special],
        petitions: plans.length,
        caseGroups: groups,
      },
    });
    return true;
  });
}

/** A failing step names the planned petition and the fields the service refused. */
async function explained<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const fields = error instanceof DomainError ? JSON.stringify(error.extra.errors ?? []) : '';
    throw new Error(`demo petitions ${what}: ${(error as Error).message} ${fields}`, {
      cause: error,
    });
  }
}

interface Handling {
  today: string;
  as: (account: Account) => Ctx;
  actors: Map<Account, Actor>;
  deptId: (name: string) => string;
  baseCode: string | null;
}

const departmentName = { discipline: '县纪委监委', organization: '县委组织部' } as const;

/** Drives one petition from 登记 to its planned state, each step by whoever does it. */
async function handle(r: Random, p: Plan, id: string, h: Handling) {
  const t = p.template;
  const v = p.vars;
  // The clerk sees what the clerk registered; a team's registrations are routed by the office.
  const desk: Account = p.registrar === 'clerk' ? 'clerk' : 'office';
  let version = 1;
  const step = async (account: Account, input: Omit<PetitionTransitionInput, 'version'>) => {
    const result = await explained(`#${p.index} ${p.state} ${input.action} (${account})`, () =>
      transitionPetition(h.as(account), id, { ...input, version }),
    );
    version = result.version;
  };
  const path = stepsTo(p);
  const topic = p.summary.replace(/^(再次)?反映/, '');
  const rejection = p.duplicateOf
    ? `该件与${h.baseCode}号信访件反映的系同一事项，已并入该件办理，不再重复受理`
    : `该件${t.rejection?.reason ?? '不属于巡察受理范围'}`;
  const receivedOn = addCalendarDays(h.today, -p.age);
  let reply = '';
  for (const action of path) {
    switch (action) {
      case 'propose':
        await step(desk, { action, opinion: proposal(p, h.baseCode, rejection) });
        break;
      case 'return':
        await step('leader', { action, opinion: returnOpinion });
        break;
      case 'approve':
        await step('leader', {
          action,
          opinion: r.pick(p.route === 'investigate' ? approveOpinions : transferApproveOpinions),
        });
        break;
      case 'reject':
        await step('leader', {
          action,
          // The opinion is the reason kept with the petition (notAcceptedReason).
          opinion: `${p.rejectAtOnce ? '' : '同意拟办意见，'}不予受理：${rejection.replace(/^该件/, '')}。请做好解释答复工作。`,
        });
        break;
      case 'assign':
        await step('office', {
          action,
          handlerId: h.actors.get(p.handler)!.userId,
          handlingDepartmentId: h.deptId('县委巡察办'),
          opinion: `请${p.handler === 'clerk' ? '信访室刘同志' : '第一巡察组王组长'}承办，组织调查核实，形成调查报告后报审。注意保护信访人信息。`,
        });
        break;
      case 'extend': {
        const days = r.pick([20, 30]);
        await step('leader', { action, extensionDays: days, opinion: extendOpinion(days) });
        break;
      }
      case 'report':
        await step(p.handler, { action, opinion: reportOpinion(t, v, p.outcome, r.int(4, 15)) });
        break;
      case 'review':
        await step('leader', { action, opinion: reviewOpinion(v, p.outcome) });
        break;
      case 'transfer': {
        const to = departmentName[p.route as 'discipline' | 'organization'];
        // Already answered: the reply came in, so its deadline is the earliest the service allows.
        const due = addCalendarDays(h.today, p.state === 'transferred' ? p.transferDueIn : 0);
        await step(desk, {
          action,
          transferDepartmentId: h.deptId(to),
          transferDueOn: due,
          opinion: `根据干部管理权限，转${to}办理，请于${due}前将办理结果回复县委巡察办。`,
        });
        break;
      }
      case 'receive_reply':
        reply = replyOpinion(p.route as 'discipline' | 'organization', t, v, p.outcome);
        await step(p.route as 'discipline' | 'organization', { action, opinion: reply });
        break;
      case 'answer': {
        const method = answerMethodOf(r, p);
        const text = p.duplicateOf
          ? `您反映的“${topic}”问题，与${h.baseCode}号信访件系同一事项，已并入该件一并办理，办理结果将一并答复。`
          : answerContent(topic, p.route, p.outcome, {
              department:
                p.route === 'discipline' || p.route === 'organization'
                  ? departmentName[p.route]
                  : undefined,
              reply,
              rejection: t.rejection?.reason.replace(/^反映事项/, ''),
              advice: t.rejection?.advice,
            });
        const after = p.route === 'reject' ? r.int(6, 14) : r.int(35, 70);
        const answeredOn = [addCalendarDays(receivedOn, after), h.today].sort()[0]!;
        await step(desk, {
          action,
          answerMethod: method,
          answeredOn,
          answerContent:
            method === 'not_deliverable'
              ? `匿名信访，未留联系方式，答复无法送达，办理结果存档备查。${text}`
              : text,
        });
        break;
      }
      case 'archive':
        await step(desk, { action, opinion: r.pick(archiveOpinions) });
        break;
    }
  }
}

function proposal(p: Plan, baseCode: string | null, rejection: string): string {
  const v = p.vars;
  const who =
    p.template.accused === 'unit' || p.template.accused === 'company'
      ? ''
      : `${v.position}${v.name}`;
  if (p.route === 'reject') return `${rejection}。拟不予受理，并告知信访人相关途径。`;
  if (p.duplicateOf) {
    return `该件与${baseCode}号信访件反映的系同一事项（重复件），拟并入该件一并办理。`;
  }
  const about = `该件反映${v.unit}${who}${p.template.fact(v)}`;
  if (p.route === 'investigate') {
    const focus = p.template.focus ? `（${focusLabel[p.template.focus]}问题）` : '';
    return `${about}，问题较具体，属巡察受理范围${focus}。拟呈领导阅批后${p.round ? '由第一巡察组' : ''}组织调查核实，60日内办结。`;
  }
  const to = departmentName[p.route];
  return `${about}，根据干部管理权限属${to}管辖。拟转${to}办理，并要求按期回复办理结果。`;
}

function answerMethodOf(r: Random, p: Plan): AnswerMethod {
  if (p.anonymous) return p.channel === 'online' ? 'online' : 'not_deliverable';
  switch (p.channel) {
    case 'visit':
      return 'in_person';
    case 'phone':
      return 'phone';
    case 'online':
      return 'online';
    case 'letter':
      return r.pick(['letter', 'letter', 'sms'] as const);
    default:
      return r.pick(['letter', 'phone', 'in_person', 'sms'] as const);
  }
}

type Action =
  | 'propose'
  | 'return'
  | 'approve'
  | 'reject'
  | 'assign'
  | 'extend'
  | 'report'
  | 'review'
  | 'transfer'
  | 'receive_reply'
  | 'answer'
  | 'archive';

/** The steps from 登记 to the planned state along the plan's route. */
function stepsTo(p: Plan): Action[] {
  const opening: Action[] =
    p.returned === 'stay'
      ? ['propose', 'return']
      : p.returned === 'again'
        ? ['propose', 'return', 'propose']
        : ['propose'];
  const lines: Record<Route, Action[]> = {
    investigate: [
      'approve',
      'assign',
      ...(p.extend ? (['extend'] as const) : []),
      'report',
      'review',
      'answer',
      'archive',
    ],
    discipline: ['approve', 'transfer', 'receive_reply', 'answer', 'archive'],
    organization: ['approve', 'transfer', 'receive_reply', 'answer', 'archive'],
    reject: ['reject', 'answer', 'archive'],
  };
  if (p.state === 'registered') return p.returned === 'stay' ? opening : [];
  const full = p.rejectAtOnce ? lines.reject : [...opening, ...lines[p.route]];
  const reached: Record<PetitionState, Action | null> = {
    submitted: null,
    registered: null,
    proposed: 'propose',
    approved: 'approve',
    investigating: p.extend ? 'extend' : 'assign',
    reported: 'report',
    reviewed: 'review',
    transferred: 'transfer',
    reply_received: 'receive_reply',
    not_accepted: 'reject',
    answered: 'answer',
    archived: 'archive',
  };
  const last = reached[p.state]!;
  const at = full.lastIndexOf(last);
  if (at < 0) throw new Error(`demo petitions: ${p.state} is not on the ${p.route} route`);
  return full.slice(0, at + 1);
}
