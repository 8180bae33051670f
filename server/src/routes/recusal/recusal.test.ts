import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import {
  clues,
  petitionAccused,
  petitions,
  roundTargets,
  roundTeamMembers,
  rounds,
} from '../../db/schema/index.js';
import { anonymous, auditRows, expectProblem } from '../../test/assertions.js';
import {
  loginAs,
  makeInspector,
  makeJurisdiction,
  makeTeam,
  makeUnit,
  makeUser,
} from '../../test/factories.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface Conflict {
  rule: string;
  unitId: string;
  unitName: string;
  message: string;
  evidence: Record<string, unknown>;
}

let t: TestApp;
let office: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  office = await loginAs(t, 'office_admin');
});
afterAll(() => t.close());

const tag = () => randomBytes(3).toString('hex');

async function unit(body: Record<string, unknown>, session = office, jurisdictionId = t.rootId) {
  const response = await session.post('/api/units', {
    jurisdictionId,
    type: 'department',
    ...body,
    name: `${typeof body.name === 'string' ? body.name : '单位'}${tag()}`,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; name: string }>();
}

async function inspector(body: Record<string, unknown> = {}, session = office) {
  const response = await session.post('/api/inspectors', { name: `王明${tag()}`, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; name: string }>();
}

async function check(body: Record<string, unknown>, session = office) {
  const response = await session.post('/api/recusal-check', body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ conflicts: Conflict[] }>().conflicts;
}

const rulesOf = (conflicts: Conflict[]) => conflicts.map((c) => [c.unitId, c.rule]);

describe('任职回避 (employment)', () => {
  it('finds a post in the target, its parent or a subordinate within five years', async () => {
    const parent = await unit({ name: '县委办' });
    const bureau = await unit({ name: '县财政局', parentId: parent.id });
    const child = await unit({ name: '国库科', parentId: bureau.id });
    const other = await unit({ name: '县教育局' });
    const person = await inspector();
    const post = async (body: Record<string, unknown>) => {
      const response = await office.post(`/api/inspectors/${person.id}/positions`, body);
      expect(response.statusCode, response.body).toBe(201);
    };
    await post({ unitId: parent.id, fromOn: '2010-01-01', toOn: '2021-03-02' });
    await post({ unitId: child.id, position: '科长', fromOn: '2023-01-01' });
    await post({ unitId: other.id, fromOn: '2012-01-01', toOn: '2021-03-01' });

    const conflicts = await check({ inspectorId: person.id, unitIds: [bureau.id, other.id] });
    expect(rulesOf(conflicts)).toEqual([
      [bureau.id, 'employment'],
      [bureau.id, 'employment'],
    ]);
    expect(conflicts.map((c) => c.evidence.relation)).toEqual(['parent', 'subordinate']);
    expect(conflicts[1]!.message).toContain('任职回避');
    expect(conflicts[1]!.message).toContain(child.name);
  });

  it('looks back as many years as the jurisdiction’s setting says', async () => {
    const county = await makeJurisdiction(t, { parentId: t.rootId });
    const countyOffice = await loginAs(t, 'office_admin', { jurisdictionId: county.id });
    const bureau = await unit({ name: '县水利局' }, countyOffice, county.id);
    const person = await inspector({}, countyOffice);
    await countyOffice.post(`/api/inspectors/${person.id}/positions`, {
      unitId: bureau.id,
      fromOn: '2012-01-01',
      toOn: '2019-12-31',
    });
    expect(await check({ inspectorId: person.id, unitIds: [bureau.id] }, countyOffice)).toEqual([]);
    const set = await countyOffice.put('/api/settings/recusal.employmentYears', {
      jurisdictionId: county.id,
      value: 10,
    });
    expect(set.statusCode, set.body).toBe(200);
    const [conflict] = await check({ inspectorId: person.id, unitIds: [bureau.id] }, countyOffice);
    expect(conflict).toMatchObject({ rule: 'employment', evidence: { years: 10 } });
  });

  it('matches a post recorded by unit name only', async () => {
    const bureau = await unit({ name: '县审计局' });
    const person = await inspector();
    await office.post(`/api/inspectors/${person.id}/positions`, {
      unitName: bureau.name,
      fromOn: '2024-01-01',
    });
    const [conflict] = await check({ inspectorId: person.id, unitIds: [bureau.id] });
    expect(conflict?.evidence).toMatchObject({ matchedBy: 'unitName', relation: 'target' });
  });
});

describe('地域回避 (region)', () => {
  it('finds a township in the hometown and its village through the township', async () => {
    const region = `清河县石桥镇${tag()}`;
    const town = await unit({ name: '石桥镇', type: 'township', region });
    const village = await unit({ name: '东村', type: 'village', parentId: town.id });
    const bureau = await unit({ name: '县林业局', region });
    const person = await inspector({ hometown: region });
    const conflicts = await check({
      inspectorId: person.id,
      unitIds: [town.id, village.id, bureau.id],
    });
    expect(rulesOf(conflicts)).toEqual([
      [town.id, 'region'],
      [village.id, 'region'],
    ]);
    expect(conflicts[1]!.evidence).toMatchObject({ via: 'parent_township', viaUnitId: town.id });
    expect(conflicts[0]!.message).toMatch(/^地域回避/);
    const stranger = await inspector({ hometown: '邻县安平县' });
    expect(await check({ inspectorId: stranger.id, unitIds: [town.id, village.id] })).toEqual([]);
  });
});

describe('公务回避 (official)', () => {
  it('finds a relative holding a post in the target', async () => {
    const bureau = await unit({ name: '县住建局' });
    const other = await unit({ name: '县交通局' });
    const person = await inspector();
    await office.post(`/api/inspectors/${person.id}/relatives`, {
      name: '王芳',
      relation: '配偶',
      unitId: bureau.id,
      position: '副局长',
    });
    const [conflict, ...rest] = await check({
      inspectorId: person.id,
      unitIds: [bureau.id, other.id],
    });
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ rule: 'relative', unitId: bureau.id });
    expect(conflict!.message).toContain('公务回避');
  });

  it('finds petitions and clues about the target the inspector handled or is accused in', async () => {
    const bureau = await unit({ name: '县民政局' });
    const other = await unit({ name: '县文旅局' });
    const user = await makeUser(t, 'petition_clerk');
    const person = await inspector({ userId: user.id });
    const db = dbOf(t.system());
    const petition = async (unitId: string, name: string, handlerId: string | null) => {
      const [row] = await db
        .insert(petitions)
        .values({
          jurisdictionId: t.rootId,
          code: `XF${tag()}`,
          channel: 'letter',
          receivedOn: '2026-01-05',
          summary: '反映违规发放补贴',
          content: '来信反映违规发放补贴。',
          acceptanceDueOn: '2026-01-20',
          handlerId,
        })
        .returning();
      await db
        .insert(petitionAccused)
        .values({ petitionId: row!.id, kind: 'person', name, unitId });
      return row!;
    };
    const handled = await petition(bureau.id, '李四', user.id);
    const accusing = await petition(bureau.id, person.name, null);
    await petition(other.id, '李四', user.id);
    await petition(bureau.id, '赵六', null);
    const clue = async (unitId: string, name: string, createdBy: string | null) => {
      const [row] = await db
        .insert(clues)
        .values({
          jurisdictionId: t.rootId,
          code: `XS${tag()}`,
          source: 'talk',
          accusedName: name,
          accusedUnitId: unitId,
          description: '谈话反映的问题线索',
          createdBy,
        })
        .returning();
      return row!;
    };
    const raised = await clue(bureau.id, '李四', user.id);
    await clue(other.id, person.name, null);

    const conflicts = await check({ inspectorId: person.id, unitIds: [bureau.id, other.id] });
    const evidence = conflicts.map((c) => [c.unitId, c.rule, c.evidence.involvement]);
    expect(evidence).toEqual(
      expect.arrayContaining([
        [bureau.id, 'official_petition', 'handler'],
        [bureau.id, 'official_petition', 'accused'],
        [bureau.id, 'official_clue', 'handler'],
        [other.id, 'official_petition', 'handler'],
        [other.id, 'official_clue', 'accused'],
      ]),
    );
    expect(conflicts).toHaveLength(5);
    const codes = conflicts.map((c) => c.evidence.code);
    expect(codes).toEqual(expect.arrayContaining([handled.code, accusing.code, raised.code]));

    const unlinked = await inspector();
    expect(await check({ inspectorId: unlinked.id, unitIds: [bureau.id] })).toEqual([]);
  });
});

