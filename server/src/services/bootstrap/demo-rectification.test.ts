import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../core/audit/verify-chain.js';
import { addCalendarDays, cstDate } from '../../core/calendar.js';
import { dbOf } from '../../core/context.js';
import {
  clues,
  commonProblems,
  disclosures,
  notifications,
  rectificationEscalations,
  rectificationItems,
  rectificationPlans,
  roleAssignments,
  storedFiles,
  supervisionChecks,
  units,
  users,
  workflowEvents,
} from '../../db/schema/index.js';
import { anonymous } from '../../test/assertions.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, loadDemoData } from './demo-data.js';
import { loadDemoRectification } from './demo-rectification.js';

/** Issue: rectification, point 12 — one unit mid-rectification in the demo. */
let t: TestApp;
let office: TestSession;
let today: string;
const plans: Record<'finance' | 'township' | 'water', { id: string; state: string }> = {
  finance: { id: '', state: '' },
  township: { id: '', state: '' },
  water: { id: '', state: '' },
};

interface Item {
  id: string;
  problem: string;
  measures: string;
  state: string;
  dueOn: string;
  overdue: boolean;
  immediateFix: boolean;
  responsibleLeader: string;
  files: { id: string; name: string }[];
  flags: { code: string }[];
  history: { action: string; opinion: string | null; at: string }[];
  escalations: { kind: string; issuedAt: string }[];
  closureRequestedAt: string | null;
  closedAt: string | null;
}

const db = () => dbOf(t.system());
const plan = async (id: string) => (await office.get(`/api/rectification-plans/${id}`)).json();
const actions = (item: Item) => item.history.map((h) => h.action);

beforeAll(async () => {
  t = await createTestApp();
  expect(await loadDemoData(t.system(), t.rootId)).toBe(true);
  today = cstDate(t.clock.now());
  office = await login(t.app, 'office', DEMO_PASSWORD);
  const listed = (await office.get('/api/rectification-plans?pageSize=100')).json();
  const byUnit = (name: string) =>
    listed.items.find((p: { unitName: string }) => p.unitName === name);
  plans.finance = byUnit('县财政局');
  plans.township = byUnit('石桥镇');
  plans.water = byUnit('清河县水务集团有限公司');
});
afterAll(() => t.close());

