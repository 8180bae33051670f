import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, auditRows, countRows } from '../../test/assertions.js';
import { loginAs, makeJurisdiction, makeTeam, makeUnit } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let office: TestSession;
let leader: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  office = await loginAs(t, 'office_admin');
  leader = await loginAs(t, 'leading_group');
});
afterAll(() => t.close());

async function plan(targets: { unitId: string; teamId?: string | null }[], extra = {}) {
  const response = await office.post('/api/rounds', {
    name: '2026年第二轮常规巡察',
    kind: 'regular',
    startsOn: '2026-04-01',
    endsOn: '2026-05-31',
    authorizationNo: '清巡授〔2026〕2号',
    targets,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('planning a round', () => {
  it('records the targets with their teams, audited, and warns when a team has too many', async () => {
    const team = await makeTeam(t);
    const units = await Promise.all([1, 2, 3, 4].map((i) => makeUnit(t, { name: `县直单位${i}` })));
    const round = await plan(units.map((u) => ({ unitId: u.id, teamId: team.id })));
    expect(round).toMatchObject({
      stage: 'preparation',
      kind: 'regular',
      abilities: { update: true },
    });
    expect(round.targets).toHaveLength(4);
    expect(round.warnings).toHaveLength(1);
    expect(round.warnings[0]).toContain('不宜定得过多');
    expect(await auditRows(t, { action: 'round.create', entityId: round.id })).toHaveLength(1);

    const trimmed = await office.patch(`/api/rounds/${round.id}`, {
      version: round.version,
      targets: units.slice(0, 3).map((u) => ({ unitId: u.id, teamId: team.id })),
    });
    expect(trimmed.statusCode, trimmed.body).toBe(200);
    expect(trimmed.json().warnings).toEqual([]);
    const stale = await office.patch(`/api/rounds/${round.id}`, {
      version: round.version,
      name: 'x',
    });
    expect(stale.statusCode).toBe(409);
  });

  it.each([
    ['an unknown unit', () => ({ targets: [{ unitId: crypto.randomUUID() }] }), 422],
    ['a special round without a topic', () => ({ kind: 'special', targets: [] }), 422],
    [
      'an end before the start',
      () => ({ startsOn: '2026-05-01', endsOn: '2026-04-01', targets: [] }),
      422,
    ],
    ['an unknown kind', () => ({ kind: 'weekly', targets: [] }), 400],
    ['a bad date', () => ({ startsOn: '2026-02-30', targets: [] }), 400],
    ['no name', () => ({ name: ' ', targets: [] }), 400],
  ])('refuses %s and writes nothing', async (_name, overrides, status) => {
    const before = await countRows(t, 'rounds');
    const response = await office.post('/api/rounds', {
      name: '2026年专项巡察',
      kind: 'regular',
      ...overrides(),
    });
    expect(response.statusCode, response.body).toBe(status);
    expect(await countRows(t, 'rounds')).toBe(before);
  });

  it('refuses the same unit twice and a unit of another jurisdiction', async () => {
    const unit = await makeUnit(t, { name: '县审计局' });
    const other = await makeJurisdiction(t);
    const foreign = await makeUnit(t, { name: '外县单位', jurisdictionId: other.id });
    const response = await office.post('/api/rounds', {
      name: '2026年第三轮常规巡察',
      kind: 'regular',
      targets: [{ unitId: unit.id }, { unitId: unit.id }, { unitId: foreign.id }],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'targets.1.unitId',
      'targets.2.unitId',
    ]);
  });

  it('is for the office only: the leading group reads, other roles get 403 to plan', async () => {
    const unit = await makeUnit(t, { name: '县统计局' });
    const round = await plan([{ unitId: unit.id }]);
    expect((await leader.get(`/api/rounds/${round.id}`)).json().abilities.update).toBe(false);
    const body = { name: '某轮', kind: 'regular', targets: [] };
    for (const role of ['leading_group', 'team_leader', 'petition_clerk'] as const) {
      const session = await loginAs(t, role);
      expect((await session.post('/api/rounds', body)).statusCode).toBe(403);
    }
    expect((await anonymous(t, 'POST', '/api/rounds', body)).statusCode).toBe(401);
    expect(
      (await leader.patch(`/api/rounds/${round.id}`, { version: 1, name: 'x' })).statusCode,
    ).toBe(403);
  });
});

describe('who sees a round', () => {
  it('shows a team only the rounds it is assigned to; others get 404', async () => {
    const unit = await makeUnit(t, { name: '县林业局' });
    const ours = await makeTeam(t);
    const round = await plan([{ unitId: unit.id, teamId: ours.id }]);
    const member = await loginAs(t, 'team_member', { teamId: ours.id });
    const stranger = await loginAs(t, 'team_member', { teamId: (await makeTeam(t)).id });
    expect((await member.get(`/api/rounds/${round.id}`)).statusCode).toBe(200);
    const listed = (await member.get('/api/rounds?pageSize=100')).json();
    expect(listed.items.map((r: { id: string }) => r.id)).toEqual([round.id]);
    expect((await stranger.get(`/api/rounds/${round.id}`)).statusCode).toBe(404);
    for (const role of ['petition_clerk', 'discipline', 'unit_liaison', 'auditor'] as const) {
      const session = await loginAs(t, role);
      expect((await session.get(`/api/rounds/${round.id}`)).statusCode).toBe(404);
    }
    const other = await makeJurisdiction(t);
    const foreignOffice = await loginAs(t, 'office_admin', { jurisdictionId: other.id });
    expect((await foreignOffice.get(`/api/rounds/${round.id}`)).statusCode).toBe(404);
    expect(
      (await foreignOffice.patch(`/api/rounds/${round.id}`, { version: 1, name: 'x' })).statusCode,
    ).toBe(404);
    expect((await anonymous(t, 'GET', `/api/rounds/${round.id}`)).statusCode).toBe(401);
  });
});
