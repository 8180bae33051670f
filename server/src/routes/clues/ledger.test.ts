import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { roundReports, rounds } from '../../db/schema/index.js';
import { auditRows, countRows, multipart, rowById } from '../../test/assertions.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { loginAs } from '../../test/factories.js';
import { eq } from 'drizzle-orm';
import {
  clueWorld,
  fire,
  registerClue,
  reviewForTransfer,
  type ClueWorld,
} from '../../test/clue-fixtures.js';

let t: TestApp;
let w: ClueWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await clueWorld(t);
});
afterAll(() => t.close());

async function transfer(id: string, body: Record<string, unknown>) {
  const { version } = (await w.s.office.get(`/api/clues/${id}`)).json();
  return w.s.office.post(`/api/clues/${id}/transfers`, { version, ...body });
}

describe('the five accounts: 报账 → 交账 → 转账 → 查账 → 销账', () => {
  it('takes a talk clue through every account to a four-forms outcome', async () => {
    const raised = await w.s.teamMember.post(
      `/api/rounds/${w.round.id}/activities/${w.talk.id}/clues`,
      { description: '谈话反映县水利局局长孙某违规发放津贴补贴', accusedName: '孙某' },
    );
    expect(raised.statusCode, raised.body).toBe(201);
    const id = raised.json().id as string;
    let clue = (await w.s.office.get(`/api/clues/${id}`)).json();
    expect(clue).toMatchObject({
      account: 'recorded',
      source: 'talk',
      prioritized: true,
      roundName: w.round.name,
      sourceActivityId: w.talk.id,
      accountDueOn: '2026-05-01',
    });
    expect(clue.evidence.activities).toEqual([
      expect.objectContaining({ id: w.talk.id, method: 'talk' }),
    ]);
    expect(await auditRows(t, { action: 'clue.viewed', entityId: id })).toHaveLength(1);

    // 交账 by the round's own team leader; another team does not even see it.
    expect((await w.s.otherTeam.get(`/api/clues/${id}`)).statusCode).toBe(404);
    expect((await fire(w, w.s.teamMember, id, 'hand_over')).statusCode).toBe(403);
    const handed = await fire(w, w.s.teamLeader, id, 'hand_over');
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json().account).toBe('handedOver');

    // The office classifies it; the proposal follows the category.
    const patched = await w.s.office.patch(`/api/clues/${id}`, {
      version: handed.json().version,
      focus: 'conduct',
      disciplines: ['integrity'],
      accusedCadreLevel: 'section',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    clue = (await w.s.office.get(`/api/clues/${id}`)).json();
    expect(clue.actions).toEqual(['transfer']);
    expect(clue.proposedReceiver).toMatchObject({
      departmentId: w.dept.countyDiscipline.id,
      name: '县纪委监委',
      onPaper: false,
    });
    expect(clue.proposedReceiver.reasons[0]).toContain('纪检监察机关');
    expect(clue.reviewMissing).toBe(true);

    // No transfer before the collective review decides it.
    const early = await transfer(id, { receiverDepartmentId: w.dept.countyDiscipline.id });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('集体研判');
    await reviewForTransfer(w, [id]);
    const moved = await transfer(id, { receiverDepartmentId: w.dept.countyDiscipline.id });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(moved.json()).toMatchObject({
      account: 'transferred',
      receiverName: '县纪委监委',
      feedbackDueOn: '2026-05-31',
    });
    expect(moved.json().transfers[0].letterNumber).toMatch(/^巡移〔2026〕\d+号$/);
    // The 移交函 prints for the office and the receiver; not for those who cannot see the clue.
    const letterUrl = `/api/clues/${id}/transfers/${moved.json().transfers[0].id}/letter.docx`;
    const letter = await w.s.office.get(letterUrl);
    expect(letter.statusCode).toBe(200);
    expect(letter.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await w.s.discipline.get(letterUrl)).statusCode).toBe(200);
    expect((await w.s.organization.get(letterUrl)).statusCode).toBe(404);
    expect(await auditRows(t, { action: 'clue.transferred', entityId: id })).toHaveLength(1);

    // The receiver sees it in its inbox; the organization department does not.
    const inbox = (await w.s.discipline.get('/api/clues?inbox=true')).json();
    expect(inbox.items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await w.s.organization.get(`/api/clues/${id}`)).statusCode).toBe(404);
    expect((await fire(w, w.s.organization, id, 'acknowledge')).statusCode).toBe(404);
    // The office may not act for a receiver that has accounts.
    expect((await fire(w, w.s.office, id, 'acknowledge')).statusCode).toBe(403);
    const acked = await fire(w, w.s.discipline, id, 'acknowledge');
    expect(acked.statusCode, acked.body).toBe(200);
    expect(acked.json().account).toBe('underSupervision');
    expect(acked.json().accountDueOn).toBe('2026-05-31');
    expect(acked.json().transfers[0].acknowledgedAt).not.toBeNull();

    // Disposal, then 一案双查 before a filed case can be closed.
    const notYet = await fire(w, w.s.discipline, id, 'close', {
      outcome: 'form3',
      outcomeOn: '2026-03-02',
    });
    expect(notYet.statusCode).toBe(403);
    expect(notYet.json().detail).toContain('处置方式');
    const filed = await fire(w, w.s.discipline, id, 'report_disposal', {
      disposal: 'caseFiled',
      disposalOn: '2026-03-02',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    // Closing is not offered until the dual inquiry is recorded.
    expect(filed.json().actions).toEqual(['report_disposal', 'record_dual_inquiry']);
    const noDual = await fire(w, w.s.discipline, id, 'close', {
      outcome: 'form3',
      outcomeOn: '2026-03-02',
    });
    expect(noDual.statusCode).toBe(403);
    expect(noDual.json().detail).toContain('一案双查');
    const dual = await fire(w, w.s.discipline, id, 'record_dual_inquiry', {
      dualInquiryResult: 'accountable',
      dualInquiryNote: '对县水利局党组落实主体责任不力问题予以问责',
    });
    expect(dual.statusCode, dual.body).toBe(200);
    const closed = await fire(w, w.s.discipline, id, 'close', {
      outcome: 'form3',
      outcomeOn: '2026-03-02',
      outcomeNote: '给予党内严重警告处分',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      account: 'closed',
      outcome: 'form3',
      dualInquiryResult: 'accountable',
      accountDueOn: null,
    });
    expect(closed.json().actions).toEqual([]);
    expect(closed.json().timeline.map((e: { action: string }) => e.action)).toEqual([
      'hand_over',
      'transfer',
      'acknowledge',
      'report_disposal',
      'record_dual_inquiry',
      'close',
    ]);
    const [record] = await dbOf(t.system())
      .execute(
        `select person_name, outcome, unit_id from integrity_records where clue_id = '${id}'` as never,
      )
      .then((r: unknown) => (r as { rows: Record<string, unknown>[] }).rows);
    expect(record).toMatchObject({ person_name: '孙某', outcome: 'form3', unit_id: w.unit.id });
  });
});

describe('transfer by cadre-management authority', () => {
  it('proposes 组织部 for 选人用人 and the committee above for a cadre it does not manage', async () => {
    const personnel = await registerClue(w, { focus: 'personnel', disciplines: [] });
    const p = (await w.s.office.get(`/api/clues/${personnel.id}`)).json();
    expect(p.proposedReceiver.departmentId).toBe(w.dept.countyOrganization.id);

    const senior = await registerClue(w, { accusedCadreLevel: 'county' });
    const detail = (await w.s.office.get(`/api/clues/${senior.id}`)).json();
    expect(detail.proposedReceiver).toMatchObject({
      departmentId: w.dept.cityDiscipline.id,
      jurisdictionName: '测试市',
    });
    expect(detail.proposedReceiver.reasons.join('')).toContain('县处级干部');
    expect(detail.receiverOptions.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining(['县纪委监委', '县委组织部', '县住建局', '市纪委监委']),
    );

    await reviewForTransfer(w, [senior.id]);
    // Another receiver than proposed needs a reason; nothing moves without one.
    const noReason = await transfer(senior.id, {
      receiverDepartmentId: w.dept.countyDiscipline.id,
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].path).toBe('changeReason');
    expect((await rowById(t, 'clues', senior.id))?.account).toBe('handedOver');
    const unknown = await transfer(senior.id, {
      receiverDepartmentId: w.dept.countyDiscipline.jurisdictionId,
    });
    expect(unknown.statusCode).toBe(422);
    const ok = await transfer(senior.id, { receiverDepartmentId: w.dept.cityDiscipline.id });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await w.s.cityDiscipline.get(`/api/clues/${senior.id}`)).statusCode).toBe(200);
    expect((await w.s.discipline.get(`/api/clues/${senior.id}`)).statusCode).toBe(404);
  });

  it("records a paper receiver's replies through the office, with the scans", async () => {
    const clue = await registerClue(w, { focus: null, disciplines: [] });
    const detail = (await w.s.office.get(`/api/clues/${clue.id}`)).json();
    expect(detail.proposedReceiver).toMatchObject({ name: '县住建局', onPaper: true });
    await reviewForTransfer(w, [clue.id]);
    const moved = await transfer(clue.id, { receiverDepartmentId: w.dept.countyHousing.id });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(moved.json()).toMatchObject({ actsOnBehalf: true, actions: ['acknowledge'] });
    expect(moved.json().transfers[0].onPaper).toBe(true);
    const bare = await fire(w, w.s.office, clue.id, 'acknowledge');
    expect(bare.statusCode).toBe(422);
    expect(bare.json().errors[0].path).toBe('fileIds');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('回执'.repeat(100))]);
    const upload = multipart('签收回执.pdf', pdf);
    const stored = await w.s.office.request('POST', '/api/files', upload.payload, {
      headers: upload.headers,
    });
    expect(stored.statusCode, stored.body).toBe(201);
    const fileId = stored.json().id as string;
    const acked = await fire(w, w.s.office, clue.id, 'acknowledge', { fileIds: [fileId] });
    expect(acked.statusCode, acked.body).toBe(200);
    expect(acked.json().evidence.files).toEqual([{ id: fileId, name: '签收回执.pdf' }]);
    // The scan is read through the clue, by those who see it; not around it.
    expect((await w.s.office.get(`/api/clues/${clue.id}/files/${fileId}`)).statusCode).toBe(200);
    expect((await w.s.otherOffice.get(`/api/clues/${clue.id}/files/${fileId}`)).statusCode).toBe(
      404,
    );
    const colleague = await loginAs(t, 'office_admin', { jurisdictionId: w.county.id });
    expect((await colleague.get(`/api/files/${fileId}/content`)).statusCode).toBe(403);
    const shelved = await fire(w, w.s.office, clue.id, 'report_disposal', {
      disposal: 'shelved',
      disposalOn: '2026-03-02',
      fileIds: [fileId],
    });
    expect(shelved.statusCode, shelved.body).toBe(200);
    expect(shelved.json().reviewDueOn).toBe('2026-09-02');
    const close = await fire(w, w.s.office, clue.id, 'close', {
      outcome: 'form1',
      outcomeOn: '2026-03-02',
      fileIds: [fileId],
    });
    expect(close.statusCode).toBe(403);
    expect(close.json().detail).toContain('暂存待查');
  });
});

