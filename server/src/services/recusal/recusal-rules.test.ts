import { describe, expect, it } from 'vitest';
import {
  clueConflicts,
  employmentConflicts,
  petitionConflicts,
  previousInspection,
  recusalConflicts,
  regionConflicts,
  relativeConflicts,
  rotationConflicts,
  sameRegion,
  yearsBefore,
} from './recusal-rules.js';
import type {
  PositionFact,
  RecusalFacts,
  TargetInspectionFact,
  UnitFact,
} from './recusal-types.js';

const unit = (id: string, over: Partial<UnitFact> = {}): UnitFact => ({
  id,
  name: `单位${id}`,
  type: 'department',
  parentId: null,
  region: null,
  ...over,
});

const county = unit('county', { name: '县委', type: 'party_committee' });
const bureau = unit('bureau', { name: '县财政局', parentId: 'county' });
const office = unit('office', { name: '县财政局国库科', parentId: 'bureau' });
const township = unit('town', { name: '石桥镇', type: 'township', region: '清河县石桥镇' });
const village = unit('village', {
  name: '石桥镇东村',
  type: 'village',
  parentId: 'town',
  region: null,
});

function facts(over: Partial<RecusalFacts> = {}): RecusalFacts {
  return {
    today: '2026-03-02',
    employmentYears: 5,
    inspector: {
      id: 'i1',
      name: '王明',
      userId: 'user-1',
      hometown: null,
      region: null,
      currentUnit: null,
    },
    targets: [bureau],
    units: [county, bureau, office, township, village],
    positions: [],
    relatives: [],
    petitions: [],
    clues: [],
    inspections: [],
    memberships: [],
    round: null,
    ...over,
  };
}

const post = (over: Partial<PositionFact>): PositionFact => ({
  id: 'p1',
  unitId: 'bureau',
  unitName: '县财政局',
  position: '科员',
  fromOn: '2015-01-01',
  toOn: null,
  ...over,
});

describe('helpers', () => {
  it('subtracts years, 29 February falling back to the 28th', () => {
    expect(yearsBefore('2026-03-02', 5)).toBe('2021-03-02');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(yearsBefore('2026-03-02', 0)).toBe('2026-03-02');
  });

  it.each([
    ['石桥镇', '石桥镇', true],
    ['石桥 镇', '石桥镇', true],
    ['石桥镇', '清河县石桥镇', true],
    ['安平县', '邻县安平县', true],
    ['石桥镇', '河西镇', false],
    ['桥镇', '石桥镇', false],
    ['石桥镇', '大石桥镇', false],
    ['', '', false],
    [null, '石桥镇', false],
  ])('sameRegion(%s, %s) = %s', (a, b, expected) => {
    expect(sameRegion(a, b)).toBe(expected);
  });
});