describe('轮岗回避 (rotation)', () => {
  it('finds service on the target in its previous inspection', async () => {
    const bureau = await makeUnit(t);
    const person = await makeInspector(t);
    const db = dbOf(t.system());
    const teamA = await makeTeam(t);
    const teamB = await makeTeam(t);
    const round = async (startsOn: string, teamId: string, unitId = bureau.id) => {
      const [row] = await db
        .insert(rounds)
        .values({ jurisdictionId: t.rootId, name: `第${tag()}轮巡察`, startsOn })
        .returning();
      await db.insert(roundTargets).values({ roundId: row!.id, unitId, teamId });
      return row!;
    };
    const previous = await round('2023-03-01', teamA.id);
    await db
      .insert(roundTeamMembers)
      .values({ roundId: previous.id, teamId: teamA.id, inspectorId: person.id, role: 'deputy' });
    const current = await round('2026-04-01', teamB.id);

    const [conflict] = await check({
      inspectorId: person.id,
      unitIds: [bureau.id],
      roundId: current.id,
    });
    expect(conflict).toMatchObject({
      rule: 'rotation',
      evidence: { roundId: previous.id, teamName: teamA.name, role: 'deputy' },
    });
    expect(conflict!.message).toMatch(/^轮岗回避/);
    expect(await check({ inspectorId: person.id, unitIds: [bureau.id] })).toHaveLength(1);

    // A later inspection by others makes the earlier service history.
    const between = await round('2025-03-01', teamB.id);
    expect(between.id).toBeTruthy();
    expect(
      await check({ inspectorId: person.id, unitIds: [bureau.id], roundId: current.id }),
    ).toEqual([]);
    expect(await check({ inspectorId: person.id, unitIds: [bureau.id] })).toEqual([]);
  });
});

