import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { findings, roundReports } from '../../db/schema/index.js';
import { anonymous, auditRows, multipart, rowById } from '../../test/assertions.js';
import { loginAs, makeRound, makeTeam, makeUnit } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Issue: rectification, points 1, 2 and 10 — the plan from feedback, closure with evidence, access. */
let t: TestApp;
let office: TestSession;
let liaison: TestSession;
let otherLiaison: TestSession;
let teamLeader: TestSession;
let otherTeam: TestSession;
let planId = '';
const findingIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const unit = await makeUnit(t, { name: '县交通运输局' });
  const otherUnit = await makeUnit(t, { name: '县卫生健康局' });
  const team = await makeTeam(t);
  const round = await makeRound(t, [{ unitId: unit.id, teamId: team.id }], { stage: 'feedback' });
  for (const problem of ['公务用车管理混乱，私车公养问题突出', '工程项目招投标程序不规范']) {
    const [f] = await dbOf(t.system())
      .insert(findings)
      .values({ roundId: round.id, unitId: unit.id, problem })
      .returning();
    findingIds.push(f!.id);
  }
  await dbOf(t.system())
    .insert(roundReports)
    .values({ roundId: round.id, unitId: unit.id, content: '巡察报告', approvedAt: new Date() });
  office = await loginAs(t, 'office_admin');
  liaison = await loginAs(t, 'unit_liaison', { unitId: unit.id });
  otherLiaison = await loginAs(t, 'unit_liaison', { unitId: otherUnit.id });
  teamLeader = await loginAs(t, 'team_leader', { teamId: team.id });
  otherTeam = await loginAs(t, 'team_member', { teamId: (await makeTeam(t)).id });
  const fed = await teamLeader.post(`/api/rounds/${round.id}/reports/${unit.id}/feedback`, {
    feedbackOn: '2026-03-02',
    attendees: '县交通运输局党组成员',
  });
  expect(fed.statusCode, fed.body).toBe(200);
  const plans = (await liaison.get('/api/rectification-plans')).json();
  expect(plans.total).toBe(1);
  planId = plans.items[0].id;
});
afterAll(() => t.close());

async function item(body: Record<string, unknown>) {
  return liaison.post('/api/rectification-items', { planId, ...body });
}

async function fire(session: TestSession, url: string, action: string, extra = {}) {
  const { version } = (await office.get(url)).json();
  return session.post(`${url}/transitions`, { action, version, ...extra });
}