describe('任职回避 (employment)', () => {
  it('finds a current post in the target itself', () => {
    const [conflict, ...rest] = employmentConflicts(facts({ positions: [post({})] }));
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({
      rule: 'employment',
      unitId: 'bureau',
      unitName: '县财政局',
      evidence: { positionId: 'p1', relation: 'target', matchedBy: 'unitId', since: '2021-03-02' },
    });
    expect(conflict!.message).toMatch(/^任职回避：王明/);
  });

  it('counts a post ending on the first day of the window, not the day before', () => {
    const inside = post({ toOn: '2021-03-02' });
    expect(employmentConflicts(facts({ positions: [inside] }))).toHaveLength(1);
    const outside = post({ toOn: '2021-03-01' });
    expect(employmentConflicts(facts({ positions: [outside] }))).toEqual([]);
  });

  it('follows the configured number of years', () => {
    const old = post({ toOn: '2019-06-30' });
    expect(employmentConflicts(facts({ positions: [old] }))).toEqual([]);
    expect(employmentConflicts(facts({ positions: [old], employmentYears: 8 }))).toHaveLength(1);
  });

  it('finds a post in the target’s parent and in a direct subordinate', () => {
    const inParent = post({ id: 'p-parent', unitId: 'county', unitName: '县委' });
    const inChild = post({ id: 'p-child', unitId: 'office', unitName: '县财政局国库科' });
    const found = employmentConflicts(facts({ positions: [inParent, inChild] }));
    expect(found.map((c) => [c.evidence, c.unitId])).toEqual([
      [expect.objectContaining({ positionId: 'p-parent', relation: 'parent' }), 'bureau'],
      [expect.objectContaining({ positionId: 'p-child', relation: 'subordinate' }), 'bureau'],
    ]);
    expect(found[0]!.message).toContain('上级单位');
    expect(found[1]!.message).toContain('下属单位');
  });

  it('ignores a post in an unrelated unit, a grandparent or a sibling', () => {
    const elsewhere = post({ unitId: 'town', unitName: '石桥镇' });
    expect(employmentConflicts(facts({ targets: [office], positions: [elsewhere] }))).toEqual([]);
    const grandparent = post({ unitId: 'county', unitName: '县委' });
    expect(employmentConflicts(facts({ targets: [office], positions: [grandparent] }))).toEqual([]);
  });

  it('matches a post without a unit id by its exact unit name', () => {
    const byName = post({ unitId: null, unitName: ' 县财政局 ' });
    expect(employmentConflicts(facts({ positions: [byName] }))[0]?.evidence).toMatchObject({
      matchedBy: 'unitName',
      relation: 'target',
    });
    const otherName = post({ unitId: null, unitName: '市财政局' });
    expect(employmentConflicts(facts({ positions: [otherName] }))).toEqual([]);
  });

  it('does not fall back to the name when the post has a unit id', () => {
    const otherId = post({ unitId: 'someone-else', unitName: '县财政局' });
    expect(employmentConflicts(facts({ positions: [otherId] }))).toEqual([]);
  });

  it('counts the inspector’s current unit once', () => {
    const inspector = { ...facts().inspector, currentUnit: '县财政局' };
    const [conflict] = employmentConflicts(facts({ inspector }));
    expect(conflict?.evidence).toMatchObject({ positionId: null, toOn: null });
    expect(employmentConflicts(facts({ inspector, positions: [post({})] }))).toHaveLength(1);
    const elsewhere = { ...inspector, currentUnit: '县教育局' };
    expect(employmentConflicts(facts({ inspector: elsewhere }))).toEqual([]);
  });
});

describe('地域回避 (region)', () => {
  const from = (hometown: string | null, region: string | null = null) => ({
    ...facts().inspector,
    hometown,
    region,
  });

  it('finds a township target in the inspector’s hometown', () => {
    const [conflict] = regionConflicts(facts({ targets: [township], inspector: from('石桥镇') }));
    expect(conflict).toMatchObject({
      rule: 'region',
      unitId: 'town',
      evidence: { field: 'hometown', via: 'target', unitRegion: '清河县石桥镇' },
    });
    expect(conflict!.message).toMatch(/^地域回避：/);
  });

  it('finds a village through the region of its parent township', () => {
    const [conflict] = regionConflicts(
      facts({ targets: [village], inspector: from(null, '清河县石桥镇') }),
    );
    expect(conflict?.evidence).toMatchObject({
      field: 'region',
      via: 'parent_township',
      viaUnitId: 'town',
    });
  });

  it('reports hometown and region separately when both match', () => {
    const found = regionConflicts(
      facts({ targets: [township], inspector: from('石桥镇', '石桥镇') }),
    );
    expect(found.map((c) => c.evidence)).toMatchObject([
      { field: 'hometown' },
      { field: 'region' },
    ]);
  });

  it('ignores another place', () => {
    expect(regionConflicts(facts({ targets: [township], inspector: from('河西镇') }))).toEqual([]);
    expect(regionConflicts(facts({ targets: [village], inspector: from('河西镇') }))).toEqual([]);
  });

  it('ignores region for a department target', () => {
    const localBureau = { ...bureau, region: '清河县石桥镇' };
    expect(regionConflicts(facts({ targets: [localBureau], inspector: from('石桥镇') }))).toEqual(
      [],
    );
  });

  it('ignores a village parent that is not a township', () => {
    const underBureau = { ...village, parentId: 'bureau' };
    const units = [{ ...bureau, region: '清河县石桥镇' }, underBureau];
    expect(
      regionConflicts(facts({ targets: [underBureau], units, inspector: from('石桥镇') })),
    ).toEqual([]);
  });
});

