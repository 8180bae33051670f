import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import {
  followUpVisits,
  notifications,
  rectificationItems,
  rectificationPlans,
} from '../../db/schema/index.js';
import { escalateRectification } from '../../services/rectification/escalate.js';
import { rectificationWorld } from '../../test/rectification-fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Issue: rectification, point 9 — the office is reminded when a 回头看 comes due. */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a due follow-up visit (回头看)', () => {
  it('is told to the office once, a week before its date', async () => {
    t.clock.set('2026-03-10T01:00:00.000Z');
    const v = await rectificationWorld(t, {
      unitName: '县林业局',
      problems: ['生态护林员补贴发放不规范'],
      approve: true,
    });
    await dbOf(t.system())
      .update(rectificationItems)
      .set({ state: 'closed', closedAt: new Date() })
      .where(eq(rectificationItems.planId, v.planId));
    await dbOf(t.system())
      .update(rectificationPlans)
      .set({ state: 'reported' })
      .where(eq(rectificationPlans.id, v.planId));
    expect((await v.fire(v.office, 'accept', '验收通过')).statusCode).toBe(200);
    const [visit] = await dbOf(t.system())
      .select()
      .from(followUpVisits)
      .where(eq(followUpVisits.planId, v.planId));
    expect(visit!.dueOn).toBe('2026-09-10');
    const reminders = () =>
      dbOf(t.system())
        .select()
        .from(notifications)
        .where(eq(notifications.kind, 'rectification.followUpDue'));

    t.clock.set('2026-08-30T01:00:00.000Z'); // 11 days ahead: not yet (dueSoonDays 7)
    expect((await escalateRectification(t.system())).followUpsDue).toBe(0);
    t.clock.set('2026-09-04T01:00:00.000Z');
    expect((await escalateRectification(t.system())).followUpsDue).toBe(1);
    expect((await escalateRectification(t.system())).followUpsDue).toBe(0);
    const told = await reminders();
    expect(told.map((n) => n.userId)).toContain(v.office.userId);
    expect(told[0]!.title).toContain('县林业局');
    expect(told[0]!.link).toBe(`/rectification/${v.planId}`);
  });
});