describe('demo rectification', () => {
  it('has 县财政局 approved, with an item per finding and its summary', async () => {
    expect(plans.finance.state).toBe('approved');
    const p = await plan(plans.finance.id);
    expect(p.summary).toContain('四张清单');
    expect(p.timeline.map((s: { action: string }) => s.action)).toEqual(['submit', 'approve']);
    for (const f of p.findings) expect(f.itemCount, f.problem).toBeGreaterThanOrEqual(1);
    const items = p.items as Item[];
    expect(items.length).toBeGreaterThanOrEqual(6);
    const immediate = items.filter((i) => i.immediateFix).length;
    expect(immediate).toBeGreaterThanOrEqual(1);
    expect(immediate).toBeLessThanOrEqual(2);
    for (const i of items) {
      expect(i.responsibleLeader).toMatch(/^党组/);
      expect(i.dueOn >= p.feedbackOn, i.problem).toBe(true);
    }
    // Approved shortly after the feedback, long before today; every step lies in the past.
    const approvedOn = cstDate(new Date(p.approvedAt));
    expect(approvedOn > p.feedbackOn).toBe(true);
    expect(approvedOn < addCalendarDays(p.feedbackOn, 40)).toBe(true);
    for (const step of [...p.timeline, ...items.flatMap((i) => i.history)])
      expect(cstDate(new Date(step.at)) < today).toBe(true);
  });

  it('shows every stage of an item: closed, rejected, awaiting review with flags, overdue, running', async () => {
    const items = (await plan(plans.finance.id)).items as Item[];
    const closed = items.find((i) => i.state === 'closed')!;
    expect(closed.files.length).toBeGreaterThanOrEqual(1);
    expect(actions(closed)).toEqual(['request_closure', 'close']);
    expect(cstDate(new Date(closed.closedAt!)) <= closed.dueOn).toBe(true);

    const rejected = items.find((i) => actions(i).includes('reject'))!;
    expect(rejected.state).toBe('open');
    expect(rejected.closureRequestedAt).toBeNull();
    expect(rejected.history.find((h) => h.action === 'reject')!.opinion).toContain('缴款凭证');
    const [event] = await db()
      .select()
      .from(workflowEvents)
      .where(eq(workflowEvents.entityId, rejected.id));
    expect(event).toBeDefined();

    const queue = (
      await office.get(`/api/rectification-items?planId=${plans.finance.id}&state=closureRequested`)
    ).json();
    expect(queue.total).toBe(1);
    const pending = queue.items[0] as Item;
    expect(pending.flags.map((f) => f.code)).toEqual(
      expect.arrayContaining(['sharedEvidence', 'pastedWording']),
    );
    expect(cstDate(new Date(pending.closureRequestedAt!)) < today).toBe(true);

    const overdue = items.filter((i) => i.overdue);
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const kinds = overdue.flatMap((i) => i.escalations.map((e) => e.kind));
    expect(kinds).toContain('supervisionLetter');
    expect(kinds).toContain('admonitionTalk');
    expect(kinds).not.toContain('accountability');
    for (const i of overdue) expect(i.dueOn >= addCalendarDays(today, -59), i.problem).toBe(true);
    // The escalation scan ran at load: its steps carry today's date.
    for (const e of items.flatMap((i) => i.escalations))
      expect(cstDate(new Date(e.issuedAt))).toBe(today);

    const running = items.filter((i) => i.state === 'open' && !i.overdue && i.dueOn > today);
    expect(running.length).toBeGreaterThanOrEqual(2);
    expect(running.some((i) => i.escalations.some((e) => e.kind === 'dueSoon'))).toBe(true);

    // Accountability was not reached: no clue came from the rectification.
    const fromItems = await db()
      .select({ n: count() })
      .from(rectificationEscalations)
      .where(eq(rectificationEscalations.kind, 'accountability'));
    expect(fromItems[0]!.n).toBe(0);
  });

  it('lets the office download the evidence through the item', async () => {
    const items = (await plan(plans.finance.id)).items as Item[];
    const closed = items.find((i) => i.state === 'closed')!;
    const file = await office.get(
      `/api/rectification-items/${closed.id}/files/${closed.files[0]!.id}`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("has the office's checks and the disclosures of 县财政局", async () => {
    const checks = (await office.get(`/api/supervision-checks?planId=${plans.finance.id}`)).json()
      .items as { doneOn: string | null; result: string | null; plannedOn: string }[];
    expect(checks.some((c) => c.result !== null && c.doneOn !== null)).toBe(true);
    expect(checks.some((c) => c.doneOn === null && c.plannedOn > today)).toBe(true);
    const listed = (await office.get(`/api/disclosures?planId=${plans.finance.id}`)).json().items;
    expect(listed.map((d: { scope: string }) => d.scope).sort()).toEqual(['internal', 'public']);
    const published = (await anonymous(t, 'GET', '/api/public/disclosures')).json();
    expect(published.items.map((d: { unitName: string }) => d.unitName)).toEqual(['县财政局']);
  });

  it('has 石桥镇 submitted again after a return, and 水务集团 still drafting', async () => {
    expect(plans.township.state).toBe('submitted');
    const township = await plan(plans.township.id);
    expect(township.timeline.map((s: { action: string }) => s.action)).toEqual([
      'submit',
      'return',
      'submit',
    ]);
    expect(township.actions).toEqual(expect.arrayContaining(['approve', 'return']));
    expect(township.findings.every((f: { itemCount: number }) => f.itemCount === 1)).toBe(true);
    expect(plans.water.state).toBe('drafting');
    const water = await plan(plans.water.id);
    expect(water.items).toHaveLength(1);
    expect(water.findings.filter((f: { itemCount: number }) => f.itemCount === 0)).toHaveLength(1);
  });

  it('keeps every plan from the liaison of 县住建局', async () => {
    const liaison = await login(t.app, 'liaison', DEMO_PASSWORD);
    expect((await liaison.get('/api/rectification-plans')).json().total).toBe(0);
    expect((await liaison.get('/api/rectification-items')).json().total).toBe(0);
    for (const p of Object.values(plans))
      expect((await liaison.get(`/api/rectification-plans/${p.id}`)).statusCode).toBe(404);
  });

  it('has a common problem led by 县财政局 over findings of two units, under way', async () => {
    const list = (await office.get('/api/common-problems')).json();
    expect(list.total).toBe(1);
    const task = (await office.get(`/api/common-problems/${list.items[0].id}`)).json();
    expect(task.leadUnit.name).toBe('县财政局');
    expect(task.cooperatingUnits.map((u: { name: string }) => u.name)).toEqual([
      '石桥镇',
      '县农业农村局',
    ]);
    expect(new Set(task.findings.map((f: { unitName: string }) => f.unitName))).toEqual(
      new Set(['县财政局', '石桥镇']),
    );
    expect(task.state).toBe('open');
    expect(task.files).toHaveLength(1);
    expect(task.history.map((h: { action: string }) => h.action)).toEqual([
      'report_progress',
      'report_progress',
      'supervise',
    ]);
    expect(task.dueOn > today).toBe(true);
    const liaison = await login(t.app, 'liaison', DEMO_PASSWORD);
    expect((await liaison.get(`/api/common-problems/${task.id}`)).statusCode).toBe(404);
  });

  it('loads once: a second call adds nothing, and the audit chain is intact', async () => {
    const tally = async () =>
      Promise.all(
        [
          rectificationItems,
          rectificationEscalations,
          supervisionChecks,
          disclosures,
          workflowEvents,
          storedFiles,
          notifications,
          clues,
          users,
          commonProblems,
        ].map(async (table) => (await db().select({ n: count() }).from(table))[0]!.n),
      );
    const before = await tally();
    const [state] = await db()
      .select({ version: rectificationPlans.version })
      .from(rectificationPlans)
      .where(eq(rectificationPlans.id, plans.finance.id));
    expect(await loadDemoRectification(t.system(), t.rootId)).toBe(false);
    expect(await loadDemoData(t.system(), t.rootId)).toBe(false);
    expect(await tally()).toEqual(before);
    const [after] = await db()
      .select({ version: rectificationPlans.version })
      .from(rectificationPlans)
      .where(eq(rectificationPlans.id, plans.finance.id));
    expect(after).toEqual(state);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('gives an older demo folder the accounts added since (the secretary of 县住建局)', async () => {
    const [secretary] = await db().select().from(users).where(eq(users.username, 'secretary'));
    await db().delete(roleAssignments).where(eq(roleAssignments.userId, secretary!.id));
    await db().delete(users).where(eq(users.id, secretary!.id));
    expect(await loadDemoData(t.system(), t.rootId)).toBe(true);
    const [again] = await db()
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(eq(users.username, 'secretary'));
    expect(again!.displayName).toBe('县住建局 党组书记 张');
    const roles = await db()
      .select({ role: roleAssignments.role, unit: units.name })
      .from(roleAssignments)
      .innerJoin(units, eq(units.id, roleAssignments.unitId))
      .where(inArray(roleAssignments.userId, [again!.id]));
    expect(roles).toEqual([{ role: 'unit_liaison', unit: '县住建局' }]);
    await login(t.app, 'secretary', DEMO_PASSWORD);
    expect(await loadDemoData(t.system(), t.rootId)).toBe(false);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});