describe('公务回避 (relative)', () => {
  const relative = {
    id: 'r1',
    name: '王芳',
    relation: '配偶',
    unitId: 'bureau',
    unitName: '县财政局',
    position: '副局长',
  };

  it('finds a relative holding a post in the target', () => {
    const [conflict] = relativeConflicts(facts({ relatives: [relative] }));
    expect(conflict).toMatchObject({
      rule: 'relative',
      unitId: 'bureau',
      evidence: { relativeId: 'r1', relation: '配偶', matchedBy: 'unitId' },
    });
    expect(conflict!.message).toBe('公务回避：王明的配偶王芳在巡察对象县财政局任副局长');
  });

  it('matches by exact unit name when the relative’s unit is not in the register', () => {
    const byName = { ...relative, unitId: null };
    expect(relativeConflicts(facts({ relatives: [byName] }))).toMatchObject([
      { evidence: { matchedBy: 'unitName' } },
    ]);
  });

  it('ignores a relative elsewhere, also in the target’s subordinate', () => {
    const elsewhere = { ...relative, unitId: 'office', unitName: '县财政局国库科' };
    expect(relativeConflicts(facts({ relatives: [elsewhere] }))).toEqual([]);
    const noPost = { ...relative, unitId: null, unitName: null };
    expect(relativeConflicts(facts({ relatives: [noPost] }))).toEqual([]);
  });
});

describe('公务回避 (petitions and clues)', () => {
  const petition = {
    petitionId: 'pet1',
    code: 'XF2026001',
    handlerId: null as string | null,
    accusedName: '李四',
    accusedUnitId: 'bureau' as string | null,
    accusedUnitName: '县财政局' as string | null,
  };

  it('finds a petition about the target that the inspector handled', () => {
    const [conflict, ...rest] = petitionConflicts(
      facts({ petitions: [{ ...petition, handlerId: 'user-1' }] }),
    );
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({
      rule: 'official_petition',
      unitId: 'bureau',
      evidence: { petitionId: 'pet1', code: 'XF2026001', involvement: 'handler' },
    });
    expect(conflict!.message).toMatch(/^公务回避：/);
  });

  it('finds a petition about the target naming the inspector as accused', () => {
    const found = petitionConflicts(facts({ petitions: [{ ...petition, accusedName: '王明' }] }));
    expect(found).toMatchObject([{ evidence: { involvement: 'accused' } }]);
    expect(found).toHaveLength(1);
  });

  it('counts a handled petition once however many of its accused are in the target', () => {
    const handled = { ...petition, handlerId: 'user-1' };
    const second = { ...handled, accusedName: '赵五' };
    expect(petitionConflicts(facts({ petitions: [handled, second] }))).toHaveLength(1);
  });

  it('ignores another handler, a namesake in another unit, and an inspector without account', () => {
    expect(petitionConflicts(facts({ petitions: [{ ...petition, handlerId: 'user-2' }] }))).toEqual(
      [],
    );
    const namesake = { ...petition, accusedName: '王明', accusedUnitId: 'office' };
    expect(petitionConflicts(facts({ petitions: [namesake] }))).toEqual([]);
    const noAccount = { ...facts().inspector, userId: null };
    expect(
      petitionConflicts(
        facts({ inspector: noAccount, petitions: [{ ...petition, handlerId: null }] }),
      ),
    ).toEqual([]);
  });

  it('matches an accused unit by name when it has no unit id', () => {
    const byName = { ...petition, accusedUnitId: null, handlerId: 'user-1' };
    expect(petitionConflicts(facts({ petitions: [byName] }))).toHaveLength(1);
    const otherName = { ...byName, accusedUnitName: '县教育局' };
    expect(petitionConflicts(facts({ petitions: [otherName] }))).toEqual([]);
  });

  const clue = {
    clueId: 'c1',
    code: 'XS2026001',
    createdBy: null as string | null,
    accusedName: '李四',
    accusedUnitId: 'bureau' as string | null,
    accusedUnitName: '县财政局' as string | null,
  };

  it('finds a clue about the target raised by, or accusing, the inspector', () => {
    const raised = clueConflicts(facts({ clues: [{ ...clue, createdBy: 'user-1' }] }));
    expect(raised).toMatchObject([
      { rule: 'official_clue', evidence: { clueId: 'c1', involvement: 'handler' } },
    ]);
    const accused = clueConflicts(facts({ clues: [{ ...clue, accusedName: '王明' }] }));
    expect(accused).toMatchObject([{ evidence: { involvement: 'accused' } }]);
    expect(accused).toHaveLength(1);
    expect(accused[0]!.message).toContain('问题线索XS2026001');
  });

  it('ignores a clue about another unit or by someone else', () => {
    expect(clueConflicts(facts({ clues: [clue] }))).toEqual([]);
    const elsewhere = { ...clue, createdBy: 'user-1', accusedUnitId: 'office' };
    expect(clueConflicts(facts({ clues: [elsewhere] }))).toEqual([]);
  });
});

