/**
 * The recusal rules (回避, source §1 第十二条; issue: rounds, point 5) as pure functions over facts
 * gathered by `check-recusal.ts`. No database, no clock: `today` and the look-back come in the facts,
 * so every rule is tested on plain objects.
 *
 * Rules and the decisions taken where the issue was silent:
 * - 任职回避 `employment`: a position (work history) in the target, its parent or one of its direct
 *   subordinates, ending on or after `today − N years` (N = setting `recusal.employmentYears`; the
 *   boundary day counts) or still held (`toOn` null). A position that has not started yet counts too.
 *   The inspector's `currentUnit` (free text) counts as a current position when no current position
 *   already names it. Matched by unit id; a position without a unit id by its exact unit name.
 * - 地域回避 `region`: only township, village and community targets. The inspector's hometown (籍贯)
 *   or region is compared with the target's region and, for a village or community, with the region
 *   of its parent township. Equal after removing blanks, or equal up to a leading administrative
 *   prefix ending in 省/市/县/区/州/盟/旗 (`城关镇` = `清河县城关镇`): region fields are free text and a
 *   false alarm only asks for an override, a missed one defeats the rule.
 * - 公务回避 `relative`: a relative's post is in the target itself (unit id, else exact unit name).
 * - 公务回避 `official_petition` / `official_clue`: the inspector's account handled a petition
 *   (`handlerId`) or raised a clue (`createdBy`) about the target, or the inspector is its accused
 *   person (same name, accused in the target). "About the target" = an accused entry whose unit is
 *   the target (unit id, else exact unit name).
 * - 轮岗回避 `rotation`: the inspector served on the team assigned to the target in the target's
 *   previous inspection: the latest round, other than the one being staffed, that had the unit as a
 *   target and started before it (by `startsOn`; same-day ties go to the later-created round). A
 *   round without a start date has not happened and is no previous inspection. The one being staffed
 *   without a start date, or no round given (a check while planning), compares with today: rounds
 *   started on or before today count. "Previous round" is read per target rather than as the
 *   jurisdiction's last round: a unit is inspected about once per term, so the jurisdiction's last
 *   round rarely holds the same unit and the rule would almost never fire.
 */

import type {
  MatchedBy,
  PositionFact,
  RecusalConflict,
  RecusalFacts,
  RoundOrder,
  TargetInspectionFact,
  UnitFact,
  UnitType,
} from './recusal-types.js';

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, '');

/** The same place, allowing one side to carry a leading 省/市/县/区… prefix the other omits. */
export function sameRegion(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = clean(a);
  const y = clean(b);
  if (x.length < 2 || y.length < 2) return false;
  if (x === y) return true;
  const [longer, shorter] = x.length > y.length ? [x, y] : [y, x];
  if (!longer.endsWith(shorter)) return false;
  return /[省市县区州盟旗]$/.test(longer.slice(0, longer.length - shorter.length));
}

/** `date` minus `years` calendar years (29 February falls back to the 28th). */
export function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A record naming a unit by id, or by exact name when it has no id. */
function namesUnit(
  unitId: string | null,
  unitName: string | null,
  unit: UnitFact,
): MatchedBy | null {
  if (unitId) return unitId === unit.id ? 'unitId' : null;
  return clean(unitName) !== '' && clean(unitName) === clean(unit.name) ? 'unitName' : null;
}

const relationLabel = { parent: '的上级单位', subordinate: '的下属单位' } as const;

