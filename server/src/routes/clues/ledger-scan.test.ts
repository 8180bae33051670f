import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { clueNotices, clues, notifications } from '../../db/schema/index.js';
import { scanClueLedger } from '../../services/clues/ledger-scan.js';
import { loginAs } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import {
  clueWorld,
  fire,
  registerClue,
  reviewForTransfer,
  type ClueWorld,
} from '../../test/clue-fixtures.js';

/** Issue: clue ledger, point 6 — 挂账, 呆账, 督办 and 暂存待查 reviews, with time injected. */
let t: TestApp;
let w: ClueWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await clueWorld(t);
});
afterAll(() => t.close());

const noticesOf = (clueId: string) =>
  dbOf(t.system()).select().from(clueNotices).where(eq(clueNotices.clueId, clueId));
const clueRow = async (id: string) =>
  (await dbOf(t.system()).select().from(clues).where(eq(clues.id, id)))[0]!;
const scan = () => scanClueLedger(t.system(), [w.county.id]);

describe('the ledger job', () => {
  it('flags 挂账 past the account deadline, reminds the owner and the office once, clears on movement', async () => {
    t.clock.set('2026-03-02T01:00:00.000Z');
    const clue = await registerClue(w, {}, { handOver: false });
    expect((await scan()).pendingAccount).toBe(0);
    t.clock.set('2026-05-02T01:00:00.000Z'); // the 60-day hand-over deadline (05-01) has passed
    const first = await scan();
    expect(first.pendingAccount).toBeGreaterThanOrEqual(1);
    expect((await clueRow(clue.id)).stall).toBe('pendingAccount');
    expect((await noticesOf(clue.id)).map((n) => n.kind)).toEqual(['pendingAccount']);
    const reminded = await dbOf(t.system())
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'clue.pending_account'));
    expect(reminded.map((n) => n.userId)).toContain(w.s.office.userId);
    await scan();
    expect(await noticesOf(clue.id)).toHaveLength(1);

    // Any step moves the clue on and clears the flag.
    const office = await loginAs(t, 'office_admin', { jurisdictionId: w.county.id });
    const { version } = (await office.get(`/api/clues/${clue.id}`)).json();
    const listed = (await office.get('/api/clues?stall=pendingAccount&pageSize=100')).json();
    expect(listed.items.map((c: { id: string }) => c.id)).toContain(clue.id);
    expect(listed.stalls.pendingAccount).toBeGreaterThanOrEqual(1);
    const moved = await office.post(`/api/clues/${clue.id}/transitions`, {
      action: 'hand_over',
      version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().stall).toBeNull();
  });

  it('flags 呆账 after N days without movement (setting clue.deadAccountDays)', async () => {
    t.clock.set('2026-03-02T01:00:00.000Z');
    const clue = await registerClue(w);
    t.clock.set('2026-06-02T01:00:00.000Z'); // 92 days later
    await scan();
    expect((await clueRow(clue.id)).stall).toBe('deadAccount');
    expect((await noticesOf(clue.id)).map((n) => n.kind)).toContain('deadAccount');
  });

  it('issues a 督办 notice to a receiver whose feedback is overdue, and brings 暂存待查 back for review', async () => {
    t.clock.set('2026-03-02T01:00:00.000Z');
    const clue = await registerClue(w);
    await reviewForTransfer(w, [clue.id]);
    const office = await loginAs(t, 'office_admin', { jurisdictionId: w.county.id });
    const discipline = await loginAs(t, 'discipline', { jurisdictionId: w.county.id });
    const detail = (await office.get(`/api/clues/${clue.id}`)).json();
    const moved = await office.post(`/api/clues/${clue.id}/transfers`, {
      version: detail.version,
      receiverDepartmentId: w.dept.countyDiscipline.id,
      feedbackDueOn: '2026-04-01',
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect((await fire(w, discipline, clue.id, 'acknowledge')).statusCode).toBe(200);
    t.clock.set('2026-04-03T01:00:00.000Z');
    const result = await scan();
    expect(result.supervision).toBeGreaterThanOrEqual(1);
    const notices = await noticesOf(clue.id);
    expect(notices.find((n) => n.kind === 'supervision')).toMatchObject({
      departmentId: w.dept.countyDiscipline.id,
      dueOn: '2026-04-01',
    });
    const told = await dbOf(t.system())
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'clue.supervision'));
    expect(told.map((n) => n.userId)).toContain(discipline.userId);

    const fresh = await loginAs(t, 'discipline', { jurisdictionId: w.county.id });
    const shelved = await fire(w, fresh, clue.id, 'report_disposal', {
      disposal: 'shelved',
      disposalOn: '2026-04-03',
    });
    expect(shelved.statusCode, shelved.body).toBe(200);
    expect(shelved.json().reviewDueOn).toBe('2026-10-03');
    // Shelved, it rests until the review date: no 呆账 and no new 督办 meanwhile.
    expect(shelved.json().accountDueOn).toBe('2026-10-03');
    t.clock.set('2026-08-15T01:00:00.000Z');
    await scan();
    expect((await clueRow(clue.id)).stall).toBeNull();
    expect((await noticesOf(clue.id)).filter((n) => n.kind === 'supervision')).toHaveLength(1);
    t.clock.set('2026-10-04T01:00:00.000Z');
    expect((await scan()).shelvedReview).toBeGreaterThanOrEqual(1);
    expect((await noticesOf(clue.id)).map((n) => n.kind)).toContain('shelvedReview');
    const again = await loginAs(t, 'office_admin', { jurisdictionId: w.county.id });
    const due = (await again.get('/api/clues?reviewDue=true')).json();
    expect(due.items.map((c: { id: string }) => c.id)).toContain(clue.id);
    // The office can run the check at once; it answers with what is flagged now.
    const now = await again.post('/api/clues/ledger-scan');
    expect(now.statusCode, now.body).toBe(200);
    expect(now.json().shelvedReview).toBeGreaterThanOrEqual(1);
  });
});