describe('the check itself', () => {
  it('writes an audit row naming the rules found', async () => {
    const bureau = await unit({ name: '县卫健委' });
    const person = await inspector({ currentUnit: bureau.name });
    await check({ inspectorId: person.id, unitIds: [bureau.id] });
    const [row] = await auditRows(t, { action: 'recusal.checked', entityId: person.id });
    expect(row?.detail).toEqual({
      unitIds: [bureau.id],
      roundId: null,
      conflicts: [{ rule: 'employment', unitId: bureau.id }],
    });
  });

  it('refuses bad input with the field path (400/422)', async () => {
    const person = await inspector();
    const bureau = await makeUnit(t);
    const empty = await office.post('/api/recusal-check', { inspectorId: person.id, unitIds: [] });
    expect(expectProblem(empty, 400).errors?.[0]?.path).toBe('body.unitIds');
    const many = Array.from({ length: 51 }, () => bureau.id);
    expectProblem(
      await office.post('/api/recusal-check', { inspectorId: person.id, unitIds: many }),
      400,
    );
    const notId = await office.post('/api/recusal-check', {
      inspectorId: person.id,
      unitIds: ['x'],
    });
    expect(expectProblem(notId, 400).errors?.[0]?.path).toBe('body.unitIds.0');
    expectProblem(await office.post('/api/recusal-check', { unitIds: [bureau.id] }), 400);

    const other = await makeJurisdiction(t, { parentId: null });
    const hidden = await makeUnit(t, { jurisdictionId: other.id });
    const invisible = await office.post('/api/recusal-check', {
      inspectorId: person.id,
      unitIds: [bureau.id, hidden.id],
    });
    expect(expectProblem(invisible, 422).errors).toEqual([
      { path: 'unitIds.1', message: '单位不存在' },
    ]);
    const [foreignRound] = await dbOf(t.system())
      .insert(rounds)
      .values({ jurisdictionId: other.id, name: '外县巡察' })
      .returning();
    const round = await office.post('/api/recusal-check', {
      inspectorId: person.id,
      unitIds: [bureau.id],
      roundId: foreignRound!.id,
    });
    expect(expectProblem(round, 422).errors?.[0]?.path).toBe('roundId');
    expect(await auditRows(t, { action: 'recusal.checked', entityId: person.id })).toEqual([]);
  });

  it('answers 401 without a session', async () => {
    const person = await makeInspector(t);
    const bureau = await makeUnit(t);
    expectProblem(
      await anonymous(t, 'POST', '/api/recusal-check', {
        inspectorId: person.id,
        unitIds: [bureau.id],
      }),
      401,
    );
  });

  it('hides an inspector of another jurisdiction (404), also for an unknown id', async () => {
    const other = await makeJurisdiction(t, { parentId: null });
    const person = await makeInspector(t, { jurisdictionId: other.id });
    const bureau = await makeUnit(t);
    const body = { inspectorId: person.id, unitIds: [bureau.id] };
    expectProblem(await office.post('/api/recusal-check', body), 404, 'not_found');
    const otherLeader = await loginAs(t, 'leading_group', { jurisdictionId: other.id });
    const ownUnit = await makeUnit(t, { jurisdictionId: other.id });
    const own = await otherLeader.post('/api/recusal-check', { ...body, unitIds: [ownUnit.id] });
    expect(own.statusCode, own.body).toBe(200);
    expectProblem(
      await otherLeader.post('/api/recusal-check', {
        inspectorId: (await makeInspector(t)).id,
        unitIds: [ownUnit.id],
      }),
      404,
    );
    expectProblem(
      await office.post('/api/recusal-check', {
        inspectorId: '00000000-0000-4000-8000-000000000000',
        unitIds: [bureau.id],
      }),
      404,
    );
  });

  it('lets the leading group check, and refuses roles outside the talent pool (403)', async () => {
    const person = await makeInspector(t);
    const bureau = await makeUnit(t);
    const body = { inspectorId: person.id, unitIds: [bureau.id] };
    const leader = await loginAs(t, 'leading_group');
    expect(await check(body, leader)).toEqual([]);
    const team = await makeTeam(t);
    const teamLeader = await loginAs(t, 'team_leader', { teamId: team.id });
    expectProblem(await teamLeader.post('/api/recusal-check', body), 403, 'forbidden');
    const clerk = await loginAs(t, 'petition_clerk');
    expectProblem(await clerk.post('/api/recusal-check', body), 403);
    const admin = await login(t.app, 'admin', t.adminPassword);
    expectProblem(await admin.post('/api/recusal-check', body), 403);
  });
});