/** 任职回避. */
export function employmentConflicts(facts: RecusalFacts): RecusalConflict[] {
  const { inspector } = facts;
  const since = yearsBefore(facts.today, facts.employmentYears);
  const byId = new Map(facts.units.map((u) => [u.id, u]));
  const positions: (PositionFact & { synthetic?: boolean })[] = facts.positions.filter(
    (p) => p.toOn === null || p.toOn >= since,
  );
  const current = clean(inspector.currentUnit);
  if (current && !positions.some((p) => p.toOn === null && clean(p.unitName) === current)) {
    positions.push({
      id: '',
      unitId: null,
      unitName: inspector.currentUnit!.trim(),
      position: null,
      fromOn: '',
      toOn: null,
      synthetic: true,
    });
  }
  const conflicts: RecusalConflict[] = [];
  for (const target of facts.targets) {
    const related: [UnitFact, 'target' | 'parent' | 'subordinate'][] = [[target, 'target']];
    const parent = target.parentId ? byId.get(target.parentId) : undefined;
    if (parent) related.push([parent, 'parent']);
    for (const unit of facts.units)
      if (unit.parentId === target.id) related.push([unit, 'subordinate']);
    for (const position of positions) {
      for (const [unit, relation] of related) {
        const matchedBy = namesUnit(position.unitId, position.unitName, unit);
        if (!matchedBy) continue;
        const period = position.synthetic
          ? '现在'
          : `${position.fromOn}至${position.toOn ?? '今'}在`;
        const post = position.position ? `任${position.position}` : '工作';
        const where =
          relation === 'target'
            ? `即巡察对象${target.name}`
            : `是巡察对象${target.name}${relationLabel[relation]}`;
        conflicts.push({
          rule: 'employment',
          unitId: target.id,
          unitName: target.name,
          message: `任职回避：${inspector.name}${period}${unit.name}${post}，该单位${where}（回避期限${facts.employmentYears}年）`,
          evidence: {
            positionId: position.synthetic ? null : position.id,
            unitId: unit.id,
            unitName: unit.name,
            position: position.position,
            fromOn: position.synthetic ? null : position.fromOn,
            toOn: position.toOn,
            relation,
            matchedBy,
            since,
            years: facts.employmentYears,
          },
        });
        break;
      }
    }
  }
  return conflicts;
}

const regionalTypes: readonly UnitType[] = ['township', 'village', 'community'];
const fieldLabel = { hometown: '籍贯', region: '所在地域' } as const;

/** 地域回避. */
export function regionConflicts(facts: RecusalFacts): RecusalConflict[] {
  const { inspector } = facts;
  const byId = new Map(facts.units.map((u) => [u.id, u]));
  const conflicts: RecusalConflict[] = [];
  for (const target of facts.targets) {
    if (!regionalTypes.includes(target.type)) continue;
    const places: [UnitFact, 'target' | 'parent_township'][] = [[target, 'target']];
    const parent = target.parentId ? byId.get(target.parentId) : undefined;
    if (target.type !== 'township' && parent?.type === 'township') {
      places.push([parent, 'parent_township']);
    }
    for (const field of ['hometown', 'region'] as const) {
      const value = inspector[field];
      const place = places.find(([unit]) => sameRegion(value, unit.region));
      if (!value || !place) continue;
      const [unit, via] = place;
      const whose = via === 'target' ? '' : `所属乡镇${unit.name}的`;
      conflicts.push({
        rule: 'region',
        unitId: target.id,
        unitName: target.name,
        message: `地域回避：${inspector.name}的${fieldLabel[field]}“${value.trim()}”与巡察对象${target.name}${whose}地域“${unit.region!}”相同`,
        evidence: {
          field,
          value: value.trim(),
          unitRegion: unit.region!,
          via,
          viaUnitId: unit.id,
          viaUnitName: unit.name,
        },
      });
    }
  }
  return conflicts;
}

/** 公务回避: a relative holds a post in the target. */
export function relativeConflicts(facts: RecusalFacts): RecusalConflict[] {
  const conflicts: RecusalConflict[] = [];
  for (const target of facts.targets) {
    for (const relative of facts.relatives) {
      const matchedBy = namesUnit(relative.unitId, relative.unitName, target);
      if (!matchedBy) continue;
      const post = relative.position ? `任${relative.position}` : '任职';
      conflicts.push({
        rule: 'relative',
        unitId: target.id,
        unitName: target.name,
        message: `公务回避：${facts.inspector.name}的${relative.relation}${relative.name}在巡察对象${target.name}${post}`,
        evidence: {
          relativeId: relative.id,
          name: relative.name,
          relation: relative.relation,
          unitName: target.name,
          position: relative.position,
          matchedBy,
        },
      });
    }
  }
  return conflicts;
}

interface CaseFact {
  id: string;
  code: string;
  handledBy: string | null;
  accusedName: string | null;
  accusedUnitId: string | null;
  accusedUnitName: string | null;
}

