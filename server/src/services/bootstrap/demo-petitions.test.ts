import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../core/audit/verify-chain.js';
import { dbOf } from '../../core/context.js';
import { maskName } from '../../core/identity/mask.js';
import { petitionStates } from '../../core/petition-vocabulary.js';
import {
  auditLog,
  petitions,
  roundTargets,
  rounds,
  users,
  workflowEvents,
} from '../../db/schema/index.js';
import { identityAad } from '../petitions/petition-identity.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, loadDemoData } from './demo-data.js';
import { demoRounds, loadDemoPetitions } from './demo-petitions.js';
import { DEMO_RECEIPT_CODE } from './demo-public-reports.js';

type Row = typeof petitions.$inferSelect;

let t: TestApp;
let rows: Row[];
let office: TestSession;
let loadSeconds: number;

beforeAll(async () => {
  t = await createTestApp();
  const started = performance.now();
  expect(await loadDemoData(t.system(), t.rootId)).toBe(true);
  loadSeconds = (performance.now() - started) / 1000;
  rows = await dbOf(t.system()).select().from(petitions);
  office = await login(t.app, 'office', DEMO_PASSWORD);
});
afterAll(() => t.close());

const count = (predicate: (r: Row) => boolean) => rows.filter(predicate).length;

describe('demo petitions', () => {
  it('registers ~200 petitions in every state of the machine, by every channel', () => {
    console.info(`demo data with petitions loaded in ${loadSeconds.toFixed(1)} s`);
    expect(rows.length).toBeGreaterThanOrEqual(180);
    expect(rows.length).toBeLessThanOrEqual(220);
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(petitionStates));
    expect(new Set(rows.map((r) => r.channel)).size).toBe(8);
    const anonymous = count((r) => r.anonymous) / rows.length;
    expect(anonymous).toBeGreaterThan(0.18);
    expect(anonymous).toBeLessThan(0.32);
    for (const r of rows.filter((r) => r.channel === 'department_transfer')) {
      expect(r.sourceDepartmentId).toBeTruthy();
      expect(r.sourceReference).toMatch(/^清\S+〔\d{4}〕\d+号$/);
    }
  });

  it('puts two rounds in place, the first with targets for two teams and ~15 petitions', async () => {
    const db = dbOf(t.system());
    const all = await db.select().from(rounds);
    expect(all.map((r) => [r.name, r.kind, r.state])).toEqual(
      expect.arrayContaining([
        [demoRounds.regular, 'regular', 'on_site'],
        [demoRounds.special, 'special', 'preparation'],
      ]),
    );
    // Besides the finished round of demo-rounds.ts.
    expect(all.filter((r) => r.state !== 'archived')).toHaveLength(2);
    const first = all.find((r) => r.name === demoRounds.regular)!;
    const targets = await db.select().from(roundTargets).where(eq(roundTargets.roundId, first.id));
    expect(targets).toHaveLength(6);
    expect(new Set(targets.map((x) => x.teamId)).size).toBe(2);
    const [lead] = await db.select().from(users).where(eq(users.username, 'team1lead'));
    const inRound = rows.filter((r) => r.channel === 'round');
    expect(inRound.length).toBeGreaterThanOrEqual(12);
    for (const r of inRound) {
      expect(r.roundId).toBe(first.id);
      expect(r.registeredBy).toBe(lead!.id);
    }
    // The team sees what it received on site.
    const team = await login(t.app, 'team1lead', DEMO_PASSWORD);
    const seen = (await team.get('/api/petitions?channel=round&pageSize=100')).json();
    expect(seen.total).toBe(inRound.length);
  });

  it('hands investigations to the clerk or team 1, extends some and tracks transfers', async () => {
    const db = dbOf(t.system());
    const handlers = await db
      .select({ username: users.username })
      .from(petitions)
      .innerJoin(users, eq(users.id, petitions.handlerId))
      .where(eq(petitions.state, 'investigating'));
    expect(new Set(handlers.map((h) => h.username))).toEqual(new Set(['clerk', 'team1lead']));
    expect(count((r) => r.extensionDays !== null)).toBeGreaterThanOrEqual(2);
    const transferred = rows.filter((r) => r.state === 'transferred');
    expect(transferred.length).toBeGreaterThanOrEqual(5);
    for (const r of transferred) expect(r.transferDueOn).toBeTruthy();
    expect(
      count((r) => r.anonymous && r.answerMethod === 'not_deliverable' && !!r.answerContent),
    ).toBeGreaterThanOrEqual(2);
    // Every step carries its opinion (拟办、阅批、调查报告、审定).
    const steps = await db.select().from(workflowEvents);
    for (const action of ['propose', 'approve', 'report', 'review', 'receive_reply', 'reject']) {
      const some = steps.filter((s) => s.action === action);
      expect(some.length, action).toBeGreaterThan(0);
      expect(
        some.every((s) => (s.opinion ?? '').length > 5),
        action,
      ).toBe(true);
    }
  });

  it('shows ≥ 10 overdue petitions and some due soon to the office', async () => {
    const overdue = (await office.get('/api/petitions?overdue=true&pageSize=100')).json();
    expect(overdue.total).toBeGreaterThanOrEqual(10);
    const board = (await office.get('/api/petitions/deadlines')).json();
    const status = (s: string) => board.items.filter((i: { status: string }) => i.status === s);
    expect(status('overdue').length).toBe(overdue.total);
    expect(status('due_soon').length).toBeGreaterThanOrEqual(3);
  });

  it('is found by full-text search', async () => {
    for (const q of ['扶贫', '招标', '住建局', '举报']) {
      const found = (await office.get(`/api/petitions?q=${encodeURIComponent(q)}`)).json();
      expect(found.total, q).toBeGreaterThan(0);
    }
  });

  it('links repeats into case groups and leaves some for the similar-case finder', async () => {
    const grouped = rows.filter((r) => r.caseGroupId);
    expect(new Set(grouped.map((r) => r.caseGroupId)).size).toBeGreaterThanOrEqual(5);
    // The unlinked repeats: a fresh registration the finder matches to an ungrouped original
    // about the same person, by its text.
    const suggested = [];
    for (const r of rows.filter((r) => !r.caseGroupId && r.state === 'registered')) {
      const similar = (await office.get(`/api/petitions/${r.id}/similar`)).json();
      const hit = similar.items.find(
        (s: { caseGroupId: string | null; reasons: string[]; score: number }) =>
          !s.caseGroupId &&
          s.reasons.includes('similar_text') &&
          s.reasons.includes('same_accused') &&
          s.score >= 0.7,
      );
      if (hit) suggested.push(r.code);
    }
    expect(suggested.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the identity sealed: only masked names, hashes and flags outside the cipher', async () => {
    const db = dbOf(t.system());
    const audit = JSON.stringify(await db.select().from(auditLog));
    const events = JSON.stringify(await db.select().from(workflowEvents));
    for (const r of rows) {
      if (r.anonymous) {
        expect(r.identityCipher).toBeNull();
        expect(r.petitionerNameMasked).toBeNull();
        continue;
      }
      expect(r.identityCipher).toBeTruthy();
      const identity = JSON.parse(t.deps.keyring.decryptText(r.identityCipher!, identityAad(r.id)));
      expect(r.petitionerNameMasked).toBe(maskName(identity.name));
      expect(r.petitionerNameMasked).toMatch(/^\p{Script=Han}\*+$/u);
      const { identityCipher: _, ...rest } = r;
      const visible = JSON.stringify(rest);
      for (const secret of [identity.name, identity.idNumber, identity.phone, identity.address]) {
        if (!secret) continue;
        expect(visible).not.toContain(secret);
        expect(audit).not.toContain(secret);
        expect(events).not.toContain(secret);
      }
    }
    expect(count((r) => !!r.idNumberProblem)).toBeGreaterThanOrEqual(3);
    expect(count((r) => !!r.phoneProblem)).toBeGreaterThanOrEqual(2);
  });

  it('loads once: a second call changes nothing, and the audit chain is intact', async () => {
    expect(await loadDemoData(t.system(), t.rootId)).toBe(false);
    expect(await loadDemoPetitions(t.system(), t.rootId)).toBe(false);
    const after = await dbOf(t.system()).select({ id: petitions.id }).from(petitions);
    expect(after).toHaveLength(rows.length);
    const rounds2 = await dbOf(t.system()).select().from(rounds);
    expect(rounds2).toHaveLength(3);
    expect(
      await dbOf(t.system())
        .select({ id: petitions.id })
        .from(petitions)
        .where(isNotNull(petitions.caseGroupId)),
    ).toHaveLength(count((r) => !!r.caseGroupId));
    expect((await verifyAuditChain(dbOf(t.system()))).ok).toBe(true);
  });

  it('has reports from the public page awaiting 登记, one with its thread under a known code', async () => {
    const waiting = rows.filter((r) => r.state === 'submitted');
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    expect(waiting.every((r) => r.channel === 'online')).toBe(true);
    const access = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports/access',
      payload: { code: DEMO_RECEIPT_CODE },
    });
    expect(access.statusCode, access.body).toBe(200);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/public/reports/me',
      headers: { 'x-report-token': access.json().token },
    });
    expect(me.json().messages.map((m: { author: string }) => m.author)).toEqual([
      'staff',
      'reporter',
    ]);
  });
});
