import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { clues, inspectors, roundTeamMembers } from '../../db/schema/index.js';
import { anonymous, auditRows } from '../../test/assertions.js';
import { loginAs, makeTeam, makeUnit } from '../../test/factories.js';
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

async function addMember(roundId: string, teamId: string, role: 'leader' | 'member') {
  const [inspector] = await dbOf(t.system())
    .insert(inspectors)
    .values({ jurisdictionId: t.rootId, name: `巡察干部${role}${Math.random()}` })
    .returning();
  await dbOf(t.system())
    .insert(roundTeamMembers)
    .values({ roundId, teamId, inspectorId: inspector!.id, role });
}

async function fire(session: TestSession, id: string, action: string, opinion?: string) {
  const { version } = (await office.get(`/api/rounds/${id}`)).json();
  return session.post(`/api/rounds/${id}/transitions`, { action, version, opinion });
}

describe('the six stages with their gates', () => {
  it('goes 准备 → 了解 → 报告 → 反馈 → 整改督查 → 立卷归案, each gate naming what is missing', async () => {
    const unit = await makeUnit(t, { name: '县供销社' });
    const team = await makeTeam(t);
    const teamLeader = await loginAs(t, 'team_leader', { teamId: team.id });
    const member = await loginAs(t, 'team_member', { teamId: team.id });
    const otherLeader = await loginAs(t, 'team_leader', { teamId: (await makeTeam(t)).id });
    const planned = await office.post('/api/rounds', {
      name: '2026年第四轮常规巡察',
      kind: 'regular',
      targets: [{ unitId: unit.id, teamId: team.id }],
    });
    const round = planned.json();
    expect(round.gates.start_on_site).toEqual([
      '有巡察组尚无成员',
      '尚未向有关部门提出情况通报请求',
      '尚未确定进驻日期',
    ]);
    const early = await fire(office, round.id, 'start_on_site');
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('情况通报');

    // 准备: dates, team with a leader, briefing requested.
    await office.patch(`/api/rounds/${round.id}`, {
      version: round.version,
      startsOn: '2026-03-02',
    });
    await addMember(round.id, team.id, 'member');
    expect((await office.get(`/api/rounds/${round.id}`)).json().gates.start_on_site).toEqual([
      '有巡察组尚未确定组长',
      '尚未向有关部门提出情况通报请求',
    ]);
    await addMember(round.id, team.id, 'leader');
    const briefing = await office.post(`/api/rounds/${round.id}/briefings`, {
      source: 'discipline',
      request: '请提供县供销社领导班子成员近三年信访举报和问题线索情况',
      dueOn: '2026-03-10',
    });
    expect(briefing.statusCode, briefing.body).toBe(201);
    expect((await fire(teamLeader, round.id, 'start_on_site')).statusCode).toBe(403);
    const onSite = await fire(office, round.id, 'start_on_site');
    expect(onSite.statusCode, onSite.body).toBe(200);
    expect(onSite.json().stage).toBe('on_site');
    expect(
      (await office.patch(`/api/rounds/${round.id}`, { version: onSite.json().version, name: 'x' }))
        .statusCode,
    ).toBe(409);

    // 了解: a talk raises a finding.
    const incomplete = await member.post(`/api/rounds/${round.id}/activities`, {
      unitId: unit.id,
      method: 'talk',
      occurredOn: '2026-03-02',
      summary: '与财务科长个别谈话',
    });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().errors.map((e: { path: string }) => e.path)).toContain(
      'details.interviewee',
    );
    const talk = await member.post(`/api/rounds/${round.id}/activities`, {
      unitId: unit.id,
      method: 'talk',
      occurredOn: '2026-03-02',
      place: '县供销社三楼会议室',
      summary: '与财务科长个别谈话',
      record: '反映2025年度多次以会议费名义列支招待费用。',
      details: {
        interviewee: '王某',
        post: '财务科长',
        interviewers: ['李四', '赵六'],
        recorder: '赵六',
      },
    });
    expect(talk.statusCode, talk.body).toBe(201);
    const stranger = await otherLeader.post(`/api/rounds/${round.id}/activities`, {
      unitId: unit.id,
      method: 'fieldVisit',
      occurredOn: '2026-03-02',
      summary: '走访',
    });
    expect(stranger.statusCode).toBe(404);
    const finding = await member.post(`/api/rounds/${round.id}/findings`, {
      unitId: unit.id,
      activityId: talk.json().id,
      problem: '以会议费名义列支招待费用，违反中央八项规定精神',
      focus: 'conduct',
      disciplines: ['integrity'],
    });
    expect(finding.statusCode, finding.body).toBe(201);
    expect((await member.get(`/api/rounds/${round.id}/findings`)).json().items).toHaveLength(1);

    // 报告
    expect((await fire(teamLeader, round.id, 'submit_report')).statusCode).toBe(409);
    const report = await teamLeader.request('PUT', `/api/rounds/${round.id}/reports/${unit.id}`, {
      content: '一、发现的主要问题：以会议费名义列支招待费用……',
      teamEvaluation: '班子整体较好，落实全面从严治党主体责任有差距。',
      version: 0,
    });
    expect(report.statusCode, report.body).toBe(200);
    expect((await fire(otherLeader, round.id, 'submit_report')).statusCode).toBe(404);
    expect((await fire(teamLeader, round.id, 'submit_report')).statusCode).toBe(200);
    expect((await fire(teamLeader, round.id, 'approve_report', '同意')).statusCode).toBe(403);
    const approved = await fire(leader, round.id, 'approve_report', '同意报告，按程序反馈');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().stage).toBe('feedback');

    // 反馈
    expect((await fire(teamLeader, round.id, 'deliver_feedback')).statusCode).toBe(409);
    const feedback = await teamLeader.post(`/api/rounds/${round.id}/reports/${unit.id}/feedback`, {
      feedbackOn: '2026-03-02',
      attendees: '县供销社领导班子成员、中层干部',
    });
    expect(feedback.statusCode, feedback.body).toBe(200);
    expect((await fire(teamLeader, round.id, 'deliver_feedback')).statusCode).toBe(200);

    // 立卷归案: refused while a clue is neither transferred nor closed.
    const [clue] = await dbOf(t.system())
      .insert(clues)
      .values({
        jurisdictionId: t.rootId,
        code: `XS2026${Date.now()}`,
        source: 'talk',
        roundId: round.id,
        description: '以会议费名义列支招待费用',
      })
      .returning();
    const blocked = await fire(office, round.id, 'archive');
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().detail).toContain('问题线索');
    await dbOf(t.system()).update(clues).set({ state: 'transferred' });
    void clue;
    const archived = await fire(office, round.id, 'archive');
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json()).toMatchObject({ stage: 'archived', actions: [] });
    const readOnly = await member.post(`/api/rounds/${round.id}/findings`, {
      unitId: unit.id,
      problem: '补充问题',
    });
    expect(readOnly.statusCode).toBe(409);
    expect(readOnly.json().detail).toContain('只读');
    const index = (await office.get(`/api/rounds/${round.id}/file-index`)).json();
    expect(index.counts).toMatchObject({
      talks: 1,
      findings: 1,
      reports: 1,
      briefings: 1,
      clues: 1,
    });
    expect(index.entries.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['briefing', 'activity', 'finding', 'report', 'clue']),
    );
    const events = await auditRows(t, { entityId: round.id });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['round.create', 'round.activity_recorded', 'round.finding_raised']),
    );
  });

  it('answers 401 without a session and 404 to a team not on the round', async () => {
    const unit = await makeUnit(t, { name: '县烟草局' });
    const round = (
      await office.post('/api/rounds', {
        name: '2026年第五轮常规巡察',
        kind: 'regular',
        targets: [{ unitId: unit.id }],
      })
    ).json();
    for (const [method, url] of [
      ['POST', `/api/rounds/${round.id}/transitions`],
      ['GET', `/api/rounds/${round.id}/activities`],
      ['POST', `/api/rounds/${round.id}/findings`],
      ['POST', `/api/rounds/${round.id}/briefings`],
      ['GET', `/api/rounds/${round.id}/file`],
    ] as const) {
      expect((await anonymous(t, method, url, method === 'POST' ? {} : undefined)).statusCode).toBe(
        401,
      );
    }
    const outsider = await loginAs(t, 'team_member', { teamId: (await makeTeam(t)).id });
    expect((await outsider.get(`/api/rounds/${round.id}/activities`)).statusCode).toBe(404);
    const unknown = await office.post(`/api/rounds/${round.id}/transitions`, {
      action: 'launch',
      version: round.version,
    });
    expect(unknown.statusCode).toBe(400);
  });
});
