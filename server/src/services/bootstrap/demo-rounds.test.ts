import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../core/audit/verify-chain.js';
import { dbOf } from '../../core/context.js';
import {
  activities,
  briefings,
  findings,
  inspectorPositions,
  inspectorRelatives,
  inspectors,
  recusalOverrides,
  roundReports,
  roundTargets,
  roundTeamMembers,
  rounds,
  teams,
  terms,
  units,
} from '../../db/schema/index.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, loadDemoData } from './demo-data.js';
import { demoRounds } from './demo-petitions.js';
import { demoFinishedRound, demoRecusal, demoTerm, loadDemoRounds } from './demo-rounds.js';

let t: TestApp;
let office: TestSession;
let loadSeconds: number;

const db = () => dbOf(t.system());
const roundNamed = async (name: string) =>
  (await db().select().from(rounds).where(eq(rounds.name, name)))[0]!;
const idOf = async (table: typeof units | typeof teams | typeof inspectors, name: string) => {
  const rows = await db().select({ id: table.id }).from(table).where(eq(table.name, name));
  expect(rows, name).toHaveLength(1);
  return rows[0]!.id;
};

beforeAll(async () => {
  t = await createTestApp();
  const started = performance.now();
  expect(await loadDemoData(t.system(), t.rootId)).toBe(true);
  loadSeconds = (performance.now() - started) / 1000;
  office = await login(t.app, 'office', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('demo rounds', () => {
  it('takes the finished round through every stage to 立卷归案', async () => {
    console.info(`demo data with petitions and rounds loaded in ${loadSeconds.toFixed(1)} s`);
    const round = await roundNamed(demoFinishedRound);
    expect(round.state).toBe('archived');
    expect(round.authorizationNo).toMatch(/^清巡授〔\d{4}〕\d+号$/);
    const [term] = await db().select().from(terms).where(eq(terms.name, demoTerm));
    expect(round.termId).toBe(term!.id);
    expect(round.startsOn! >= term!.startsOn && round.startsOn! <= term!.endsOn).toBe(true);

    const targets = await db()
      .select()
      .from(roundTargets)
      .where(eq(roundTargets.roundId, round.id));
    expect(targets).toHaveLength(3);
    const members = await db()
      .select()
      .from(roundTeamMembers)
      .where(eq(roundTeamMembers.roundId, round.id));
    expect(members.filter((m) => m.role === 'leader')).toHaveLength(1);
    expect(members.length).toBeGreaterThanOrEqual(5);
    // One member serves on an override the leading group approved (地域回避).
    const overrides = await db()
      .select()
      .from(recusalOverrides)
      .where(eq(recusalOverrides.roundId, round.id));
    expect(overrides.map((o) => o.state)).toEqual(['approved']);
    expect(members.find((m) => m.overrideId === overrides[0]!.id)).toBeTruthy();

    const briefed = await db().select().from(briefings).where(eq(briefings.roundId, round.id));
    expect(briefed.length).toBeGreaterThanOrEqual(3);
    for (const b of briefed) {
      expect(b.response).toBeTruthy();
      expect(b.respondedOn! <= b.dueOn && b.dueOn < round.startsOn!).toBe(true);
    }

    const records = (await office.get(`/api/rounds/${round.id}/activities`)).json().items;
    const methods = new Set(records.map((a: { method: string }) => a.method));
    for (const m of ['workReport', 'talk', 'documentReview', 'forum', 'survey', 'fieldVisit'])
      expect(methods, m).toContain(m);
    const talks = records.filter((a: { method: string }) => a.method === 'talk');
    for (const talk of talks) {
      expect(talk.details).toMatchObject({
        interviewee: expect.any(String),
        post: expect.any(String),
        recorder: expect.any(String),
        time: expect.any(String),
      });
      expect(talk.details.interviewers.length).toBe(2);
      expect(talk.details.outline.length).toBeGreaterThan(0);
      expect(talk.record.length).toBeGreaterThan(30);
      expect(talk.occurredOn >= round.startsOn! && talk.occurredOn <= round.endsOn!).toBe(true);
    }
    expect(talks.some((a: { details: { followUpOf?: string } }) => a.details.followUpOf)).toBe(
      true,
    );

    const found = (await office.get(`/api/rounds/${round.id}/findings`)).json().items;
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const f of found) expect(f.activityId).toBeTruthy();
    const reports = await db()
      .select()
      .from(roundReports)
      .where(eq(roundReports.roundId, round.id));
    expect(reports).toHaveLength(3);
    for (const r of reports) {
      expect(r.content).toContain('二、发现的主要问题');
      expect(r.teamEvaluation).toContain('领导班子');
      expect(r.approvedAt).toBeTruthy();
      expect(r.feedbackOn).toBeTruthy();
      expect(r.feedbackAttendees).toBeTruthy();
    }
    const index = (await office.get(`/api/rounds/${round.id}/file-index`)).json();
    expect(index.counts.talks).toBe(talks.length);
    expect(index.counts.findings).toBe(found.length);
    // Read-only once archived.
    const late = await office.post(`/api/rounds/${round.id}/activities`, {
      unitId: targets[0]!.unitId,
      method: 'other',
      occurredOn: round.endsOn,
      summary: '补记',
    });
    expect(late.statusCode).toBe(409);
  });

  it('staffs the round on site with a leader per team, briefings, talks and findings', async () => {
    const round = await roundNamed(demoRounds.regular);
    expect(round.state).toBe('on_site');
    expect(round.termId).toBeTruthy();
    const detail = (await office.get(`/api/rounds/${round.id}`)).json();
    const teamIds = new Set(detail.targets.map((x: { teamId: string }) => x.teamId));
    expect(teamIds.size).toBe(2);
    for (const teamId of teamIds) {
      const crew = detail.members.filter((m: { teamId: string }) => m.teamId === teamId);
      expect(crew.length).toBeGreaterThanOrEqual(3);
      expect(crew.filter((m: { role: string }) => m.role === 'leader')).toHaveLength(1);
    }
    expect(detail.gates.start_on_site).toEqual([]);

    const file = (await office.get(`/api/rounds/${round.id}/file`)).json();
    expect(file.briefings.length).toBeGreaterThanOrEqual(2);
    expect(file.briefings.some((b: { response: string | null }) => b.response)).toBe(true);

    // The team sees its round's records; they were written by its own accounts.
    const team = await login(t.app, 'team1lead', DEMO_PASSWORD);
    const records = (await team.get(`/api/rounds/${round.id}/activities`)).json().items;
    const methods = records.map((a: { method: string }) => a.method);
    expect(methods.filter((m: string) => m === 'talk').length).toBeGreaterThanOrEqual(4);
    expect(methods.filter((m: string) => m === 'documentReview').length).toBeGreaterThanOrEqual(2);
    const today = '2026-03-02';
    for (const a of records)
      expect(a.occurredOn >= round.startsOn! && a.occurredOn <= today).toBe(true);
    const found = (await team.get(`/api/rounds/${round.id}/findings`)).json().items;
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.length).toBeLessThanOrEqual(4);
    const index = (await team.get(`/api/rounds/${round.id}/file-index`)).json();
    // The round's own clue (demo-round-texts.ts), and more from its records (demo-clues.ts).
    expect(index.counts.clues).toBeGreaterThanOrEqual(1);

    const special = await roundNamed(demoRounds.special);
    expect(special.state).toBe('preparation');
    expect(special.termId).toBeTruthy();
  });

  it('plants a 任职回避 and a 公务回避 conflict, and the service refuses both', async () => {
    const round = await roundNamed(demoRounds.regular);
    const cases = [
      { ...demoRecusal.employment, rule: 'employment', label: '任职回避' },
      { ...demoRecusal.relative, rule: 'relative', label: '公务回避' },
    ];
    for (const c of cases) {
      const inspectorId = await idOf(inspectors, c.inspector);
      const unitId = await idOf(units, c.unit);
      const check = await office.post('/api/recusal-check', { inspectorId, unitIds: [unitId] });
      expect(check.statusCode, check.body).toBe(200);
      const conflicts = check.json().conflicts;
      expect(conflicts.map((x: { rule: string }) => x.rule)).toEqual([c.rule]);
      expect(conflicts[0].message).toContain(c.label);
      expect(conflicts[0].message).toContain(c.unit);
      // Not on any demo team, and refused for the target's team with the rule named.
      expect(
        await db()
          .select()
          .from(roundTeamMembers)
          .where(eq(roundTeamMembers.inspectorId, inspectorId)),
      ).toEqual([]);
      const refused = await office.post(`/api/rounds/${round.id}/teams`, {
        teamId: await idOf(teams, c.team),
        inspectorId,
        role: 'member',
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toContain(c.label);
    }
    // Others in the pool have histories and relatives too.
    const [positions] = await db().select({ n: count() }).from(inspectorPositions);
    const [relatives] = await db().select({ n: count() }).from(inspectorRelatives);
    expect(positions!.n).toBeGreaterThanOrEqual(20);
    expect(relatives!.n).toBeGreaterThanOrEqual(5);
  });

  it('moves term coverage: the finished and the on-site rounds count as inspected', async () => {
    const coverage = (await office.get('/api/coverage')).json();
    expect(coverage.term.name).toBe(demoTerm);
    expect(coverage.inspected).toBeGreaterThanOrEqual(3);
    const finished = await roundNamed(demoFinishedRound);
    const targets = await db()
      .select({ unitId: roundTargets.unitId })
      .from(roundTargets)
      .where(eq(roundTargets.roundId, finished.id));
    for (const { unitId } of targets) {
      const unit = coverage.units.find((u: { id: string }) => u.id === unitId);
      expect(unit.inspectedInTerm).toBe(true);
      expect(unit.lastInspectedOn).toBe(finished.startsOn);
    }
  });

  it('loads once: a second call adds nothing, and the audit chain is intact', async () => {
    const tally = async () =>
      Promise.all(
        [rounds, terms, activities, findings, briefings, roundTeamMembers, inspectorPositions].map(
          async (table) => (await db().select({ n: count() }).from(table))[0]!.n,
        ),
      );
    const before = await tally();
    expect(await loadDemoRounds(t.system(), t.rootId)).toBe(false);
    expect(await loadDemoData(t.system(), t.rootId)).toBe(false);
    expect(await tally()).toEqual(before);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});
