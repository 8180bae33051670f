import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { rectificationItems, rectificationPlans } from '../../db/schema/index.js';
import { anonymous } from '../../test/assertions.js';
import { loginAs, makeTeam } from '../../test/factories.js';
import { rectificationWorld } from '../../test/rectification-fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Issue: rectification, point 3 — the supervision list (督查清单). */
let t: TestApp;
let w: Awaited<ReturnType<typeof rectificationWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await rectificationWorld(t, {
    unitName: '县教育局',
    problems: ['校园食堂承包管理不规范'],
    approve: true,
  });
});
afterAll(() => t.close());

describe('supervision checks', () => {
  it("are planned and recorded by the office or the unit's team, linked to items", async () => {
    const { items } = (await w.liaison.get(`/api/rectification-items?planId=${w.planId}`)).json();
    const planned = await w.teamLeader.post('/api/supervision-checks', {
      planId: w.planId,
      itemId: items[0].id,
      kind: 'onSite',
      plannedOn: '2026-04-15',
      note: '实地查看食堂承包合同和采购台账',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json()).toMatchObject({ doneOn: null, result: null, itemId: items[0].id });
    const early = await w.office.patch(`/api/supervision-checks/${planned.json().id}`, {
      version: planned.json().version,
      result: 'passed',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().errors[0].path).toBe('doneOn');
    const done = await w.office.patch(`/api/supervision-checks/${planned.json().id}`, {
      version: planned.json().version,
      doneOn: '2026-03-02',
      result: 'failed',
      note: '采购台账缺失三个月',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ result: 'failed', doneOn: '2026-03-02' });
    const list = (await w.liaison.get(`/api/supervision-checks?planId=${w.planId}`)).json();
    expect(list.items).toHaveLength(1);

    // The plan tells each caller whether they supervise it (the page's buttons).
    for (const [session, may] of [
      [w.office, true],
      [w.teamLeader, true],
      [w.liaison, false],
    ] as const)
      expect((await session.get(w.url)).json().canSupervise).toBe(may);

    // The unit does not supervise itself; another team has no business here; no session, 401.
    const byUnit = await w.liaison.post('/api/supervision-checks', {
      planId: w.planId,
      kind: 'documents',
      plannedOn: '2026-04-15',
    });
    expect(byUnit.statusCode).toBe(403);
    const other = await loginAs(t, 'team_leader', { teamId: (await makeTeam(t)).id });
    const byOther = await other.post('/api/supervision-checks', {
      planId: w.planId,
      kind: 'documents',
      plannedOn: '2026-04-15',
    });
    expect(byOther.statusCode).toBe(404);
    const wrongItem = await w.office.post('/api/supervision-checks', {
      planId: w.planId,
      itemId: w.findingIds[0],
      kind: 'documents',
      plannedOn: '2026-04-15',
    });
    expect(wrongItem.statusCode).toBe(422);
    expect(
      (await anonymous(t, 'GET', `/api/supervision-checks?planId=${w.planId}`)).statusCode,
    ).toBe(401);
  });
});

describe('follow-up visit (回头看)', () => {
  it('is scheduled at acceptance over a sample; a failed item is reopened and counts against the unit', async () => {
    const v = await rectificationWorld(t, {
      unitName: '县水务局',
      problems: ['农村饮水工程维护缺位', '水费收缴不规范'],
      approve: true,
    });
    // Every item closed and the report submitted (those steps have their own tests).
    await dbOf(t.system())
      .update(rectificationItems)
      .set({ state: 'closed', closedAt: new Date() })
      .where(eq(rectificationItems.planId, v.planId));
    await dbOf(t.system())
      .update(rectificationPlans)
      .set({ state: 'reported' })
      .where(eq(rectificationPlans.id, v.planId));
    const accepted = await v.fire(v.office, 'accept', '整改到位，验收通过');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().state).toBe('closed');
    const visits = (await v.office.get(`/api/follow-up-visits?planId=${v.planId}`)).json();
    expect(visits.items).toHaveLength(1);
    const visit = visits.items[0];
    expect(visit).toMatchObject({ dueOn: '2026-09-02', visitedOn: null });
    expect(visit.sampleItemIds).toHaveLength(2);

    const notSampled = await v.office.post(`/api/follow-up-visits/${visit.id}/results`, {
      version: visit.version,
      visitedOn: '2026-03-02',
      results: [{ itemId: v.findingIds[0], passed: true }],
    });
    expect(notSampled.statusCode).toBe(422);
    expect(
      (
        await v.liaison.post(`/api/follow-up-visits/${visit.id}/results`, {
          version: visit.version,
          visitedOn: '2026-03-02',
          results: [{ itemId: visit.sampleItemIds[0], passed: true }],
        })
      ).statusCode,
    ).toBe(403);
    const recorded = await v.teamLeader.post(`/api/follow-up-visits/${visit.id}/results`, {
      version: visit.version,
      visitedOn: '2026-03-02',
      results: [
        { itemId: visit.sampleItemIds[0], passed: false, note: '维护经费仍未落实' },
        { itemId: visit.sampleItemIds[1], passed: true },
      ],
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const plan = (await v.office.get(v.url)).json();
    expect(plan.state).toBe('approved');
    const reopened = plan.items.find((i: { id: string }) => i.id === visit.sampleItemIds[0]);
    expect(reopened.state).toBe('open');
    expect(reopened.history.at(-1)).toMatchObject({ action: 'reopen' });
    const ranking = (await v.office.get('/api/target-ranking')).json();
    const unit = ranking.items.find((u: { unitName: string }) => u.unitName === '县水务局');
    expect(unit.components.find((c: { key: string }) => c.key === 'rectification').value).toBe(1);
  });
});
