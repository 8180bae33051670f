import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { commonProblemEscalations, notifications } from '../../db/schema/index.js';
import { anonymous, countRows, multipart, rowById } from '../../test/assertions.js';
import { loginAs, makeUnit } from '../../test/factories.js';
import { rectificationWorld } from '../../test/rectification-fixtures.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/**
 * Issue: rectification, point 8 — 共性问题集中整治: one problem found in several units becomes a
 * task with a lead unit, cooperating units and the office's supervision (三位一体), tracked like
 * an item.
 */
let t: TestApp;
let office: TestSession;
let leadLiaison: TestSession;
let coopLiaison: TestSession;
let townLiaison: TestSession;
let worldA: Awaited<ReturnType<typeof rectificationWorld>>;
let worldB: Awaited<ReturnType<typeof rectificationWorld>>;
let leadUnitId = '';
let id = '';

const body = () => ({
  title: '公务接待管理不规范',
  problem: '两个单位均存在无公函接待、超标准接待、接待清单不实的问题。',
  findingIds: [worldA.findingIds[0], worldB.findingIds[0]],
  leadUnitId,
  responsibleLeader: '县财政局 副局长 钱某',
  measures: '由县财政局牵头修订公务接待管理办法，配合单位逐笔清理 2025 年以来的接待费用。',
  dueOn: '2026-06-30',
});

async function fire(session: TestSession, action: string, extra: Record<string, unknown> = {}) {
  const { version } = (await office.get(`/api/common-problems/${id}`)).json<{ version: number }>();
  return session.post(`/api/common-problems/${id}/transitions`, { action, version, ...extra });
}

async function upload(session: TestSession, name: string) {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(name.repeat(50))]);
  const form = multipart(name, pdf);
  const stored = await session.request('POST', '/api/files', form.payload, {
    headers: form.headers,
  });
  expect(stored.statusCode, stored.body).toBe(201);
  return stored.json<{ id: string }>().id;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-10T01:00:00.000Z');
  worldA = await rectificationWorld(t, {
    unitName: '石桥镇',
    problems: ['公务接待无公函、无审批单', '村级财务审核不严'],
  });
  worldB = await rectificationWorld(t, {
    unitName: '河西镇',
    problems: ['公务接待超标准，接待清单与实际不符'],
  });
  const lead = await makeUnit(t, { name: '县财政局' });
  leadUnitId = lead.id;
  office = worldA.office;
  leadLiaison = await loginAs(t, 'unit_liaison', { unitId: lead.id });
  coopLiaison = worldA.liaison;
  townLiaison = worldB.liaison;
});
afterAll(() => t.close());

