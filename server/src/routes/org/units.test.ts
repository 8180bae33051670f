import { randomBytes, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, expectProblem, rowById } from '../../test/assertions.js';
import { loginAs, makeJurisdiction, makeUnit } from '../../test/factories.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface Unit {
  id: string;
  jurisdictionId: string;
  name: string;
  parentId: string | null;
  parentName: string | null;
  cadreCount: number;
  version: number;
  abilities: { update: boolean };
}
interface Cadre {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  position: string;
  version: number;
}
interface Page<T> {
  items: T[];
  total: number;
}

let t: TestApp;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await login(t.app, 'admin', t.adminPassword);
});
afterAll(() => t.close());

const tag = () => randomBytes(3).toString('hex');

async function createUnit(session: TestSession, body: Record<string, unknown>) {
  const response = await session.post('/api/units', {
    jurisdictionId: t.rootId,
    type: 'department',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Unit>();
}

describe('units', () => {
  it('creates, reads and updates a unit, auditing each change', async () => {
    const parent = await createUnit(admin, { name: `县委办${tag()}` });
    const unit = await createUnit(admin, { name: `县财政局${tag()}`, parentId: parent.id });
    expect(unit).toMatchObject({
      parentName: parent.name,
      cadreCount: 0,
      version: 1,
      abilities: { update: true },
    });
    expect((await admin.get(`/api/units/${unit.id}`)).json<Unit>().name).toBe(unit.name);
    const updated = await admin.patch(`/api/units/${unit.id}`, { region: '城关镇', version: 1 });
    expect(updated.json<Unit>()).toMatchObject({ version: 2 });
    const [create] = await auditRows(t, { action: 'unit.create', entityId: unit.id });
    expect(create?.actorName).toBe('admin');
    const [update] = await auditRows(t, { action: 'unit.update', entityId: unit.id });
    expect(update?.detail).toMatchObject({ changes: { region: [null, '城关镇'] } });
  });

  it('finds a unit by a Chinese word inside its name and by its region', async () => {
    const marker = tag();
    const unit = await createUnit(admin, { name: `县住建局${marker}`, region: '石桥镇' });
    await createUnit(admin, { name: `县教育局${marker}` });
    const byWord = (await admin.get(`/api/units?q=${encodeURIComponent('住建局')}`)).json<
      Page<Unit>
    >();
    expect(byWord.items.map((u) => u.id)).toContain(unit.id);
    expect(byWord.items.every((u) => u.name.includes('住建局'))).toBe(true);
    // Words out of order and apart match through the token index, not LIKE.
    const apart = encodeURIComponent(`住建局 ${marker} 县`);
    const byTokens = (await admin.get(`/api/units?q=${apart}`)).json<Page<Unit>>();
    expect(byTokens.items.map((u) => u.id)).toEqual([unit.id]);
    const byRegion = (await admin.get(`/api/units?q=${encodeURIComponent('石桥')}`)).json<
      Page<Unit>
    >();
    expect(byRegion.items.map((u) => u.id)).toContain(unit.id);
  });

  it('keeps the digits of a query glued to Chinese text (住建局2024 is not 住建局2025)', async () => {
    const year = 100000 + randomInt(800000);
    const wanted = await createUnit(admin, { name: `县住建局${year}` });
    await createUnit(admin, { name: `县住建局${year + 1}` });
    const found = (await admin.get(`/api/units?q=${encodeURIComponent(`住建局${year}`)}`)).json<
      Page<Unit>
    >();
    expect(found.items.map((u) => u.id)).toEqual([wanted.id]);
  });

  it('pages and filters by parent', async () => {
    const parent = await createUnit(admin, { name: `乡镇${tag()}`, type: 'township' });
    for (const name of ['甲村', '乙村', '丙村']) {
      await createUnit(admin, { name: `${name}${tag()}`, type: 'village', parentId: parent.id });
    }
    const page = (await admin.get(`/api/units?parentId=${parent.id}&pageSize=2`)).json<
      Page<Unit>
    >();
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(2);
    const villages = (
      await admin.get(`/api/units?parentId=${parent.id}&type=village&page=2&pageSize=2`)
    ).json<Page<Unit>>();
    expect(villages.items).toHaveLength(1);
  });

  it('refuses a parent that would make a cycle (422) and leaves the unit alone', async () => {
    const top = await createUnit(admin, { name: `上级${tag()}` });
    const middle = await createUnit(admin, { name: `中级${tag()}`, parentId: top.id });
    const bottom = await createUnit(admin, { name: `下级${tag()}`, parentId: middle.id });
    const before = await rowById(t, 'units', top.id);
    const cycle = await admin.patch(`/api/units/${top.id}`, { parentId: bottom.id, version: 1 });
    expect(expectProblem(cycle, 422).errors?.[0]?.path).toBe('parentId');
    const self = await admin.patch(`/api/units/${top.id}`, { parentId: top.id, version: 1 });
    expectProblem(self, 422);
    expect(await rowById(t, 'units', top.id)).toEqual(before);
  });

  it('refuses a parent in another jurisdiction (422)', async () => {
    const child = await makeJurisdiction(t, { parentId: t.rootId });
    const elsewhere = await makeUnit(t, { jurisdictionId: child.id });
    const body = { name: `单位${tag()}`, type: 'department', parentId: elsewhere.id };
    expectProblem(await admin.post('/api/units', { jurisdictionId: t.rootId, ...body }), 422);
  });

  it('refuses a stale version (409)', async () => {
    const unit = await createUnit(admin, { name: `单位${tag()}` });
    expect(
      (await admin.patch(`/api/units/${unit.id}`, { code: 'A1', version: 1 })).statusCode,
    ).toBe(200);
    expectProblem(await admin.patch(`/api/units/${unit.id}`, { code: 'B2', version: 1 }), 409);
    expect((await rowById(t, 'units', unit.id))?.code).toBe('A1');
  });

  it('hides another jurisdiction’s unit (404, unchanged)', async () => {
    const other = await makeJurisdiction(t, { parentId: null });
    const unit = await makeUnit(t, { jurisdictionId: other.id });
    const before = await rowById(t, 'units', unit.id);
    expectProblem(await admin.get(`/api/units/${unit.id}`), 404, 'not_found');
    expectProblem(await admin.patch(`/api/units/${unit.id}`, { name: '篡改', version: 1 }), 404);
    expect(await rowById(t, 'units', unit.id)).toEqual(before);
    const list = (await admin.get(`/api/units?q=${encodeURIComponent(unit.name)}`)).json<
      Page<Unit>
    >();
    expect(list.total).toBe(0);
    expectProblem(
      await admin.post('/api/units', { jurisdictionId: other.id, name: 'x', type: 'other' }),
      403,
    );
  });

  it('lets a team member read units but not change them (403)', async () => {
    const unit = await makeUnit(t);
    const member = await loginAs(t, 'team_member');
    const seen = await member.get(`/api/units/${unit.id}`);
    expect(seen.json<Unit>().abilities).toEqual({ update: false });
    const before = await rowById(t, 'units', unit.id);
    expectProblem(await member.patch(`/api/units/${unit.id}`, { name: '篡改', version: 1 }), 403);
    expectProblem(
      await member.post('/api/units', { jurisdictionId: t.rootId, name: 'x', type: 'other' }),
      403,
    );
    expect(await rowById(t, 'units', unit.id)).toEqual(before);
  });

  it('shows a unit liaison exactly their own unit', async () => {
    const own = await makeUnit(t);
    const other = await makeUnit(t);
    const liaison = await loginAs(t, 'unit_liaison', { unitId: own.id });
    const list = (await liaison.get('/api/units')).json<Page<Unit>>();
    expect(list.total).toBe(1);
    expect(list.items.map((u) => u.id)).toEqual([own.id]);
    expect((await liaison.get(`/api/units/${own.id}`)).statusCode).toBe(200);
    expectProblem(await liaison.get(`/api/units/${other.id}`), 404);
    expectProblem(await liaison.patch(`/api/units/${own.id}`, { name: 'x', version: 1 }), 403);
    expect((await liaison.get('/api/jurisdictions')).statusCode).toBe(200);
  });
});

describe('cadres', () => {
  const cadre = (unitId: string, name = '张三') => ({
    unitId,
    name,
    gender: 'male',
    position: '局长',
    level: 'section',
    isLeadershipMember: true,
  });

  it('creates, lists by unit and updates cadres; the unit counts them', async () => {
    const unit = await makeUnit(t);
    const created = await admin.post('/api/cadres', cadre(unit.id));
    expect(created.statusCode, created.body).toBe(201);
    const row = created.json<Cadre>();
    expect(row).toMatchObject({ unitName: unit.name, version: 1 });
    await admin.post('/api/cadres', cadre(unit.id, '李四'));
    const list = (await admin.get(`/api/cadres?unitId=${unit.id}`)).json<Page<Cadre>>();
    expect(list.items.map((c) => c.name).sort()).toEqual(['张三', '李四']);
    const byName = (
      await admin.get(`/api/cadres?unitId=${unit.id}&q=${encodeURIComponent('李')}`)
    ).json<Page<Cadre>>();
    expect(byName.items.map((c) => c.name)).toEqual(['李四']);
    expect((await admin.get(`/api/units/${unit.id}`)).json<Unit>().cadreCount).toBe(2);
    const updated = await admin.patch(`/api/cadres/${row.id}`, { position: '副局长', version: 1 });
    expect(updated.json<Cadre>()).toMatchObject({ position: '副局长', version: 2 });
    expectProblem(await admin.patch(`/api/cadres/${row.id}`, { position: 'x', version: 1 }), 409);
    expect(await auditRows(t, { action: 'cadre.update', entityId: row.id })).toHaveLength(1);
  });

  it('hides cadres of another jurisdiction (404, unchanged) and forbids readers (403)', async () => {
    const other = await makeJurisdiction(t, { parentId: null });
    const foreignUnit = await makeUnit(t, { jurisdictionId: other.id });
    const otherOffice = await loginAs(t, 'office_admin', { jurisdictionId: other.id });
    const foreign = (await otherOffice.post('/api/cadres', cadre(foreignUnit.id))).json<Cadre>();
    const before = await rowById(t, 'cadres', foreign.id);
    expectProblem(await admin.patch(`/api/cadres/${foreign.id}`, { name: 'x', version: 1 }), 404);
    expectProblem(await admin.post('/api/cadres', cadre(foreignUnit.id)), 404);
    const list = (await admin.get(`/api/cadres?unitId=${foreignUnit.id}`)).json<Page<Cadre>>();
    expect(list.total).toBe(0);
    expect(await rowById(t, 'cadres', foreign.id)).toEqual(before);

    const reader = await loginAs(t, 'discipline', { jurisdictionId: other.id });
    expect(
      (await reader.get(`/api/cadres?unitId=${foreignUnit.id}`)).json<Page<Cadre>>().total,
    ).toBe(1);
    expectProblem(await reader.patch(`/api/cadres/${foreign.id}`, { name: 'x', version: 1 }), 403);
    expectProblem(await reader.post('/api/cadres', cadre(foreignUnit.id)), 403);
    expect(await rowById(t, 'cadres', foreign.id)).toEqual(before);
  });

  it('shows a unit liaison the cadres of their own unit only', async () => {
    const own = await makeUnit(t);
    const other = await makeUnit(t);
    await admin.post('/api/cadres', cadre(own.id, '王五'));
    await admin.post('/api/cadres', cadre(other.id, '赵六'));
    const liaison = await loginAs(t, 'unit_liaison', { unitId: own.id });
    const list = (await liaison.get('/api/cadres')).json<Page<Cadre>>();
    expect(list.items.map((c) => c.name)).toEqual(['王五']);
    expectProblem(await liaison.post('/api/cadres', cadre(other.id)), 404);
    expectProblem(await liaison.post('/api/cadres', cadre(own.id)), 403);
  });
});
