import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { dbOf } from '../../core/context.js';
import { clues, petitionAccused, petitions, rounds } from '../../db/schema/index.js';
import { anonymous } from '../../test/assertions.js';
import { loginAs, makeJurisdiction, makeRound, makeUnit } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let office: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  office = await loginAs(t, 'office_admin');
});
afterAll(() => t.close());

describe('terms and coverage (全覆盖)', () => {
  it('counts a unit inspected once a round with it went on site within the term', async () => {
    expect((await office.get('/api/coverage')).statusCode).toBe(404); // no term yet
    const term = await office.post('/api/terms', {
      name: '第十五届',
      startsOn: '2021-10-01',
      endsOn: '2026-09-30',
    });
    expect(term.statusCode, term.body).toBe(201);
    const overlap = await office.post('/api/terms', {
      name: '重叠',
      startsOn: '2026-01-01',
      endsOn: '2027-01-01',
    });
    expect(overlap.statusCode).toBe(422);
    const backwards = await office.post('/api/terms', {
      name: '倒置',
      startsOn: '2031-01-01',
      endsOn: '2030-01-01',
    });
    expect(backwards.statusCode).toBe(422);

    const before = (await office.get('/api/coverage')).json();
    const visited = await makeUnit(t, { name: '县民政局' });
    const planned = await makeUnit(t, { name: '县残联' });
    const round = await makeRound(t, [{ unitId: visited.id, teamId: null }]);
    await dbOf(t.system())
      .update(rounds)
      .set({ startsOn: '2025-05-01' })
      .where(eq(rounds.id, round.id));
    await makeRound(t, [{ unitId: planned.id, teamId: null }], { stage: 'preparation' });
    const after = (await office.get('/api/coverage')).json();
    expect(after.total).toBe(before.total + 2);
    expect(after.inspected).toBe(before.inspected + 1);
    expect(after.percent).toBeGreaterThan(0);
    expect(after.daysLeft).toBeGreaterThan(0);
    const rows = new Map(after.units.map((u: { id: string }) => [u.id, u]));
    expect(rows.get(visited.id)).toMatchObject({
      inspectedInTerm: true,
      lastInspectedOn: '2025-05-01',
    });
    expect(rows.get(planned.id)).toMatchObject({ inspectedInTerm: false, lastInspectedOn: null });
  });

  it('is for the office and the leading group only', async () => {
    for (const role of ['team_leader', 'petition_clerk', 'discipline'] as const) {
      const session = await loginAs(t, role);
      expect((await session.get('/api/coverage')).statusCode).toBe(403);
      expect((await session.get('/api/target-ranking')).statusCode).toBe(403);
      expect(
        (
          await session.post('/api/terms', {
            name: 'x',
            startsOn: '2040-01-01',
            endsOn: '2041-01-01',
          })
        ).statusCode,
      ).toBe(403);
    }
    expect((await anonymous(t, 'GET', '/api/coverage')).statusCode).toBe(401);
    expect((await anonymous(t, 'GET', '/api/target-ranking')).statusCode).toBe(401);
  });
});

describe('target ranking (摸底排队)', () => {
  it('ranks by evidence and shows every component with its weight', async () => {
    const hot = await makeUnit(t, { name: '县自然资源局' });
    const calm = await makeUnit(t, { name: '县档案馆' });
    const db = dbOf(t.system());
    for (let i = 0; i < 3; i++) {
      const [p] = await db
        .insert(petitions)
        .values({
          jurisdictionId: t.rootId,
          code: `XF2026R${i}${Date.now()}`,
          channel: 'letter',
          receivedOn: '2026-02-01',
          summary: '反映土地出让问题',
          content: '反映土地出让问题',
          acceptanceDueOn: '2026-02-16',
        })
        .returning();
      await db.insert(petitionAccused).values({ petitionId: p!.id, kind: 'unit', unitId: hot.id });
    }
    await db.insert(clues).values({
      jurisdictionId: t.rootId,
      code: `XS2026R${Date.now()}`,
      source: 'petition',
      accusedUnitId: hot.id,
      description: '土地出让违规',
    });
    await makeRound(t, [{ unitId: calm.id, teamId: null }]);
    const ranking = (await office.get('/api/target-ranking')).json();
    const byId = new Map(ranking.items.map((i: { unitId: string }) => [i.unitId, i]));
    const hotRow = byId.get(hot.id) as {
      score: number;
      components: { key: string; value: number; points: number }[];
    };
    const calmRow = byId.get(calm.id) as { score: number };
    expect(hotRow.components.find((c) => c.key === 'petitions')?.value).toBe(3);
    expect(hotRow.components.find((c) => c.key === 'clues')?.value).toBe(1);
    expect(hotRow.components.find((c) => c.key === 'yearsSinceInspection')?.value).toBe(5);
    expect(hotRow.score).toBeGreaterThan(calmRow.score);
    const order = ranking.items.map((i: { unitId: string }) => i.unitId);
    expect(order.indexOf(hot.id)).toBeLessThan(order.indexOf(calm.id));
    // Another jurisdiction's office ranks its own units only.
    const other = await makeJurisdiction(t);
    const foreign = await loginAs(t, 'office_admin', { jurisdictionId: other.id });
    const theirs = (await foreign.get('/api/target-ranking')).json();
    expect(theirs.items.some((i: { unitId: string }) => i.unitId === hot.id)).toBe(false);
  });
});