describe('轮岗回避 (rotation)', () => {
  const inspection = (
    id: string,
    startsOn: string | null,
    teamId: string | null = 'team-a',
    unitId = 'bureau',
  ): TargetInspectionFact => ({
    id,
    roundName: `轮次${id}`,
    startsOn,
    createdAt: '2020-01-01T00:00:00.000Z',
    unitId,
    teamId,
  });
  const served = (roundId: string, teamId = 'team-a') => ({
    roundId,
    teamId,
    teamName: '第一巡察组',
    role: 'member' as const,
  });
  const current = { id: 'now', startsOn: '2026-04-01', createdAt: '2026-03-01T00:00:00.000Z' };

  it('finds service on the target’s team in its previous inspection', () => {
    const [conflict] = rotationConflicts(
      facts({
        inspections: [inspection('r1', '2023-03-01'), inspection('now', '2026-04-01')],
        memberships: [served('r1')],
        round: current,
      }),
    );
    expect(conflict).toMatchObject({
      rule: 'rotation',
      unitId: 'bureau',
      evidence: { roundId: 'r1', teamName: '第一巡察组', role: 'member' },
    });
    expect(conflict!.message).toMatch(/^轮岗回避：/);
  });

  it('looks only at the latest earlier inspection of the target', () => {
    const found = rotationConflicts(
      facts({
        inspections: [inspection('r1', '2020-03-01'), inspection('r2', '2023-03-01', 'team-b')],
        memberships: [served('r1')],
        round: current,
      }),
    );
    expect(found).toEqual([]);
  });

  it('ignores a later round, the round itself, and another team of the previous round', () => {
    const inspections = [inspection('later', '2026-09-01'), inspection('now', '2026-04-01')];
    const memberships = [served('later'), served('now')];
    expect(rotationConflicts(facts({ inspections, memberships, round: current }))).toEqual([]);
    const otherTeam = facts({
      inspections: [inspection('r1', '2023-03-01')],
      memberships: [served('r1', 'team-b')],
      round: current,
    });
    expect(rotationConflicts(otherTeam)).toEqual([]);
  });

  it('ignores service on another unit in the previous round', () => {
    const found = rotationConflicts(
      facts({
        inspections: [inspection('r1', '2023-03-01', 'team-a', 'office')],
        memberships: [served('r1')],
        round: current,
      }),
    );
    expect(found).toEqual([]);
  });

  it('without a round, takes the target’s latest inspection started by today', () => {
    const inspections = [
      inspection('r1', '2020-03-01'),
      inspection('r2', '2023-03-01'),
      inspection('planned', '2026-09-01'),
    ];
    const memberships = [served('r2'), served('planned')];
    expect(rotationConflicts(facts({ inspections, memberships }))).toMatchObject([
      { evidence: { roundId: 'r2' } },
    ]);
    expect(rotationConflicts(facts({ inspections, memberships: [served('r1')] }))).toEqual([]);
  });

  it('counts a round started today, not one without a start date', () => {
    const today = inspection('today', '2026-03-02');
    expect(previousInspection([today], 'bureau', null, '2026-03-02')?.id).toBe('today');
    const undated = { ...inspection('undated', null), createdAt: '2026-01-01T00:00:00.000Z' };
    expect(previousInspection([undated], 'bureau', null, '2026-03-02')).toBeUndefined();
    const staffedUndated = { ...current, startsOn: null };
    expect(
      previousInspection(
        [inspection('r1', '2023-03-01'), undated],
        'bureau',
        staffedUndated,
        '2026-03-02',
      )?.id,
    ).toBe('r1');
  });

  it('breaks a same-day tie by creation', () => {
    const early = { ...inspection('early', '2023-03-01'), createdAt: '2023-01-01T00:00:00.000Z' };
    const late = { ...inspection('late', '2023-03-01'), createdAt: '2023-02-01T00:00:00.000Z' };
    expect(previousInspection([late, early], 'bureau', current, '2026-03-02')?.id).toBe('late');
  });
});

describe('all rules', () => {
  it('returns conflicts grouped by target in the order given', () => {
    const found = recusalConflicts(
      facts({
        targets: [township, bureau],
        inspector: { ...facts().inspector, hometown: '石桥镇' },
        positions: [post({})],
      }),
    );
    expect(found.map((c) => [c.unitId, c.rule])).toEqual([
      ['town', 'region'],
      ['bureau', 'employment'],
    ]);
  });

  it('returns nothing for an inspector with no ties', () => {
    expect(recusalConflicts(facts({ targets: [bureau, township, village] }))).toEqual([]);
  });
});