describe('closing: outcomes and refusals', () => {
  async function underSupervision() {
    const clue = await registerClue(w);
    await reviewForTransfer(w, [clue.id]);
    expect(
      (await transfer(clue.id, { receiverDepartmentId: w.dept.countyDiscipline.id })).statusCode,
    ).toBe(201);
    expect((await fire(w, w.s.discipline, clue.id, 'acknowledge')).statusCode).toBe(200);
    const disposed = await fire(w, w.s.discipline, clue.id, 'report_disposal', {
      disposal: 'preliminaryVerification',
      disposalOn: '2026-03-02',
    });
    expect(disposed.statusCode, disposed.body).toBe(200);
    return clue.id;
  }

  it('flags 诬告 only on a clearance, and writes the clearance to the integrity record', async () => {
    const id = await underSupervision();
    const wrong = await fire(w, w.s.discipline, id, 'close', {
      outcome: 'form1',
      outcomeOn: '2026-03-02',
      falseAccusation: true,
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].path).toBe('falseAccusation');
    const future = await fire(w, w.s.discipline, id, 'close', {
      outcome: 'clearance',
      outcomeOn: '2027-01-01',
    });
    expect(future.statusCode).toBe(422);
    const missing = await fire(w, w.s.discipline, id, 'close', { outcomeOn: '2026-03-02' });
    expect(missing.statusCode).toBe(400);
    expect((await rowById(t, 'clues', id))?.account).toBe('underSupervision');
    const cleared = await fire(w, w.s.discipline, id, 'close', {
      outcome: 'clearance',
      outcomeOn: '2026-03-02',
      falseAccusation: true,
      outcomeNote: '经核查，反映问题不属实，予以澄清正名；举报人捏造事实，认定为诬告',
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ outcome: 'clearance', falseAccusation: true });
  });

  it('refuses unknown actions, stale versions and transfers through /transitions', async () => {
    const clue = await registerClue(w, {}, { handOver: false });
    const unknown = await fire(w, w.s.office, clue.id, 'destroy');
    expect(unknown.statusCode).toBe(400);
    const viaTransitions = await fire(w, w.s.office, clue.id, 'transfer', {
      receiverDepartmentId: w.dept.countyDiscipline.id,
    });
    expect(viaTransitions.statusCode).toBe(400);
    const stale = await w.s.office.post(`/api/clues/${clue.id}/transitions`, {
      action: 'hand_over',
      version: clue.version + 5,
    });
    expect(stale.statusCode).toBe(409);
    expect((await rowById(t, 'clues', clue.id))?.account).toBe('recorded');
  });
});

