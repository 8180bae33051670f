import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import {
  inspectorPositions,
  inspectorRelatives,
  inspectors,
  roundTeamMembers,
} from '../../db/schema/index.js';
import { anonymous, auditRows, expectProblem } from '../../test/assertions.js';
import {
  loginAs,
  makeInspector,
  makeJurisdiction,
  makeRound,
  makeTeam,
  makeUnit,
  makeUser,
} from '../../test/factories.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface Inspector {
  id: string;
  jurisdictionId: string;
  name: string;
  specialties: string[];
  available: boolean;
  eligible: boolean;
  userId: string | null;
  version: number;
  abilities: { update: boolean; checkRecusal: boolean };
  positions: { id: string; unitId: string | null; unitName: string; toOn: string | null }[];
  relatives: { id: string; name: string; unitId: string | null; unitName: string | null }[];
  roundsServed: { roundId: string; teamName: string; role: string }[];
}
interface Page<T> {
  items: T[];
  total: number;
}

let t: TestApp;
let office: TestSession;
let leader: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  office = await loginAs(t, 'office_admin');
  leader = await loginAs(t, 'leading_group');
});
afterAll(() => t.close());

const tag = () => randomBytes(3).toString('hex');

async function create(session: TestSession, body: Record<string, unknown> = {}) {
  const response = await session.post('/api/inspectors', { name: `王明${tag()}`, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Inspector>();
}

async function rowsOf(table: typeof inspectorPositions | typeof inspectorRelatives, id: string) {
  const [row] = await dbOf(t.system())
    .select({ n: count() })
    .from(table)
    .where(eq(table.inspectorId, id));
  return row?.n ?? 0;
}

async function stored(id: string) {
  const [row] = await dbOf(t.system()).select().from(inspectors).where(eq(inspectors.id, id));
  return row;
}

describe('talent pool', () => {
  it('creates, reads and updates an inspector, auditing each change', async () => {
    const created = await create(office, {
      gender: 'female',
      specialties: [' 财务 ', '审计', '财务'],
      rank: '一级主任科员',
      currentUnit: '县审计局',
      hometown: '石桥镇',
    });
    expect(created).toMatchObject({
      jurisdictionId: t.rootId,
      specialties: ['财务', '审计'],
      available: true,
      eligible: true,
      version: 1,
      abilities: { update: true, checkRecusal: true },
      positions: [],
      relatives: [],
      roundsServed: [],
    });
    const read = (await leader.get(`/api/inspectors/${created.id}`)).json<Inspector>();
    expect(read).toMatchObject({ name: created.name, abilities: { update: false } });
    const updated = await office.patch(`/api/inspectors/${created.id}`, {
      available: false,
      hometown: '',
      version: 1,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json<Inspector>()).toMatchObject({ available: false, version: 2 });
    expect((await stored(created.id))?.hometown).toBeNull();
    const [audit] = await auditRows(t, { action: 'inspector.create', entityId: created.id });
    expect(audit?.detail).toMatchObject({ created: { name: created.name } });
    const [update] = await auditRows(t, { action: 'inspector.update', entityId: created.id });
    expect(update?.detail).toMatchObject({
      changes: { available: [true, false], hometown: ['石桥镇', null] },
    });
  });

  it('refuses a stale version (409) and leaves the row alone', async () => {
    const inspector = await create(office);
    expect(
      (await office.patch(`/api/inspectors/${inspector.id}`, { rank: '科员', version: 1 }))
        .statusCode,
    ).toBe(200);
    const before = await stored(inspector.id);
    expectProblem(
      await office.patch(`/api/inspectors/${inspector.id}`, { rank: '科长', version: 1 }),
      409,
    );
    expect(await stored(inspector.id)).toEqual(before);
  });

  it('filters by name, specialty, availability and eligibility, and pages', async () => {
    const marker = tag();
    const specialty = `专长${marker}`;
    await create(office, { name: `甲${marker}`, specialties: [specialty] });
    await create(office, { name: `乙${marker}`, specialties: [specialty], available: false });
    await create(office, { name: `丙${marker}`, specialties: ['法律'], eligible: false });
    const list = async (query: string) =>
      (await office.get(`/api/inspectors?${query}`)).json<Page<Inspector>>();
    const byName = await list(`q=${marker}`);
    expect(byName.total).toBe(3);
    expect(byName.items.map((i) => i.name).sort()).toEqual(
      [`丙${marker}`, `乙${marker}`, `甲${marker}`].sort(),
    );
    const bySpecialty = await list(`specialty=${encodeURIComponent(specialty)}`);
    expect(bySpecialty.items.map((i) => i.name).sort()).toEqual(
      [`乙${marker}`, `甲${marker}`].sort(),
    );
    const available = await list(
      `q=${marker}&specialty=${encodeURIComponent(specialty)}&available=true`,
    );
    expect(available.items.map((i) => i.name)).toEqual([`甲${marker}`]);
    const unavailable = await list(`q=${marker}&available=false`);
    expect(unavailable.items.map((i) => i.name)).toEqual([`乙${marker}`]);
    const ineligible = await list(`q=${marker}&eligible=false`);
    expect(ineligible.items.map((i) => i.name)).toEqual([`丙${marker}`]);
    const page2 = await list(`q=${marker}&pageSize=2&page=2`);
    expect(page2).toMatchObject({ total: 3 });
    expect(page2.items).toHaveLength(1);
    const wildcard = await list(`q=${encodeURIComponent('%')}`);
    expect(wildcard.total).toBe(0);
    expectProblem(await office.get('/api/inspectors?available=yes'), 400);
  });

  it('keeps work history and relatives, and removes them by id, auditing each', async () => {
    const inspector = await create(office);
    const unit = await makeUnit(t, { name: `县财政局${tag()}` });
    const added = await office.post(`/api/inspectors/${inspector.id}/positions`, {
      unitId: unit.id,
      unitName: '别的名字',
      position: '科员',
      fromOn: '2018-01-01',
      toOn: '2022-06-30',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ unitId: unit.id, unitName: unit.name });
    const outside = await office.post(`/api/inspectors/${inspector.id}/positions`, {
      unitName: '邻县教育局',
      fromOn: '2022-07-01',
    });
    expect(outside.json()).toMatchObject({ unitId: null, unitName: '邻县教育局', toOn: null });
    const relative = await office.post(`/api/inspectors/${inspector.id}/relatives`, {
      name: '王芳',
      relation: '配偶',
      unitId: unit.id,
      position: '副局长',
    });
    expect(relative.statusCode, relative.body).toBe(201);
    expect(relative.json()).toMatchObject({ unitName: unit.name });

    const detail = (await leader.get(`/api/inspectors/${inspector.id}`)).json<Inspector>();
    expect(detail.positions.map((p) => p.unitName)).toEqual(['邻县教育局', unit.name]);
    expect(detail.relatives.map((r) => r.name)).toEqual(['王芳']);

    const positionId = added.json<{ id: string }>().id;
    const removed = await office.delete(`/api/inspectors/${inspector.id}/positions/${positionId}`);
    expect(removed.statusCode).toBe(204);
    expectProblem(
      await office.delete(`/api/inspectors/${inspector.id}/positions/${positionId}`),
      404,
    );
    const relativeId = relative.json<{ id: string }>().id;
    expect(
      (await office.delete(`/api/inspectors/${inspector.id}/relatives/${relativeId}`)).statusCode,
    ).toBe(204);
    expect(await rowsOf(inspectorPositions, inspector.id)).toBe(1);
    expect(await rowsOf(inspectorRelatives, inspector.id)).toBe(0);
    const actions = (await auditRows(t, { entityId: inspector.id })).map((r) => r.action);
    expect(actions).toEqual([
      'inspector.relative_removed',
      'inspector.position_removed',
      'inspector.relative_added',
      'inspector.position_added',
      'inspector.position_added',
      'inspector.create',
    ]);
    const [removal] = await auditRows(t, {
      action: 'inspector.position_removed',
      entityId: inspector.id,
    });
    expect(removal?.detail).toMatchObject({ position: { id: positionId, unitName: unit.name } });
  });

  it('does not remove another inspector’s position (404)', async () => {
    const owner = await create(office);
    const other = await create(office);
    const position = await office.post(`/api/inspectors/${owner.id}/positions`, {
      unitName: '县教育局',
      fromOn: '2020-01-01',
    });
    const id = position.json<{ id: string }>().id;
    expectProblem(await office.delete(`/api/inspectors/${other.id}/positions/${id}`), 404);
    expect(await rowsOf(inspectorPositions, owner.id)).toBe(1);
  });

  it('lists the rounds an inspector served in', async () => {
    const inspector = await create(office);
    const unit = await makeUnit(t);
    const team = await makeTeam(t);
    const round = await makeRound(t, [{ unitId: unit.id, teamId: team.id }]);
    await dbOf(t.system())
      .insert(roundTeamMembers)
      .values({ roundId: round.id, teamId: team.id, inspectorId: inspector.id, role: 'leader' });
    const detail = (await office.get(`/api/inspectors/${inspector.id}`)).json<Inspector>();
    expect(detail.roundsServed).toEqual([
      expect.objectContaining({ roundId: round.id, teamName: team.name, role: 'leader' }),
    ]);
  });

  it('links the inspector’s own account once', async () => {
    const user = await makeUser(t, 'petition_clerk');
    const linked = await create(office, { userId: user.id });
    expect(linked.userId).toBe(user.id);
    const again = await office.post('/api/inspectors', { name: '李四', userId: user.id });
    expect(expectProblem(again, 422).errors?.[0]?.path).toBe('userId');
    const unknown = await office.post('/api/inspectors', {
      name: '李四',
      userId: '00000000-0000-4000-8000-000000000000',
    });
    expect(expectProblem(unknown, 422).errors?.[0]?.path).toBe('userId');
    const other = await makeJurisdiction(t, { parentId: null });
    const foreignUser = await makeUser(t, 'petition_clerk', { jurisdictionId: other.id });
    const foreign = await office.patch(`/api/inspectors/${linked.id}`, {
      userId: foreignUser.id,
      version: 1,
    });
    expect(expectProblem(foreign, 422).errors?.[0]?.path).toBe('userId');
    expect((await stored(linked.id))?.userId).toBe(user.id);
  });
});

describe('bad input', () => {
  it('answers 400 with the field path and writes nothing', async () => {
    const before = (await office.get('/api/inspectors')).json<Page<Inspector>>().total;
    const blank = await office.post('/api/inspectors', { name: '   ' });
    expect(expectProblem(blank, 400).errors?.map((e) => e.path)).toEqual(['body.name']);
    const badSpecialty = await office.post('/api/inspectors', { name: '张三', specialties: [''] });
    expect(expectProblem(badSpecialty, 400).errors?.[0]?.path).toBe('body.specialties.0');
    const nul = await office.post('/api/inspectors', { name: '张\u0000三', hometown: '\u0000' });
    expect(expectProblem(nul, 400).errors?.map((e) => e.path)).toEqual([
      'body.name',
      'body.hometown',
    ]);
    expectProblem(await office.get('/api/inspectors?q=%00'), 400);
    const badGender = await office.post('/api/inspectors', { name: '张三', gender: 'x' });
    expect(expectProblem(badGender, 400).errors?.[0]?.path).toBe('body.gender');
    expect((await office.get('/api/inspectors')).json<Page<Inspector>>().total).toBe(before);

    const inspector = await create(office);
    const badDate = await office.post(`/api/inspectors/${inspector.id}/positions`, {
      unitName: '县教育局',
      fromOn: '2026-02-30',
    });
    expect(expectProblem(badDate, 400).errors?.[0]?.path).toBe('body.fromOn');
    const noVersion = await office.patch(`/api/inspectors/${inspector.id}`, { rank: 'x' });
    expect(expectProblem(noVersion, 400).errors?.[0]?.path).toBe('body.version');
    const noRelation = await office.post(`/api/inspectors/${inspector.id}/relatives`, {
      name: '王芳',
    });
    expect(expectProblem(noRelation, 400).errors?.[0]?.path).toBe('body.relation');
    const nulUnit = await office.post(`/api/inspectors/${inspector.id}/relatives`, {
      name: '王芳',
      relation: '配偶',
      unitName: '县\u0000局',
    });
    expect(expectProblem(nulUnit, 400).errors?.[0]?.path).toBe('body.unitName');
    expectProblem(await office.get('/api/inspectors/not-a-uuid'), 400);
    expect(await rowsOf(inspectorPositions, inspector.id)).toBe(0);
    expect(await rowsOf(inspectorRelatives, inspector.id)).toBe(0);
  });

  it('answers 422 on the field for a position that cannot be, and writes nothing', async () => {
    const inspector = await create(office);
    const url = `/api/inspectors/${inspector.id}/positions`;
    const backwards = await office.post(url, {
      unitName: '县教育局',
      fromOn: '2022-01-01',
      toOn: '2021-12-31',
    });
    expect(expectProblem(backwards, 422).errors?.[0]?.path).toBe('toOn');
    const nowhere = await office.post(url, { fromOn: '2022-01-01' });
    expect(expectProblem(nowhere, 422).errors?.[0]?.path).toBe('unitName');
    const other = await makeJurisdiction(t, { parentId: null });
    const hidden = await makeUnit(t, { jurisdictionId: other.id });
    const invisible = await office.post(url, { unitId: hidden.id, fromOn: '2022-01-01' });
    expect(expectProblem(invisible, 422).errors?.[0]?.path).toBe('unitId');
    const relative = await office.post(`/api/inspectors/${inspector.id}/relatives`, {
      name: '王芳',
      relation: '配偶',
      unitId: hidden.id,
    });
    expect(expectProblem(relative, 422).errors?.[0]?.path).toBe('unitId');
    expect(await rowsOf(inspectorPositions, inspector.id)).toBe(0);
    expect(await rowsOf(inspectorRelatives, inspector.id)).toBe(0);
    expect(await auditRows(t, { entityId: inspector.id })).toHaveLength(1);
  });
});

describe('access', () => {
  it('answers 401 without a session', async () => {
    const inspector = await makeInspector(t);
    expectProblem(await anonymous(t, 'GET', '/api/inspectors'), 401);
    expectProblem(await anonymous(t, 'GET', `/api/inspectors/${inspector.id}`), 401);
    expectProblem(await anonymous(t, 'POST', '/api/inspectors', { name: '张三' }), 401);
    expectProblem(
      await anonymous(t, 'POST', `/api/inspectors/${inspector.id}/positions`, {
        unitName: 'x',
        fromOn: '2020-01-01',
      }),
      401,
    );
  });

  it('hides another jurisdiction’s inspector (404, unchanged)', async () => {
    const other = await makeJurisdiction(t, { parentId: null });
    const inspector = await makeInspector(t, { jurisdictionId: other.id, name: `外县${tag()}` });
    const before = await stored(inspector.id);
    const url = `/api/inspectors/${inspector.id}`;
    expectProblem(await office.get(url), 404, 'not_found');
    expectProblem(await leader.get(url), 404);
    expectProblem(await office.patch(url, { name: '篡改', version: 1 }), 404);
    expectProblem(
      await office.post(`${url}/positions`, { unitName: 'x', fromOn: '2020-01-01' }),
      404,
    );
    expectProblem(await office.post(`${url}/relatives`, { name: 'x', relation: '父亲' }), 404);
    const list = (await office.get(`/api/inspectors?q=${inspector.name}`)).json<Page<Inspector>>();
    expect(list.total).toBe(0);
    expect(await stored(inspector.id)).toEqual(before);
    expect(await rowsOf(inspectorPositions, inspector.id)).toBe(0);
    expectProblem(
      await office.post('/api/inspectors', { jurisdictionId: other.id, name: 'x' }),
      403,
    );
  });

  it('shows a city office the inspectors of its counties', async () => {
    const county = await makeJurisdiction(t, { parentId: t.rootId });
    const inspector = await makeInspector(t, { jurisdictionId: county.id });
    expect((await office.get(`/api/inspectors/${inspector.id}`)).statusCode).toBe(200);
    const countyOffice = await loginAs(t, 'office_admin', { jurisdictionId: county.id });
    const above = await makeInspector(t);
    expectProblem(await countyOffice.get(`/api/inspectors/${above.id}`), 404);
    const created = await create(countyOffice);
    expect(created.jurisdictionId).toBe(county.id);
    expectProblem(
      await countyOffice.post('/api/inspectors', { jurisdictionId: t.rootId, name: 'x' }),
      403,
    );
  });

  it('lets the leading group read but not change the pool (403, unchanged)', async () => {
    const inspector = await makeInspector(t);
    const before = await stored(inspector.id);
    const url = `/api/inspectors/${inspector.id}`;
    expect((await leader.get(url)).json<Inspector>().abilities).toEqual({
      update: false,
      checkRecusal: true,
    });
    expect((await leader.get('/api/inspectors')).statusCode).toBe(200);
    expectProblem(await leader.patch(url, { name: '篡改', version: 1 }), 403);
    expectProblem(await leader.post('/api/inspectors', { name: 'x' }), 403);
    expectProblem(
      await leader.post(`${url}/positions`, { unitName: 'x', fromOn: '2020-01-01' }),
      403,
    );
    expectProblem(await leader.post(`${url}/relatives`, { name: 'x', relation: '父亲' }), 403);
    expect(await stored(inspector.id)).toEqual(before);
    expect(await rowsOf(inspectorPositions, inspector.id)).toBe(0);
  });

  it.each([
    'team_leader',
    'team_member',
    'petition_clerk',
    'discipline',
    'unit_liaison',
    'auditor',
  ] as const)('refuses the talent pool to %s (403 for every id)', async (role) => {
    const team = role.startsWith('team') ? await makeTeam(t) : null;
    const unit = role === 'unit_liaison' ? await makeUnit(t) : null;
    const session = await loginAs(t, role, {
      ...(team ? { teamId: team.id } : {}),
      ...(unit ? { unitId: unit.id } : {}),
    });
    const inspector = await makeInspector(t);
    expectProblem(await session.get('/api/inspectors'), 403, 'forbidden');
    expectProblem(await session.get(`/api/inspectors/${inspector.id}`), 403);
    expectProblem(await session.get('/api/inspectors/00000000-0000-4000-8000-000000000000'), 403);
    expectProblem(await session.post('/api/inspectors', { name: 'x' }), 403);
  });

  it('refuses the talent pool to the system administrator (三员分立)', async () => {
    const admin = await login(t.app, 'admin', t.adminPassword);
    expectProblem(await admin.get('/api/inspectors'), 403);
  });
});
