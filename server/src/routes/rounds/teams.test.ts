import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { inspectorPositions } from '../../db/schema/index.js';
import { anonymous, auditRows } from '../../test/assertions.js';
import { loginAs, makeInspector, makeTeam, makeUnit } from '../../test/factories.js';
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

async function plannedRound() {
  const target = await makeUnit(t, { name: `县水务局${Math.random()}` });
  const team = await makeTeam(t);
  const round = (
    await office.post('/api/rounds', {
      name: '2026年第六轮常规巡察',
      kind: 'regular',
      targets: [{ unitId: target.id, teamId: team.id }],
    })
  ).json();
  return { round, target, team };
}

describe('staffing a team from the talent pool', () => {
  it('refuses a conflicted inspector naming the rule, and admits them only after a leader-approved override', async () => {
    const { round, target, team } = await plannedRound();
    const conflicted = await makeInspector(t, { name: '钱多多', specialties: ['财务'] });
    await dbOf(t.system()).insert(inspectorPositions).values({
      inspectorId: conflicted.id,
      unitId: target.id,
      unitName: target.name,
      position: '副局长',
      fromOn: '2023-01-01',
    });
    const clean = await makeInspector(t, { name: '孙清白', specialties: ['财务', '审计'] });

    const refused = await office.post(`/api/rounds/${round.id}/teams`, {
      teamId: team.id,
      inspectorId: conflicted.id,
      role: 'member',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('任职回避');
    expect(refused.json().errors[0].path).toBe('recusal.employment');

    const suggested = (
      await office.get(`/api/rounds/${round.id}/teams/${team.id}/suggestions?specialties=审计`)
    ).json();
    const names = suggested.items.map((i: { name: string }) => i.name);
    expect(names).toContain('孙清白');
    expect(names).not.toContain('钱多多');
    expect(suggested.items[0].matchedSpecialties).toEqual(['审计']);

    const added = await office.post(`/api/rounds/${round.id}/teams`, {
      teamId: team.id,
      inspectorId: clean.id,
      role: 'leader',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().members).toContainEqual(
      expect.objectContaining({ inspectorId: clean.id, role: 'leader', overrideId: null }),
    );

    const noNeed = await office.post(`/api/rounds/${round.id}/recusal-overrides`, {
      teamId: team.id,
      inspectorId: clean.id,
      reason: '无',
    });
    expect(noNeed.statusCode).toBe(409);
    const request = await office.post(`/api/rounds/${round.id}/recusal-overrides`, {
      teamId: team.id,
      inspectorId: conflicted.id,
      reason: '该同志为全县唯一注册会计师，且已离开该局两年，专项检查财务需要',
    });
    expect(request.statusCode, request.body).toBe(201);
    expect(request.json().conflicts[0].rule).toBe('employment');
    // Still refused while pending; the office cannot approve; the leading group can.
    expect(
      (
        await office.post(`/api/rounds/${round.id}/teams`, {
          teamId: team.id,
          inspectorId: conflicted.id,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await office.post(`/api/recusal-overrides/${request.json().id}/decision`, { approve: true }))
        .statusCode,
    ).toBe(403);
    const approved = await leader.post(`/api/recusal-overrides/${request.json().id}/decision`, {
      approve: true,
      note: '同意，限本轮',
    });
    expect(approved.statusCode).toBe(200);
    const admitted = await office.post(`/api/rounds/${round.id}/teams`, {
      teamId: team.id,
      inspectorId: conflicted.id,
    });
    expect(admitted.statusCode, admitted.body).toBe(200);
    const member = admitted
      .json()
      .members.find((m: { inspectorId: string }) => m.inspectorId === conflicted.id);
    expect(member.overrideId).toBe(request.json().id);
    const audit = await auditRows(t, { action: 'recusal.override_decided', entityId: round.id });
    expect(audit).toHaveLength(1);

    const twice = await office.post(`/api/rounds/${round.id}/teams`, {
      teamId: team.id,
      inspectorId: clean.id,
    });
    expect(twice.statusCode).toBe(409);
  });

  it('refuses ineligible, unavailable and unknown inspectors and a team not on the round (422)', async () => {
    const { round, team } = await plannedRound();
    const ineligible = await makeInspector(t, { eligible: false });
    const away = await makeInspector(t, { available: false });
    for (const inspectorId of [ineligible.id, away.id, crypto.randomUUID()]) {
      const response = await office.post(`/api/rounds/${round.id}/teams`, {
        teamId: team.id,
        inspectorId,
      });
      expect(response.statusCode).toBe(422);
    }
    const other = await makeTeam(t);
    const wrongTeam = await office.post(`/api/rounds/${round.id}/teams`, {
      teamId: other.id,
      inspectorId: (await makeInspector(t)).id,
    });
    expect(wrongTeam.statusCode).toBe(422);
  });

  it('is the office’s: 401 without a session, 403 for the leading group, 404 for a team not on it', async () => {
    const { round, team } = await plannedRound();
    const body = { teamId: team.id, inspectorId: (await makeInspector(t)).id };
    expect((await anonymous(t, 'POST', `/api/rounds/${round.id}/teams`, body)).statusCode).toBe(
      401,
    );
    expect((await leader.post(`/api/rounds/${round.id}/teams`, body)).statusCode).toBe(403);
    const outsider = await loginAs(t, 'team_leader', { teamId: (await makeTeam(t)).id });
    expect((await outsider.post(`/api/rounds/${round.id}/teams`, body)).statusCode).toBe(404);
    const ownLeader = await loginAs(t, 'team_leader', { teamId: team.id });
    expect((await ownLeader.post(`/api/rounds/${round.id}/teams`, body)).statusCode).toBe(403);
  });
});