describe('a common problem (共性问题)', () => {
  it('is set up by the office from findings of several units; the rules refuse anything else', async () => {
    const refused: [string, Record<string, unknown>, string][] = [
      ['one unit only', { findingIds: worldA.findingIds }, 'findingIds'],
      ['lead also cooperating', { cooperatingUnitIds: [leadUnitId] }, 'cooperatingUnitIds'],
      [
        'unknown finding',
        { findingIds: [worldA.findingIds[0], crypto.randomUUID()] },
        'findingIds',
      ],
      ['deadline passed', { dueOn: '2026-03-01' }, 'dueOn'],
    ];
    for (const [why, change, path] of refused) {
      const r = await office.post('/api/common-problems', { ...body(), ...change });
      expect(r.statusCode, why).toBe(422);
      expect(r.json().errors[0].path, why).toBe(path);
    }
    expect((await office.post('/api/common-problems', { ...body(), title: '' })).statusCode).toBe(
      400,
    );
    expect((await leadLiaison.post('/api/common-problems', body())).statusCode).toBe(403);
    expect((await worldA.teamLeader.post('/api/common-problems', body())).statusCode).toBe(403);
    expect(await countRows(t, 'common_problems')).toBe(0);

    const created = await office.post('/api/common-problems', body());
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json();
    id = task.id;
    // Cooperating units default to the findings' units other than the lead.
    expect(task.leadUnit.name).toBe('县财政局');
    expect(task.cooperatingUnits.map((u: { name: string }) => u.name).sort()).toEqual(
      ['河西镇', '石桥镇'].sort(),
    );
    expect(task.findings.map((f: { unitName: string }) => f.unitName).sort()).toEqual(
      ['河西镇', '石桥镇'].sort(),
    );
    expect(task).toMatchObject({ state: 'open', role: 'office', canEdit: true });
  });

  it('offers the office the fed-back findings to pick from, by words', async () => {
    const found = await office.get('/api/common-problems/candidate-findings?q=公务接待');
    expect(found.statusCode, found.body).toBe(200);
    expect(
      found
        .json()
        .items.map((f: { unitName: string }) => f.unitName)
        .sort(),
    ).toEqual(['河西镇', '石桥镇'].sort());
    expect((await leadLiaison.get('/api/common-problems/candidate-findings')).statusCode).toBe(403);
  });

  it('is seen by the office, the leaders, the lead and cooperating units and the teams; 404 otherwise', async () => {
    const url = `/api/common-problems/${id}`;
    const leader = await loginAs(t, 'leading_group');
    const otherLiaison = await loginAs(t, 'unit_liaison', {
      unitId: (await makeUnit(t, { name: '县民政局' })).id,
    });
    const otherTeam = await loginAs(t, 'team_member');
    const table: [string, TestSession, number, string | null][] = [
      ['office', office, 200, 'office'],
      ['leading group', leader, 200, 'reader'],
      ['lead unit', leadLiaison, 200, 'lead'],
      ['cooperating unit', coopLiaison, 200, 'cooperating'],
      ['second cooperating unit', townLiaison, 200, 'cooperating'],
      ['team of a finding', worldB.teamLeader, 200, 'reader'],
      ['another unit', otherLiaison, 404, null],
      ['another team', otherTeam, 404, null],
    ];
    for (const [who, session, status, role] of table) {
      const r = await session.get(url);
      expect(r.statusCode, who).toBe(status);
      if (role) expect(r.json().role, who).toBe(role);
      const listed = (await session.get('/api/common-problems')).json().items;
      expect(
        listed.map((p: { id: string }) => p.id),
        who,
      ).toEqual(status === 200 ? [id] : []);
    }
    expect((await anonymous(t, 'GET', url)).statusCode).toBe(401);
    // Reading is not acting: the leaders and the team have no actions.
    expect((await leader.get(url)).json().actions).toEqual([]);
    expect((await worldB.teamLeader.get(url)).json().actions).toEqual([]);
    expect((await otherLiaison.patch(url, { version: 1, title: '改' })).statusCode).toBe(404);
    expect((await leadLiaison.patch(url, { version: 1, title: '改' })).statusCode).toBe(403);
  });

  it('is tracked like an item: progress by all units, closure asked by the lead with evidence, 督办, 销号 by the office', async () => {
    const bare = await fire(leadLiaison, 'request_closure', { opinion: '已完成' });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().errors[0].path).toBe('fileIds');

    const receipts = await upload(coopLiaison, '接待费用清理台账.pdf');
    // Only the uploader attaches their file.
    expect(
      (await fire(leadLiaison, 'report_progress', { opinion: '借用', fileIds: [receipts] }))
        .statusCode,
    ).toBe(422);
    const progress = await fire(coopLiaison, 'report_progress', {
      opinion: '已清理 2025 年以来接待 46 笔，退还超标费用 3,200 元',
      fileIds: [receipts],
    });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json().files).toHaveLength(1);
    // A cooperating unit takes part but does not answer for the whole task.
    const notLead = await fire(coopLiaison, 'request_closure', { opinion: '已完成' });
    expect(notLead.statusCode).toBe(403);
    expect((await fire(coopLiaison, 'supervise', { opinion: '督办' })).statusCode).toBe(403);

    const supervised = await fire(office, 'supervise', {
      opinion: '请牵头单位 6 月 15 日前报送管理办法修订稿',
    });
    expect(supervised.statusCode, supervised.body).toBe(200);
    const told = await dbOf(t.system())
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'common_problem.supervise'));
    expect(new Set(told.map((n) => n.userId))).toEqual(
      new Set([leadLiaison.userId, coopLiaison.userId, townLiaison.userId]),
    );

    const asked = await fire(leadLiaison, 'request_closure', { opinion: '管理办法已印发' });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json().state).toBe('closureRequested');
    expect((await fire(leadLiaison, 'close', { opinion: '自己销号' })).statusCode).toBe(403);
    const rejected = await fire(office, 'reject', { opinion: '河西镇清理台账未附' });
    expect(rejected.json().state).toBe('open');
    await fire(leadLiaison, 'request_closure', { opinion: '已补充河西镇台账' });
    const closed = await fire(office, 'close', { opinion: '整改到位，同意销号' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ state: 'closed', actions: [] });
    expect(closed.json().history.map((h: { action: string }) => h.action)).toEqual([
      'report_progress',
      'supervise',
      'request_closure',
      'reject',
      'request_closure',
      'close',
    ]);
    expect(
      (await office.patch(`/api/common-problems/${id}`, { version: 9, title: '改' })).statusCode,
    ).toBe(422);
    const file = await coopLiaison.get(`/api/common-problems/${id}/files/${receipts}`);
    expect(file.statusCode).toBe(200);
  });

  it('climbs the escalation ladder when overdue, like an item', async () => {
    const created = await office.post('/api/common-problems', {
      ...body(),
      title: '村级财务审核不严',
      findingIds: [worldA.findingIds[1], worldB.findingIds[0]],
      dueOn: '2026-04-30',
    });
    expect(created.statusCode, created.body).toBe(201);
    const late = created.json().id;
    t.clock.set('2026-05-09T01:00:00.000Z'); // 9 days overdue: 督办函 (7), not yet 约谈 (30)
    // Sessions lapse over two months: sign in again.
    office = await loginAs(t, 'office_admin');
    const leadLiaisonNow = await loginAs(t, 'unit_liaison', { unitId: leadUnitId });
    const scan = await office.post('/api/rectification-items/escalation-scan');
    expect(scan.json()).toMatchObject({ overdue: 1, supervisionLetter: 1, admonitionTalk: 0 });
    expect((await office.post('/api/rectification-items/escalation-scan')).json()).toMatchObject({
      overdue: 0,
      supervisionLetter: 0,
    });
    const steps = await dbOf(t.system())
      .select()
      .from(commonProblemEscalations)
      .where(eq(commonProblemEscalations.commonProblemId, late));
    expect(steps.map((s) => s.kind).sort()).toEqual(['overdue', 'supervisionLetter']);
    const detail = (await leadLiaisonNow.get(`/api/common-problems/${late}`)).json();
    expect(detail.overdue).toBe(true);
    expect(detail.escalations[1].message).toContain('督办函');
    expect((await leadLiaisonNow.get('/api/common-problems?overdue=true')).json().total).toBe(1);
    expect((await rowById(t, 'common_problems', id))?.state).toBe('closed');
  });
});
