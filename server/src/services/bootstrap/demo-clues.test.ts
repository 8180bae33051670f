import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../core/audit/verify-chain.js';
import { addCalendarDays, cstDate } from '../../core/calendar.js';
import {
  clueDisposals,
  clueNoticeKinds,
  clueOutcomes,
  clueSources,
} from '../../core/clue-vocabulary.js';
import { dbOf } from '../../core/context.js';
import {
  clueDecisions,
  clueMembers,
  clueNotices,
  clueReviews,
  clueTransfers,
  clues,
  departments,
  integrityRecords,
  notifications,
  petitions,
  rounds,
  storedFiles,
  users,
  workflowEvents,
} from '../../db/schema/index.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { scanClueLedger } from '../clues/ledger-scan.js';
import { paperReceiver } from './demo-clue-texts.js';
import { loadDemoClues } from './demo-clues.js';
import { DEMO_PASSWORD, loadDemoData } from './demo-data.js';
import { demoRounds } from './demo-petitions.js';
import { demoFinishedRound } from './demo-rounds.js';

type Clue = typeof clues.$inferSelect;

let t: TestApp;
let office: TestSession;
let rows: Clue[];
let today: string;
let loadSeconds: number;

const db = () => dbOf(t.system());
const inAccount = (account: Clue['state']) => rows.filter((c) => c.state === account);
const usernames = async (ids: (string | null)[]) =>
  new Set(
    (
      await db()
        .select({ username: users.username })
        .from(users)
        .where(
          inArray(
            users.id,
            ids.filter((id): id is string => id !== null),
          ),
        )
    ).map((u) => u.username),
  );
const roundNamed = async (name: string) =>
  (await db().select().from(rounds).where(eq(rounds.name, name)))[0]!;
const deptNamed = async (name: string) =>
  (await db().select().from(departments).where(eq(departments.name, name)))[0]!;