describe('registration and collective review', () => {
  it('lets only the office register, by hand only the sources without their own flow', async () => {
    const before = await countRows(t, 'clues');
    const bySource = await w.s.office.post('/api/clues', {
      jurisdictionId: w.county.id,
      source: 'petition',
      description: '应从信访件生成',
    });
    expect(bySource.statusCode).toBe(422);
    const byTeam = await w.s.teamLeader.post('/api/clues', {
      jurisdictionId: w.county.id,
      source: 'audit',
      description: '巡察组不能直接登记',
    });
    expect(byTeam.statusCode).toBe(403);
    const badUnit = await w.s.office.post('/api/clues', {
      jurisdictionId: w.county.id,
      source: 'audit',
      accusedUnitId: w.dept.countyDiscipline.id,
      description: '单位不存在',
    });
    expect(badUnit.statusCode).toBe(422);
    expect(badUnit.json().errors[0].path).toBe('accusedUnitId');
    const otherCounty = await w.s.otherOffice.post('/api/clues', {
      jurisdictionId: w.county.id,
      source: 'audit',
      description: '邻县巡察办无权登记',
    });
    expect(otherCounty.statusCode).toBe(403);
    expect(await countRows(t, 'clues')).toBe(before);
  });

  it('records a review with a decision per clue and refuses bad ones', async () => {
    const a = await registerClue(w);
    const b = await registerClue(w);
    const review = await reviewForTransfer(w, [a.id, b.id]);
    expect(review.decisions).toHaveLength(2);
    expect(review.participants).toEqual(['李明', '王芳', '赵强']);
    const twice = await w.s.office.post('/api/clue-reviews', {
      jurisdictionId: w.county.id,
      heldOn: '2026-03-01',
      chair: '李明',
      participants: ['李明'],
      decisions: [
        { clueId: a.id, decision: 'transfer' },
        { clueId: a.id, decision: 'supplement' },
      ],
    });
    expect(twice.statusCode).toBe(422);
    const future = await w.s.office.post('/api/clue-reviews', {
      jurisdictionId: w.county.id,
      heldOn: '2027-03-01',
      chair: '李明',
      participants: ['李明'],
      decisions: [{ clueId: a.id, decision: 'transfer' }],
    });
    expect(future.statusCode).toBe(422);
    const byLeader = await w.s.leader.post('/api/clue-reviews', {
      jurisdictionId: w.county.id,
      heldOn: '2026-03-01',
      chair: '李明',
      participants: ['李明'],
      decisions: [{ clueId: a.id, decision: 'transfer' }],
    });
    expect(byLeader.statusCode).toBe(403);
    // A later "supplement" decision closes the transfer again.
    await w.s.office.post('/api/clue-reviews', {
      jurisdictionId: w.county.id,
      heldOn: '2026-03-02',
      chair: '李明',
      participants: ['李明'],
      decisions: [{ clueId: b.id, decision: 'supplement', note: '补充核实被反映人职务' }],
    });
    expect((await w.s.office.get(`/api/clues/${b.id}`)).json().reviewMissing).toBe(true);
    expect((await w.s.office.get(`/api/clues/${a.id}`)).json().reviewMissing).toBe(false);
    const listed = (await w.s.leader.get('/api/clue-reviews')).json();
    expect(listed.total).toBeGreaterThanOrEqual(2);
    expect((await w.s.discipline.get('/api/clue-reviews')).json().total).toBe(0);
  });
});