/** Handled or accused, once per record, target and involvement. */
function officialMatches(facts: RecusalFacts, records: CaseFact[]) {
  const { inspector } = facts;
  const seen = new Set<string>();
  const found: { target: UnitFact; record: CaseFact; involvement: 'handler' | 'accused' }[] = [];
  for (const target of facts.targets) {
    for (const record of records) {
      if (!namesUnit(record.accusedUnitId, record.accusedUnitName, target)) continue;
      const involvements: ('handler' | 'accused')[] = [];
      if (inspector.userId && record.handledBy === inspector.userId) involvements.push('handler');
      if (clean(record.accusedName) !== '' && clean(record.accusedName) === clean(inspector.name))
        involvements.push('accused');
      for (const involvement of involvements) {
        const key = `${target.id}|${record.id}|${involvement}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ target, record, involvement });
      }
    }
  }
  return found;
}

/** 公务回避: handled, or is accused in, a petition about the target. */
export function petitionConflicts(facts: RecusalFacts): RecusalConflict[] {
  const records = facts.petitions.map((p) => ({
    id: p.petitionId,
    code: p.code,
    handledBy: p.handlerId,
    accusedName: p.accusedName,
    accusedUnitId: p.accusedUnitId,
    accusedUnitName: p.accusedUnitName,
  }));
  return officialMatches(facts, records).map(({ target, record, involvement }) => ({
    rule: 'official_petition',
    unitId: target.id,
    unitName: target.name,
    message:
      involvement === 'handler'
        ? `公务回避：${facts.inspector.name}曾办理反映${target.name}的信访件${record.code}`
        : `公务回避：${facts.inspector.name}是反映${target.name}的信访件${record.code}的被反映人`,
    evidence: { petitionId: record.id, code: record.code, involvement },
  }));
}

/** 公务回避: raised, or is accused in, a clue about the target. */
export function clueConflicts(facts: RecusalFacts): RecusalConflict[] {
  const records = facts.clues.map((c) => ({
    id: c.clueId,
    code: c.code,
    handledBy: c.createdBy,
    accusedName: c.accusedName,
    accusedUnitId: c.accusedUnitId,
    accusedUnitName: c.accusedUnitName,
  }));
  return officialMatches(facts, records).map(({ target, record, involvement }) => ({
    rule: 'official_clue',
    unitId: target.id,
    unitName: target.name,
    message:
      involvement === 'handler'
        ? `公务回避：${facts.inspector.name}曾经办涉及${target.name}的问题线索${record.code}`
        : `公务回避：${facts.inspector.name}是涉及${target.name}的问题线索${record.code}的被反映人`,
    evidence: { clueId: record.id, code: record.code, involvement },
  }));
}

/** The target's previous inspection (see the header), or undefined. */
export function previousInspection(
  inspections: TargetInspectionFact[],
  unitId: string,
  round: RoundOrder | null,
  today: string,
): TargetInspectionFact | undefined {
  const before = (day: string) => (round?.startsOn ? day < round.startsOn : day <= today);
  const earlier = inspections.filter(
    (i): i is TargetInspectionFact & { startsOn: string } =>
      i.unitId === unitId && i.id !== round?.id && i.startsOn !== null && before(i.startsOn),
  );
  return earlier.sort(
    (a, b) => b.startsOn.localeCompare(a.startsOn) || b.createdAt.localeCompare(a.createdAt),
  )[0];
}

const roleLabel = { leader: '组长', deputy: '副组长', member: '成员' } as const;

/** 轮岗回避. */
export function rotationConflicts(facts: RecusalFacts): RecusalConflict[] {
  const conflicts: RecusalConflict[] = [];
  for (const target of facts.targets) {
    const previous = previousInspection(facts.inspections, target.id, facts.round, facts.today);
    if (!previous?.teamId) continue;
    const served = facts.memberships.find(
      (m) => m.roundId === previous.id && m.teamId === previous.teamId,
    );
    if (!served) continue;
    conflicts.push({
      rule: 'rotation',
      unitId: target.id,
      unitName: target.name,
      message: `轮岗回避：${facts.inspector.name}在上一次巡察${target.name}时（${previous.roundName}）任${served.teamName}${roleLabel[served.role]}`,
      evidence: {
        roundId: previous.id,
        roundName: previous.roundName,
        startsOn: previous.startsOn,
        teamId: served.teamId,
        teamName: served.teamName,
        role: served.role,
      },
    });
  }
  return conflicts;
}

/** Every conflict, grouped by target in the order given, then by rule. */
export function recusalConflicts(facts: RecusalFacts): RecusalConflict[] {
  const all = [
    ...employmentConflicts(facts),
    ...regionConflicts(facts),
    ...relativeConflicts(facts),
    ...petitionConflicts(facts),
    ...clueConflicts(facts),
    ...rotationConflicts(facts),
  ];
  const order = new Map(facts.targets.map((t, i) => [t.id, i]));
  return all
    .map((conflict, i) => ({ conflict, i }))
    .sort((a, b) => order.get(a.conflict.unitId)! - order.get(b.conflict.unitId)! || a.i - b.i)
    .map(({ conflict }) => conflict);
}
