import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeRound, makeTeam, makeUnit } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let member: TestSession;
let roundId: string;
let unitId: string;

beforeAll(async () => {
  t = await createTestApp();
  const team = await makeTeam(t);
  unitId = (await makeUnit(t, { name: '县医保局' })).id;
  roundId = (await makeRound(t, [{ unitId, teamId: team.id }])).id;
  member = await loginAs(t, 'team_member', { teamId: team.id });
});
afterAll(() => t.close());

const survey = (items: unknown[]) =>
  member.post(`/api/rounds/${roundId}/activities`, {
    unitId,
    method: 'survey',
    occurredOn: '2026-03-02',
    summary: '领导班子和班子成员民主测评',
    details: { items },
  });

describe('democratic evaluation (民主测评)', () => {
  it('refuses malformed tallies and sums the results per leader across surveys', async () => {
    const bad = await survey([{ subject: '局长 王某', excellent: -1, good: 2, fair: 0, poor: 0 }]);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('details.items.0.excellent');
    expect(
      (await survey([{ subject: ' ', excellent: 1, good: 0, fair: 0, poor: 0 }])).statusCode,
    ).toBe(422);
    expect(
      (
        await survey([
          { subject: '局长 王某', excellent: 20, good: 10, fair: 5, poor: 5 },
          { subject: '副局长 李某', excellent: 30, good: 8, fair: 2, poor: 0 },
        ])
      ).statusCode,
    ).toBe(201);
    expect(
      (await survey([{ subject: '局长 王某', excellent: 0, good: 0, fair: 5, poor: 5 }]))
        .statusCode,
    ).toBe(201);
    const results = (await member.get(`/api/rounds/${roundId}/surveys`)).json().items;
    const chief = results.find((r: { subject: string }) => r.subject === '局长 王某');
    expect(chief).toMatchObject({ excellent: 20, good: 10, fair: 10, poor: 10, responses: 50 });
    expect(chief.score).toBe(68); // (20×100 + 10×80 + 10×60) / 50
    expect(chief.goodShare).toBe(60);
  });
});

describe('follow-up talks (约谈)', () => {
  it('links a follow-up to an earlier record of the round only', async () => {
    const first = await member.post(`/api/rounds/${roundId}/activities`, {
      unitId,
      method: 'talk',
      occurredOn: '2026-03-02',
      summary: '与办公室主任谈话',
      details: {
        interviewee: '赵某',
        post: '办公室主任',
        interviewers: ['甲', '乙'],
        recorder: '乙',
      },
    });
    expect(first.statusCode).toBe(201);
    const talk = (followUpOf: string) =>
      member.post(`/api/rounds/${roundId}/activities`, {
        unitId,
        method: 'talk',
        occurredOn: '2026-03-02',
        summary: '约谈核实',
        details: {
          interviewee: '赵某',
          post: '办公室主任',
          interviewers: ['甲', '乙'],
          recorder: '乙',
          followUpOf,
        },
      });
    expect((await talk(crypto.randomUUID())).statusCode).toBe(422);
    expect((await talk(first.json().id)).statusCode).toBe(201);
  });
});

describe('clues from on-site records', () => {
  it('raises a clue about the target into the ledger (报账), from the talk', async () => {
    const talk = await member.post(`/api/rounds/${roundId}/activities`, {
      unitId,
      method: 'talk',
      occurredOn: '2026-03-02',
      summary: '与财务人员谈话',
      details: { interviewee: '钱某', post: '会计', interviewers: ['甲'], recorder: '甲' },
    });
    const raised = await member.post(`/api/rounds/${roundId}/activities/${talk.json().id}/clues`, {
      description: '反映局长违规报销私人费用',
      accusedName: '王某',
      accusedPosition: '局长',
    });
    expect(raised.statusCode, raised.body).toBe(201);
    expect(raised.json().code).toMatch(/^XS/);
    const missing = await member.post(
      `/api/rounds/${roundId}/activities/${crypto.randomUUID()}/clues`,
      { description: 'x' },
    );
    expect(missing.statusCode).toBe(404);
    const outsider = await loginAs(t, 'team_member', { teamId: (await makeTeam(t)).id });
    expect(
      (
        await outsider.post(`/api/rounds/${roundId}/activities/${talk.json().id}/clues`, {
          description: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const index = (await member.get(`/api/rounds/${roundId}/file-index`)).json();
    expect(index.counts.clues).toBe(1);
  });
});