describe('collective review is a setting', () => {
  it('lets a clue be transferred without a review when the jurisdiction turns the requirement off', async () => {
    const clue = await registerClue(w);
    expect((await w.s.office.get(`/api/clues/${clue.id}`)).json().reviewMissing).toBe(true);
    const off = await w.s.office.put('/api/settings/clue.collectiveReviewRequired', {
      jurisdictionId: w.county.id,
      value: false,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await w.s.office.get(`/api/clues/${clue.id}`)).json().reviewMissing).toBe(false);
    const moved = await transfer(clue.id, { receiverDepartmentId: w.dept.countyDiscipline.id });
    expect(moved.statusCode, moved.body).toBe(201);
    await w.s.office.put('/api/settings/clue.collectiveReviewRequired', {
      jurisdictionId: w.county.id,
      value: true,
    });
  });
});

describe("feedback hands the round's clues over", () => {
  it("moves a unit's recorded clues to 交账 when its feedback is delivered", async () => {
    const raised = await w.s.teamLeader.post(
      `/api/rounds/${w.round.id}/activities/${w.talk.id}/clues`,
      { description: '谈话反映县水利局违规招投标' },
    );
    const id = raised.json().id as string;
    await dbOf(t.system())
      .update(rounds)
      .set({ state: 'feedback' })
      .where(eq(rounds.id, w.round.id));
    await dbOf(t.system()).insert(roundReports).values({
      roundId: w.round.id,
      unitId: w.unit.id,
      content: '巡察报告',
      approvedAt: new Date(),
    });
    const fed = await w.s.teamLeader.post(
      `/api/rounds/${w.round.id}/reports/${w.unit.id}/feedback`,
      {
        feedbackOn: '2026-03-02',
        attendees: '县水利局党组成员',
      },
    );
    expect(fed.statusCode, fed.body).toBe(200);
    const clue = (await w.s.office.get(`/api/clues/${id}`)).json();
    expect(clue.account).toBe('handedOver');
    expect(clue.timeline.at(-1)).toMatchObject({ action: 'hand_over', opinion: '随巡察反馈交账' });
    await dbOf(t.system())
      .update(rounds)
      .set({ state: 'on_site' })
      .where(eq(rounds.id, w.round.id));
  });
});