beforeAll(async () => {
  t = await createTestApp();
  const started = performance.now();
  expect(await loadDemoData(t.system(), t.rootId)).toBe(true);
  loadSeconds = (performance.now() - started) / 1000;
  rows = await db().select().from(clues);
  today = cstDate(t.clock.now());
  office = await login(t.app, 'office', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('demo clues', () => {
  it('fills every account of the ledger with ~35 clues from every source', async () => {
    console.info(
      `demo data with petitions, rounds and clues loaded in ${loadSeconds.toFixed(1)} s`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.length).toBeLessThanOrEqual(40);
    expect(rows.every((c) => c.jurisdictionId === t.rootId)).toBe(true);
    const accounts = Object.fromEntries(
      ['recorded', 'handedOver', 'transferred', 'underSupervision', 'closed'].map((a) => [
        a,
        inAccount(a as Clue['state']).length,
      ]),
    );
    // The round on site's own clue (demo-rounds.ts) is kept and counts as recorded.
    expect(accounts).toEqual({
      recorded: 9,
      handedOver: 6,
      transferred: 4,
      underSupervision: 10,
      closed: 7,
    });
    expect(new Set(rows.map((c) => c.source))).toEqual(new Set(clueSources));
    for (const c of rows) expect(c.description.length, c.code).toBeGreaterThan(30);

    // Petition clues point at their petition, which records them.
    const fromPetitions = rows.filter((c) => c.source === 'petition');
    expect(fromPetitions.length).toBeGreaterThanOrEqual(6);
    for (const c of fromPetitions) {
      expect(c.evidencePetitionIds).toEqual([c.sourcePetitionId]);
      const [petition] = await db()
        .select()
        .from(petitions)
        .where(eq(petitions.id, c.sourcePetitionId!));
      expect(petition!.clueIds).toContain(c.id);
      expect(c.createdAt.getTime()).toBeGreaterThan(Date.parse(petition!.receivedOn));
    }
    // A clue of the round on site links the petitions about its unit as evidence.
    expect(
      rows.some((c) => c.source === 'documentReview' && c.evidencePetitionIds.length > 0),
    ).toBe(true);

    // Records of the round on site raise talk, document-review and survey clues there; the
    // archived round has none.
    const onSite = await roundNamed(demoRounds.regular);
    const finished = await roundNamed(demoFinishedRound);
    for (const c of rows.filter((c) => ['talk', 'documentReview', 'survey'].includes(c.source))) {
      expect(c.roundId).toBe(onSite.id);
      expect(c.sourceActivityId).toBeTruthy();
      expect(c.prioritized).toBe(true);
    }
    expect(rows.filter((c) => c.roundId === finished.id)).toEqual([]);
    // The team sees its round's clues, and the file index counts them.
    const team = await login(t.app, 'team1lead', DEMO_PASSWORD);
    const seen = (await team.get('/api/clues?pageSize=100')).json();
    expect(seen.total).toBe(rows.filter((c) => c.roundId === onSite.id).length);
    const index = (await team.get(`/api/rounds/${onSite.id}/file-index`)).json();
    expect(index.counts.clues).toBe(seen.total);
  });

  it('closes clues with each outcome, one clearance for 诬告, into the integrity records', async () => {
    const closed = inAccount('closed');
    expect(new Set(closed.map((c) => c.outcome))).toEqual(new Set(clueOutcomes));
    const slandered = rows.filter((c) => c.falseAccusation);
    expect(slandered).toHaveLength(1);
    expect(slandered[0]!.outcome).toBe('clearance');
    for (const c of closed) {
      expect(c.outcomeOn).toBe(cstDate(c.closedAt!));
      expect(c.accountDueOn).toBeNull();
      if (c.disposal === 'caseFiled') expect(c.dualInquiryResult).toBeTruthy();
    }
    const records = await db()
      .select()
      .from(integrityRecords)
      .where(
        inArray(
          integrityRecords.clueId,
          closed.map((c) => c.id),
        ),
      );
    expect(records).toHaveLength(closed.length);
    for (const r of records)
      expect(r.recordedOn).toBe(closed.find((c) => c.id === r.clueId)!.outcomeOn);
  });

  it('supervises each disposal: 谈话函询, 初步核实, 暂存待查 (one due), 立案审查 with 一案双查', () => {
    expect(new Set(rows.flatMap((c) => (c.disposal ? [c.disposal] : [])))).toEqual(
      new Set(clueDisposals),
    );
    const supervised = inAccount('underSupervision');
    for (const d of ['talkOrInquiry', 'preliminaryVerification', 'shelved', 'caseFiled'])
      expect(
        supervised.map((c) => c.disposal),
        d,
      ).toContain(d);
    const shelved = supervised.filter((c) => c.disposal === 'shelved');
    expect(shelved.filter((c) => c.reviewDueOn! <= today)).toHaveLength(1);
    expect(shelved.filter((c) => c.reviewDueOn! > today).length).toBeGreaterThanOrEqual(1);
    const filed = supervised.filter((c) => c.disposal === 'caseFiled');
    expect(filed.every((c) => c.dualInquiryResult && c.dualInquiryNote)).toBe(true);
    // Signed for, disposal still to come.
    expect(supervised.some((c) => c.disposal === null)).toBe(true);
  });

  it('has 挂账 and 呆账 flagged by the ledger scan, with reminders and a 督办 notice', async () => {
    const pending = rows.filter((c) => c.stall === 'pendingAccount');
    const dead = rows.filter((c) => c.stall === 'deadAccount');
    expect(new Set(pending.map((c) => c.state))).toEqual(
      new Set(['recorded', 'handedOver', 'transferred', 'underSupervision']),
    );
    expect(dead.length).toBeGreaterThanOrEqual(2);
    for (const c of pending) expect(c.accountDueOn! < today).toBe(true);
    for (const c of dead)
      expect(addCalendarDays(cstDate(c.lastMovedAt), 90) < today, c.code).toBe(true);
    // Nothing else is flagged: the other open clues are within their deadlines.
    for (const c of rows.filter((c) => c.state !== 'closed' && !c.stall)) {
      expect(!c.accountDueOn || c.accountDueOn >= today, c.code).toBe(true);
    }
    const notices = await db().select().from(clueNotices);
    expect(new Set(notices.map((n) => n.kind))).toEqual(new Set(clueNoticeKinds));
    const discipline = await deptNamed('县纪委监委');
    const supervision = notices.filter((n) => n.kind === 'supervision');
    expect(supervision.some((n) => n.departmentId === discipline.id)).toBe(true);
    const due = await db()
      .select({ username: users.username })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.kind, 'clue.supervision'));
    expect(new Set(due.map((d) => d.username))).toEqual(new Set(['office', 'discipline']));
    const listed = (await office.get('/api/clues?stall=any&pageSize=100')).json();
    expect(listed.total).toBe(pending.length + dead.length);
  });

  it('serves one receiver on paper: the office signs for it with the scanned reply', async () => {
    const housing = await deptNamed(paperReceiver);
    expect(housing).toMatchObject({ kind: 'competent_department', hasAccounts: false });
    const sent = await db()
      .select()
      .from(clueTransfers)
      .where(eq(clueTransfers.receiverDepartmentId, housing.id));
    expect(sent.every((s) => s.onPaper)).toBe(true);
    const signed = sent.find((s) => s.acknowledgedAt)!;
    expect(signed).toBeTruthy();
    expect(await usernames([signed.acknowledgedBy])).toEqual(new Set(['office']));
    const detail = (await office.get(`/api/clues/${signed.clueId}`)).json();
    expect(detail).toMatchObject({ account: 'underSupervision', actsOnBehalf: true });
    expect(detail.evidence.files.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining([expect.stringContaining('签收回执')]),
    );
    const scan = detail.evidence.files[0];
    const download = await office.get(`/api/clues/${signed.clueId}/files/${scan.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Another waits for its 签收, which the office records on the receiver's behalf.
    const waiting = sent.find((s) => !s.acknowledgedAt)!;
    const open = (await office.get(`/api/clues/${waiting.clueId}`)).json();
    expect(open).toMatchObject({ account: 'transferred', actsOnBehalf: true });
    expect(open.actions).toEqual(['acknowledge']);
  });

  it('reviews collectively, with participants, before every transfer', async () => {
    const reviews = await db().select().from(clueReviews);
    expect(reviews.length).toBeGreaterThanOrEqual(2);
    for (const r of reviews) expect(r.participants.length).toBeGreaterThanOrEqual(3);
    const decisions = await db()
      .select({ d: clueDecisions, heldOn: clueReviews.heldOn })
      .from(clueDecisions)
      .innerJoin(clueReviews, eq(clueReviews.id, clueDecisions.reviewId));
    expect(new Set(decisions.map(({ d }) => d.decision))).toEqual(
      new Set(['transfer', 'supplement']),
    );
    for (const transfer of await db().select().from(clueTransfers)) {
      const decided = decisions.filter(
        ({ d, heldOn }) =>
          d.clueId === transfer.clueId &&
          d.decision === 'transfer' &&
          heldOn <= transfer.transferredOn,
      );
      expect(decided.length).toBeGreaterThan(0);
    }
    // 交账: some decided and waiting for the transfer, some still waiting for a review.
    const handed = await Promise.all(
      inAccount('handedOver').map(async (c) => (await office.get(`/api/clues/${c.id}`)).json()),
    );
    expect(handed.some((c) => c.reviewMissing === false)).toBe(true);
    expect(handed.some((c) => c.reviewMissing === true)).toBe(true);
    // The 县处级 cadre: the proposal shows its reasons (and climbs when a city is above).
    const senior = handed.find((c) => c.accusedCadreLevel === 'county');
    expect(senior).toMatchObject({ actions: ['transfer'], reviewMissing: false });
    expect(senior.proposedReceiver.reasons.length).toBeGreaterThan(0);
  });

  it('keeps the confidential clue to its named members', async () => {
    const secret = rows.filter((c) => c.confidential);
    expect(secret).toHaveLength(1);
    const members = await db()
      .select({ userId: clueMembers.userId })
      .from(clueMembers)
      .where(eq(clueMembers.clueId, secret[0]!.id));
    expect(await usernames(members.map((m) => m.userId))).toEqual(
      new Set(['office', 'discipline']),
    );
    for (const [username, status] of [
      ['discipline', 200],
      ['leader', 404],
      ['organization', 404],
    ] as const) {
      const session = await login(t.app, username, DEMO_PASSWORD);
      expect((await session.get(`/api/clues/${secret[0]!.id}`)).statusCode, username).toBe(status);
    }
  });

  it('is driven by the demo accounts, and each clue’s times tell one story', async () => {
    const events = await db()
      .select()
      .from(workflowEvents)
      .where(eq(workflowEvents.machine, 'clue'));
    expect(await usernames(events.map((e) => e.actorId))).toEqual(
      new Set(['office', 'team1lead', 'team2lead', 'discipline', 'organization']),
    );
    expect(await usernames(rows.map((c) => c.createdBy))).toEqual(
      new Set(['office', 'leader', 'team1lead', 'team1member', 'team2lead', 'team2member']),
    );
    const reached = {
      recorded: 'createdAt',
      handedOver: 'handedOverAt',
      transferred: 'transferredAt',
      underSupervision: 'supervisedAt',
      closed: 'closedAt',
    } as const;
    const load = t.clock.now().getTime();
    for (const c of rows) {
      const steps = [c.createdAt, c.handedOverAt, c.transferredAt, c.supervisedAt, c.closedAt]
        .filter((d): d is Date => d !== null)
        .map((d) => d.getTime());
      expect(steps, c.code).toEqual([...steps].sort((a, b) => a - b));
      expect(steps.every((s) => s <= load)).toBe(true);
      expect(c.accountSince).toEqual(c[reached[c.state]]);
      expect(c.lastMovedAt.getTime()).toBeGreaterThanOrEqual(c.accountSince.getTime());
      const own = events
        .filter((e) => e.entityId === c.id)
        .sort((a, b) => a.version - b.version)
        .map((e) => e.at.getTime());
      expect(own, c.code).toEqual([...own].sort((a, b) => a - b));
      if (c.transferredAt) {
        const [transfer] = await db()
          .select()
          .from(clueTransfers)
          .where(eq(clueTransfers.clueId, c.id));
        expect(transfer!.transferredOn).toBe(cstDate(c.transferredAt));
        expect(transfer!.feedbackDueOn).toBe(c.feedbackDueOn);
        expect(c.feedbackDueOn).toBe(addCalendarDays(transfer!.transferredOn, 90));
      }
    }
    // The receivers were told; what they signed for is read, what waits is not.
    const told = await db()
      .select({ readAt: notifications.readAt, link: notifications.link })
      .from(notifications)
      .where(eq(notifications.kind, 'clue.transferred'));
    const waiting = new Set(inAccount('transferred').map((c) => `/clues/${c.id}`));
    for (const n of told) expect(n.readAt === null).toBe(waiting.has(n.link!));
  });

  it('loads once: a second call adds nothing, and the audit chain is intact', async () => {
    const tally = async () =>
      Promise.all(
        [
          clues,
          clueReviews,
          clueTransfers,
          clueNotices,
          notifications,
          workflowEvents,
          storedFiles,
          departments,
        ].map(async (table) => (await db().select({ n: count() }).from(table))[0]!.n),
      );
    const before = await tally();
    expect(await loadDemoClues(t.system(), t.rootId)).toBe(false);
    expect(await loadDemoData(t.system(), t.rootId)).toBe(false);
    expect(await tally()).toEqual(before);
    // The ledger job finds what the load left flagged, and issues nothing twice.
    const scan = await scanClueLedger(t.system(), [t.rootId]);
    expect(scan.pendingAccount).toBe(rows.filter((c) => c.stall === 'pendingAccount').length);
    expect(scan.deadAccount).toBe(rows.filter((c) => c.stall === 'deadAccount').length);
    expect(await tally()).toEqual(before);
    const [loaded] = await db()
      .select({ n: count() })
      .from(clues)
      .where(and(eq(clues.jurisdictionId, t.rootId)));
    expect(loaded!.n).toBe(rows.length);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});
