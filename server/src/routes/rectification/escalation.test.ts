import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { clues, notifications, rectificationEscalations } from '../../db/schema/index.js';
import { escalateRectification } from '../../services/rectification/escalate.js';
import { loginAs } from '../../test/factories.js';
import { rectificationWorld } from '../../test/rectification-fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Issue: rectification, point 4 — the escalation ladder, with time injected. */
let t: TestApp;
let itemId = '';
let liaisonId = '';

beforeAll(async () => {
  t = await createTestApp();
  const w = await rectificationWorld(t, {
    unitName: '县农业农村局',
    problems: ['惠农补贴发放审核不严'],
    approve: true,
    itemDueOn: '2026-04-30',
  });
  liaisonId = w.liaison.userId;
  itemId = (await w.liaison.get(`/api/rectification-items?planId=${w.planId}`)).json().items[0].id;
});
afterAll(() => t.close());

const issued = async () =>
  (
    await dbOf(t.system())
      .select()
      .from(rectificationEscalations)
      .where(eq(rectificationEscalations.itemId, itemId))
  ).map((e) => e.kind);
const scan = () => escalateRectification(t.system());

describe('escalation of an overdue item', () => {
  it('reminds, then 督办, then 约谈, then transfers for accountability — each once', async () => {
    t.clock.set('2026-04-20T01:00:00.000Z');
    expect((await scan()).dueSoon).toBe(0); // 10 days left, reminder window is 7
    t.clock.set('2026-04-25T01:00:00.000Z');
    expect((await scan()).dueSoon).toBe(1);
    expect(await issued()).toEqual(['dueSoon']);
    const told = await dbOf(t.system())
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'rectification.dueSoon'));
    expect(told.map((n) => n.userId)).toEqual([liaisonId]);

    t.clock.set('2026-05-08T01:00:00.000Z'); // 8 days overdue
    expect(await scan()).toMatchObject({ overdue: 1, supervisionLetter: 1, admonitionTalk: 0 });
    expect(await scan()).toMatchObject({ overdue: 0, supervisionLetter: 0 });
    const office = await loginAs(t, 'office_admin');
    const item = (await office.get(`/api/rectification-items/${itemId}`)).json();
    expect(item.overdue).toBe(true);
    expect(item.escalations.map((e: { kind: string }) => e.kind)).toEqual([
      'dueSoon',
      'overdue',
      'supervisionLetter',
    ]);
    expect(item.escalations[2].message).toContain('督办函');

    t.clock.set('2026-06-01T01:00:00.000Z');
    expect((await scan()).admonitionTalk).toBe(1);
    t.clock.set('2026-06-30T01:00:00.000Z');
    expect((await scan()).accountability).toBe(1);
    const [accountability] = await dbOf(t.system())
      .select()
      .from(rectificationEscalations)
      .where(eq(rectificationEscalations.kind, 'accountability'));
    const [clue] = await dbOf(t.system())
      .select()
      .from(clues)
      .where(eq(clues.id, accountability!.clueId!));
    expect(clue).toMatchObject({ state: 'recorded', accusedName: '责任领导1', prioritized: true });
    expect(clue!.description).toContain('惠农补贴发放审核不严');
  });

  it('lets only the office run the ladder now', async () => {
    const office = await loginAs(t, 'office_admin');
    const now = await office.post('/api/rectification-items/escalation-scan');
    expect(now.statusCode, now.body).toBe(200);
    const liaison = await loginAs(t, 'unit_liaison');
    expect((await liaison.post('/api/rectification-items/escalation-scan')).statusCode).toBe(403);
  });
});
