import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, auditRows, expectProblem, rowById } from '../../test/assertions.js';
import { loginAs, makeJurisdiction, makeTeam } from '../../test/factories.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface Jurisdiction {
  id: string;
  name: string;
  level: string;
  parentId: string | null;
  version: number;
}
interface Department {
  id: string;
  jurisdictionId: string;
  name: string;
  kind: string;
  version: number;
}

let t: TestApp;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await login(t.app, 'admin', t.adminPassword);
});
afterAll(() => t.close());

const someId = '00000000-0000-4000-8000-000000000000';

describe('organization API: authentication', () => {
  it.each([
    ['GET', '/api/jurisdictions'],
    ['POST', '/api/jurisdictions'],
    ['PATCH', `/api/jurisdictions/${someId}`],
    ['GET', '/api/departments'],
    ['POST', '/api/departments'],
    ['PATCH', `/api/departments/${someId}`],
    ['GET', '/api/units'],
    ['GET', `/api/units/${someId}`],
    ['POST', '/api/units'],
    ['PATCH', `/api/units/${someId}`],
    ['GET', '/api/cadres'],
    ['POST', '/api/cadres'],
    ['PATCH', `/api/cadres/${someId}`],
    ['GET', '/api/teams'],
  ] as const)('%s %s without a session answers 401', async (method, url) => {
    expectProblem(await anonymous(t, method, url, method === 'GET' ? undefined : {}), 401);
  });
});

/** A province of its own (a separate tree), with an office administrator in it. */
async function province() {
  const jurisdiction = await makeJurisdiction(t, { level: 'province', parentId: null });
  const office = await loginAs(t, 'office_admin', { jurisdictionId: jurisdiction.id });
  return { jurisdiction, office };
}

describe('jurisdictions', () => {
  it('shows a role holder their jurisdiction and everything below it, nothing above', async () => {
    const child = await makeJurisdiction(t, { parentId: t.rootId });
    const grandchild = await makeJurisdiction(t, { parentId: child.id });
    const all = (await admin.get('/api/jurisdictions')).json<{ items: Jurisdiction[] }>();
    const ids = all.items.map((j) => j.id);
    expect(ids).toEqual(expect.arrayContaining([t.rootId, child.id, grandchild.id]));

    const below = await loginAs(t, 'team_member', { jurisdictionId: child.id });
    const seen = (await below.get('/api/jurisdictions')).json<{ items: Jurisdiction[] }>();
    expect(seen.items.map((j) => j.id).sort()).toEqual([child.id, grandchild.id].sort());
  });

  it('creates a lower-level child and refuses a same-or-higher level (422)', async () => {
    const { jurisdiction, office } = await province();
    const city = await office.post('/api/jurisdictions', {
      name: '某市',
      level: 'city',
      parentId: jurisdiction.id,
    });
    expect(city.statusCode, city.body).toBe(201);
    expect(city.json<Jurisdiction>()).toMatchObject({ parentId: jurisdiction.id, level: 'city' });
    const sameLevel = await office.post('/api/jurisdictions', {
      name: '另一个省',
      level: 'province',
      parentId: jurisdiction.id,
    });
    const problem = expectProblem(sameLevel, 422, 'unprocessable');
    expect(problem.errors?.[0]?.path).toBe('level');
    const [audit] = await auditRows(t, {
      action: 'jurisdiction.create',
      entityId: city.json<Jurisdiction>().id,
    });
    expect(audit).toBeDefined();
  });

  it('hides another tree (404) and forbids a non-manager (403)', async () => {
    const { jurisdiction, office } = await province();
    expectProblem(
      await office.post('/api/jurisdictions', { name: 'x', level: 'city', parentId: t.rootId }),
      404,
    );
    const before = await rowById(t, 'jurisdictions', t.rootId);
    expectProblem(
      await office.patch(`/api/jurisdictions/${t.rootId}`, { name: '篡改', version: 1 }),
      404,
    );
    expect(await rowById(t, 'jurisdictions', t.rootId)).toEqual(before);

    const member = await loginAs(t, 'team_member', { jurisdictionId: jurisdiction.id });
    expectProblem(
      await member.post('/api/jurisdictions', {
        name: 'x',
        level: 'city',
        parentId: jurisdiction.id,
      }),
      403,
    );
    expectProblem(
      await member.patch(`/api/jurisdictions/${jurisdiction.id}`, { name: 'x', version: 1 }),
      403,
    );
  });

  it('renames with optimistic locking (stale version → 409)', async () => {
    const { jurisdiction, office } = await province();
    const renamed = await office.patch(`/api/jurisdictions/${jurisdiction.id}`, {
      name: '新名称省',
      version: 1,
    });
    expect(renamed.json<Jurisdiction>()).toMatchObject({ name: '新名称省', version: 2 });
    expectProblem(
      await office.patch(`/api/jurisdictions/${jurisdiction.id}`, { name: '旧', version: 1 }),
      409,
      'stale_version',
    );
    expect((await rowById(t, 'jurisdictions', jurisdiction.id))?.name).toBe('新名称省');
  });
});