describe('the plan opened by the feedback', () => {
  it('is drafted by the liaison from the findings, submitted only when every finding is covered, approved by the office', async () => {
    const plan = (await liaison.get(`/api/rectification-plans/${planId}`)).json();
    expect(plan).toMatchObject({
      state: 'drafting',
      feedbackOn: '2026-03-02',
      dueOn: '2026-05-02',
      unitName: '县交通运输局',
      canEditItems: true,
      actions: ['submit'],
    });
    expect(plan.findings.map((f: { itemCount: number }) => f.itemCount)).toEqual([0, 0]);
    expect(
      await auditRows(t, { action: 'rectification.plan_opened', entityId: planId }),
    ).toHaveLength(1);

    const first = await item({
      findingId: findingIds[0],
      responsibleLeader: '局长 王某',
      responsiblePersons: '办公室主任 李某',
      measures: '清理公务用车，建立用车登记和费用审核制度',
      immediateFix: true,
      dueOn: '2026-03-31',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      problem: '公务用车管理混乱，私车公养问题突出',
      immediateFix: true,
      state: 'open',
    });
    const bad = await item({ responsibleLeader: '局长', measures: '无' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('problem');
    const early = await item({
      findingId: findingIds[1],
      responsibleLeader: '局长',
      measures: '规范',
      dueOn: '2026-01-01',
    });
    expect(early.statusCode).toBe(422);
    expect(
      (
        await otherLiaison.post('/api/rectification-items', {
          planId,
          problem: 'x',
          responsibleLeader: 'x',
          measures: 'x',
        })
      ).statusCode,
    ).toBe(404);

    const uncovered = await fire(liaison, `/api/rectification-plans/${planId}`, 'submit');
    expect(uncovered.statusCode).toBe(422);
    expect(uncovered.json().errors[0].message).toBe('工程项目招投标程序不规范');
    const second = await item({
      findingId: findingIds[1],
      responsibleLeader: '分管副局长 赵某',
      measures: '修订招投标管理办法，对近三年项目开展自查',
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().dueOn).toBe('2026-05-02');

    const submitted = await fire(liaison, `/api/rectification-plans/${planId}`, 'submit');
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().state).toBe('submitted');
    expect(
      (await fire(liaison, `/api/rectification-plans/${planId}`, 'approve', { opinion: '同意' }))
        .statusCode,
    ).toBe(403);
    const returned = await fire(office, `/api/rectification-plans/${planId}`, 'return', {
      opinion: '整改措施不够具体，请补充时间节点',
    });
    expect(returned.json().state).toBe('drafting');
    await fire(liaison, `/api/rectification-plans/${planId}`, 'submit');
    const approved = await fire(office, `/api/rectification-plans/${planId}`, 'approve', {
      opinion: '同意该整改方案',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', canEditItems: false });
    expect(approved.json().timeline.map((s: { action: string }) => s.action)).toEqual([
      'submit',
      'return',
      'submit',
      'approve',
    ]);
    // Approved: the items are fixed.
    const itemId = first.json().id as string;
    const edit = await liaison.patch(`/api/rectification-items/${itemId}`, {
      version: first.json().version,
      measures: '改',
    });
    expect(edit.statusCode).toBe(422);
  });

  it('closes an item only with evidence, after the office reviews it; a rejection says why', async () => {
    const { items } = (await liaison.get(`/api/rectification-items?planId=${planId}`)).json();
    const url = `/api/rectification-items/${items[0].id}`;
    const bare = await fire(liaison, url, 'request_closure', { opinion: '已整改完毕' });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().errors[0].path).toBe('fileIds');
    expect((await rowById(t, 'rectification_items', items[0].id))?.state).toBe('open');

    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('车辆登记'.repeat(80))]);
    const upload = multipart('公务用车登记制度.pdf', pdf);
    const stored = await liaison.request('POST', '/api/files', upload.payload, {
      headers: upload.headers,
    });
    expect(stored.statusCode, stored.body).toBe(201);
    const progress = await fire(liaison, url, 'report_progress', {
      opinion: '已清理公务用车 12 辆，制定登记制度',
      fileIds: [stored.json().id],
    });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json().files).toHaveLength(1);
    // The evidence is read through the item by those who see the plan; not by another unit.
    const fileUrl = `${url}/files/${stored.json().id}`;
    expect((await office.get(fileUrl)).statusCode).toBe(200);
    expect((await teamLeader.get(fileUrl)).statusCode).toBe(200);
    expect((await otherLiaison.get(fileUrl)).statusCode).toBe(404);
    const requested = await fire(liaison, url, 'request_closure', { opinion: '申请销号' });
    expect(requested.statusCode, requested.body).toBe(200);
    expect(requested.json().state).toBe('closureRequested');
    expect((await fire(liaison, url, 'close', { opinion: '同意' })).statusCode).toBe(403);
    const rejected = await fire(office, url, 'reject', {
      opinion: '佐证材料不足，缺少费用审核记录',
    });
    expect(rejected.json()).toMatchObject({ state: 'open', closureRequestedAt: null });
    await fire(liaison, url, 'request_closure', { opinion: '补充了费用审核记录' });
    const closed = await fire(office, url, 'close', { opinion: '整改到位，同意销号' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().state).toBe('closed');
    expect(closed.json().flags).toEqual([]);
    // The other item asks for closure at once, with the same file: the reviewer is told.
    const other = `/api/rectification-items/${items[1].id}`;
    const hasty = await fire(liaison, other, 'request_closure', {
      opinion: '已整改',
      fileIds: [stored.json().id],
    });
    expect(hasty.statusCode, hasty.body).toBe(200);
    expect(hasty.json().flags.map((f: { code: string }) => f.code)).toEqual([
      'sharedEvidence',
      'quickClosure',
    ]);
    expect(closed.json().history.map((s: { action: string }) => s.action)).toEqual([
      'report_progress',
      'request_closure',
      'reject',
      'request_closure',
      'close',
    ]);
  });
});

describe('overdue rectification in the target ranking', () => {
  it("counts the unit's items past their deadline and not closed", async () => {
    t.clock.set('2026-05-10T01:00:00.000Z');
    const officeNow = await loginAs(t, 'office_admin');
    const overdue = (await officeNow.get('/api/rectification-items?overdue=true')).json();
    expect(overdue.items.map((i: { problem: string }) => i.problem)).toEqual([
      '工程项目招投标程序不规范',
    ]);
    const ranking = (await officeNow.get('/api/target-ranking')).json();
    const unit = ranking.items.find((u: { unitName: string }) => u.unitName === '县交通运输局');
    expect(unit.components.find((c: { key: string }) => c.key === 'rectification').value).toBe(1);
    t.clock.set('2026-03-02T01:00:00.000Z');
  });
});

describe('who sees a plan', () => {
  it('shows it to the office, the unit and the round team; 404 to another unit and team; 401 without a session', async () => {
    for (const [session, status] of [
      [office, 200],
      [liaison, 200],
      [teamLeader, 200],
      [otherLiaison, 404],
      [otherTeam, 404],
    ] as const) {
      expect((await session.get(`/api/rectification-plans/${planId}`)).statusCode).toBe(status);
      const listed = (await session.get('/api/rectification-items')).json();
      expect(listed.total > 0).toBe(status === 200);
    }
    const { items } = (await office.get(`/api/rectification-items?planId=${planId}`)).json();
    expect((await otherLiaison.get(`/api/rectification-items/${items[0].id}`)).statusCode).toBe(
      404,
    );
    for (const [method, url] of [
      ['GET', '/api/rectification-plans'],
      ['GET', `/api/rectification-plans/${planId}`],
      ['POST', `/api/rectification-plans/${planId}/transitions`],
      ['GET', '/api/rectification-items'],
      ['POST', '/api/rectification-items'],
      ['GET', `/api/rectification-items/${items[0].id}`],
      ['PATCH', `/api/rectification-items/${items[0].id}`],
      ['POST', `/api/rectification-items/${items[0].id}/transitions`],
    ] as const) {
      expect((await anonymous(t, method, url, method === 'GET' ? undefined : {})).statusCode).toBe(
        401,
      );
    }
  });
});
