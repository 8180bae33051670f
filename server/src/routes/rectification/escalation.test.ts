import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import {
  clues,
  findings,
  notifications,
  rectificationEscalations,
  roundReports,
} from '../../db/schema/index.js';
import { escalateRectification } from '../../services/rectification/escalate.js';
import { loginAs, makeRound, makeTeam, makeUnit } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Issue: rectification, point 4 — the escalation ladder, with time injected. */
let t: TestApp;
let itemId = '';
let liaisonId = '';

beforeAll(async () => {
  t = await createTestApp();
  const unit = await makeUnit(t, { name: '县农业农村局' });
  const team = await makeTeam(t);
  const round = await makeRound(t, [{ unitId: unit.id, teamId: team.id }], { stage: 'feedback' });
  const [finding] = await dbOf(t.system())
    .insert(findings)
    .values({ roundId: round.id, unitId: unit.id, problem: '惠农补贴发放审核不严' })
    .returning();
  await dbOf(t.system())
    .insert(roundReports)
    .values({ roundId: round.id, unitId: unit.id, content: '巡察报告', approvedAt: new Date() });
  const office = await loginAs(t, 'office_admin');
  const liaison = await loginAs(t, 'unit_liaison', { unitId: unit.id });
  liaisonId = liaison.userId;
  const lead = await loginAs(t, 'team_leader', { teamId: team.id });
  await lead.post(`/api/rounds/${round.id}/reports/${unit.id}/feedback`, {
    feedbackOn: '2026-03-02',
    attendees: '县农业农村局党组成员',
  });
  const planId = (await liaison.get('/api/rectification-plans')).json().items[0].id as string;
  const item = await liaison.post('/api/rectification-items', {
    planId,
    findingId: finding!.id,
    responsibleLeader: '局长 孙某',
    measures: '逐户复核补贴发放名册，追回违规发放资金',
    dueOn: '2026-04-30',
  });
  itemId = item.json().id;
  const fire = async (s: TestSession, action: string, opinion?: string) => {
    const { version } = (await office.get(`/api/rectification-plans/${planId}`)).json();
    return s.post(`/api/rectification-plans/${planId}/transitions`, { action, version, opinion });
  };
  await fire(liaison, 'submit');
  expect((await fire(office, 'approve', '同意')).statusCode).toBe(200);
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
    expect(clue).toMatchObject({ state: 'recorded', accusedName: '局长 孙某', prioritized: true });
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