describe('departments', () => {
  it('creates, lists and updates a department of one’s own jurisdiction', async () => {
    const { jurisdiction, office } = await province();
    const created = await office.post('/api/departments', {
      jurisdictionId: jurisdiction.id,
      name: ' 省纪委监委 ',
      kind: 'discipline_commission',
    });
    expect(created.statusCode, created.body).toBe(201);
    const department = created.json<Department>();
    expect(department).toMatchObject({ name: '省纪委监委', version: 1 });
    const list = (await office.get('/api/departments')).json<{ items: Department[] }>();
    expect(list.items.map((d) => d.id)).toEqual([department.id]);
    const updated = await office.patch(`/api/departments/${department.id}`, {
      hasAccounts: false,
      version: 1,
    });
    expect(updated.json()).toMatchObject({ hasAccounts: false, version: 2 });
    expectProblem(
      await office.patch(`/api/departments/${department.id}`, { name: 'x', version: 1 }),
      409,
    );
  });

  it('hides another jurisdiction’s department (404, unchanged) and forbids a reader (403)', async () => {
    const { jurisdiction, office } = await province();
    const created = await office.post('/api/departments', {
      jurisdictionId: jurisdiction.id,
      name: '省信访局',
      kind: 'petition_bureau',
    });
    const department = created.json<Department>();
    const before = await rowById(t, 'departments', department.id);
    expectProblem(
      await admin.patch(`/api/departments/${department.id}`, { name: '篡改', version: 1 }),
      404,
    );
    expect(await rowById(t, 'departments', department.id)).toEqual(before);
    const seenByRoot = (await admin.get('/api/departments')).json<{ items: Department[] }>();
    expect(seenByRoot.items.map((d) => d.id)).not.toContain(department.id);
    expectProblem(
      await admin.post('/api/departments', {
        jurisdictionId: jurisdiction.id,
        name: 'x',
        kind: 'other',
      }),
      403,
    );

    const clerk = await loginAs(t, 'petition_clerk', { jurisdictionId: jurisdiction.id });
    const seen = (await clerk.get('/api/departments')).json<{ items: Department[] }>();
    expect(seen.items.map((d) => d.id)).toContain(department.id);
    expectProblem(
      await clerk.patch(`/api/departments/${department.id}`, { name: 'x', version: 1 }),
      403,
    );
    expect(await rowById(t, 'departments', department.id)).toEqual(before);
  });
});

describe('teams', () => {
  it('lists the teams of the caller’s jurisdictions only', async () => {
    const { jurisdiction, office } = await province();
    const own = await makeTeam(t, jurisdiction.id);
    const rootTeam = await makeTeam(t);
    const seen = (await office.get('/api/teams')).json<{ items: { id: string }[] }>();
    expect(seen.items.map((x) => x.id)).toEqual([own.id]);
    const rootSeen = (await admin.get('/api/teams')).json<{ items: { id: string }[] }>();
    expect(rootSeen.items.map((x) => x.id)).toContain(rootTeam.id);
    expect(rootSeen.items.map((x) => x.id)).not.toContain(own.id);
  });
});
