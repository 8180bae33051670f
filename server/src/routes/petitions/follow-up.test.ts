import { PDFDocument, PDFRawStream, decodePDFRawStream } from '@pdfme/pdf-lib';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '../../core/clock.js';
import { anonymous, auditRows, countRows, multipart, rowById } from '../../test/assertions.js';
import {
  loginAs,
  makeJurisdiction,
  makeRound,
  makeTeam,
  makeUnit,
  makeUser,
} from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let clerk: TestSession;
let leader: TestSession;
let office: TestSession;
let relogin: () => Promise<void>;
let unitId: string;

function body(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'letter',
    receivedOn: '2026-03-01',
    anonymous: true,
    accused: [{ kind: 'person', name: '周八', position: '所长', unitId }],
    focus: 'conduct',
    disciplines: ['integrity'],
    summary: '反映所长周八违规收受礼金',
    content: '来信反映：所长周八在春节期间收受辖区企业礼金，请求核查。',
    ...overrides,
  };
}

async function register(session: TestSession, overrides: Record<string, unknown> = {}) {
  const response = await session.post('/api/petitions', body(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function upload(session: TestSession, petitionId: string, name: string, content: Buffer) {
  const form = multipart(name, content);
  const response = await session.request(
    'POST',
    `/api/petitions/${petitionId}/attachments`,
    form.payload,
    { headers: form.headers },
  );
  return response;
}

async function approvedCopy(session: TestSession, petitionId: string) {
  const request = await session.post('/api/access-requests', {
    kind: 'copy',
    petitionId,
    reason: '复印来信原件，供调查组核查',
  });
  expect(request.statusCode, request.body).toBe(201);
  const decided = await leader.post(`/api/access-requests/${request.json().id}/decision`, {
    approve: true,
  });
  expect(decided.statusCode).toBe(200);
}

/** Moves a petition through to `answered` (the states a review flag applies to). */
async function answer(id: string) {
  const fire = async (session: TestSession, action: string, extra: Record<string, unknown>) => {
    const { version } = (await office.get(`/api/petitions/${id}`)).json();
    const response = await session.post(`/api/petitions/${id}/transitions`, {
      action,
      version,
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  await fire(leader, 'reject', { opinion: '不属于受理范围' });
  await fire(clerk, 'answer', {
    answerMethod: 'not_deliverable',
    answeredOn: new Date(t.clock.now().getTime() + 8 * HOUR).toISOString().slice(0, 10),
    answerContent: '匿名件，无法告知',
  });
}

const pdfBytes = async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  return Buffer.from(await pdf.save());
};
/** Every stream of a PDF, decompressed, as one latin1 string. */
async function pdfStreams(bytes: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const parts: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream)
      parts.push(Buffer.from(decodePDFRawStream(object).decode()).toString('latin1'));
  }
  return parts.join('\n');
}
const pngBytes = () =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();

beforeAll(async () => {
  t = await createTestApp();
  const people = await Promise.all(
    (['petition_clerk', 'leading_group', 'office_admin'] as const).map((role) => makeUser(t, role)),
  );
  relogin = async () => {
    const [c, l, o] = await Promise.all(people.map((p) => p.login()));
    [clerk, leader, office] = [c!, l!, o!];
  };
  await relogin();
  unitId = (await makeUnit(t, { name: '县市场监管局' })).id;
});
afterAll(() => t.close());

describe('copying an attachment (复印/借阅)', () => {
  it('needs an approved copy request, stamps the user and time on the copy, audits it and stops at expiry', async () => {
    const p = await register(clerk);
    const original = await pdfBytes();
    expect((await upload(clerk, p.id, '来信原件.pdf', original)).statusCode).toBe(201);
    const png = await pngBytes();
    expect((await upload(clerk, p.id, '照片.png', png)).statusCode).toBe(201);
    const detail = (await clerk.get(`/api/petitions/${p.id}`)).json();
    const [pdfFile, pngFile] = detail.attachments;
    expect(detail.can).toMatchObject({ download: false, requestCopy: true });

    const refused = await clerk.get(`/api/petitions/${p.id}/attachments/${pdfFile.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('复印申请');
    // Not even the uploader gets round it through the general file route.
    expect((await clerk.get(`/api/files/${pdfFile.id}/content`)).statusCode).toBe(403);

    await approvedCopy(clerk, p.id);
    const after = (await clerk.get(`/api/petitions/${p.id}`)).json();
    expect(after.can).toMatchObject({ download: true, requestCopy: false });
    expect(after.grants.copyExpiresAt).toBeTruthy();

    const copy = await clerk.get(`/api/petitions/${p.id}/attachments/${pdfFile.id}`);
    expect(copy.statusCode, copy.body).toBe(200);
    expect(copy.headers['content-type']).toBe('application/pdf');
    const stamped = copy.rawPayload;
    expect(stamped.equals(original)).toBe(false);
    const clerkName = (await clerk.get('/api/auth/me')).json().user.username as string;
    // Standard-font text is written as hex strings in the (compressed) page content.
    const hex = Buffer.from(`XUNCHA COPY ${clerkName}`).toString('hex').toUpperCase();
    expect((await pdfStreams(stamped)).toUpperCase()).toContain(hex);
    expect((await PDFDocument.load(stamped)).getPageCount()).toBe(1);

    const image = await clerk.get(`/api/petitions/${p.id}/attachments/${pngFile.id}`);
    expect(image.statusCode).toBe(200);
    const { data } = await sharp(image.rawPayload).raw().toBuffer({ resolveWithObject: true });
    expect([...data].some((v) => v < 200)).toBe(true); // red text on a white page

    const copies = await auditRows(t, { action: 'petition.attachment_copied', entityId: p.id });
    expect(copies).toHaveLength(2);

    // The leader's approval was for the clerk, not for anyone else.
    expect((await office.get(`/api/petitions/${p.id}/attachments/${pdfFile.id}`)).statusCode).toBe(
      403,
    );
    t.clock.advance(24 * HOUR + 1);
    await relogin();
    expect((await clerk.get(`/api/petitions/${p.id}/attachments/${pdfFile.id}`)).statusCode).toBe(
      403,
    );
  });

  it('answers 401 without a session, 404 for a file of another petition or an invisible petition', async () => {
    const p = await register(clerk);
    const q = await register(clerk);
    expect((await upload(clerk, q.id, 'a.pdf', await pdfBytes())).statusCode).toBe(201);
    const fileId = (await clerk.get(`/api/petitions/${q.id}`)).json().attachments[0].id;
    expect(
      (await anonymous(t, 'GET', `/api/petitions/${q.id}/attachments/${fileId}`)).statusCode,
    ).toBe(401);
    expect((await clerk.get(`/api/petitions/${p.id}/attachments/${fileId}`)).statusCode).toBe(404);
    const stranger = await loginAs(t, 'petition_clerk');
    expect((await stranger.get(`/api/petitions/${q.id}/attachments/${fileId}`)).statusCode).toBe(
      404,
    );
  });

  it('refuses a damaged file with a clear 422 instead of an unmarked copy', async () => {
    const p = await register(clerk);
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('损坏'.repeat(50))]);
    expect((await upload(clerk, p.id, 'broken.pdf', broken)).statusCode).toBe(201);
    const fileId = (await clerk.get(`/api/petitions/${p.id}`)).json().attachments[0].id;
    await approvedCopy(clerk, p.id);
    const response = await clerk.get(`/api/petitions/${p.id}/attachments/${fileId}`);
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain('水印');
  });

  it('refuses a scan over 20 MB with 413 and keeps nothing', async () => {
    const p = await register(clerk);
    const before = await countRows(t, 'stored_files');
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024 * 1024)]);
    const response = await upload(clerk, p.id, 'big.pdf', big);
    expect(response.statusCode).toBe(413);
    expect(await countRows(t, 'stored_files')).toBe(before);
    expect((await clerk.get(`/api/petitions/${p.id}`)).json().attachments).toHaveLength(0);
  });

  it('takes only images and PDFs as a petition attachment', async () => {
    const p = await register(clerk);
    const before = await countRows(t, 'stored_files');
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    const response = await upload(clerk, p.id, 'docs.zip', zip);
    expect(response.statusCode).toBe(415);
    expect(await countRows(t, 'stored_files')).toBe(before);
  });
});

describe('every view of a petition', () => {
  it('is recorded in the audit log with who read it; a refused view records nothing', async () => {
    const p = await register(clerk);
    expect((await office.get(`/api/petitions/${p.id}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/petitions/${p.id}`)).statusCode).toBe(200);
    const stranger = await loginAs(t, 'petition_clerk');
    expect((await stranger.get(`/api/petitions/${p.id}`)).statusCode).toBe(404);
    const views = await auditRows(t, { action: 'petition.viewed', entityId: p.id });
    expect(views).toHaveLength(2);
  });
});

describe('exporting the petition (信访件登记表 .docx)', () => {
  it('needs an approved copy request, keeps the identity masked, marks every page and is audited', async () => {
    const p = await register(clerk, {
      anonymous: false,
      petitioner: { name: '孙七', phone: '13912345678' },
    });
    const refused = await clerk.get(`/api/petitions/${p.id}/export.docx`);
    expect(refused.statusCode).toBe(403);
    await approvedCopy(clerk, p.id);
    const response = await clerk.get(`/api/petitions/${p.id}/export.docx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent(p.code));
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const body = strFromU8(files['word/document.xml']!);
    expect(body).toContain('信访件登记表');
    expect(body).toContain(p.code);
    expect(body).toContain('孙*');
    expect(body).not.toContain('孙七');
    const username = (await clerk.get('/api/auth/me')).json().user.username as string;
    const header = Object.entries(files).find(([name]) => name.startsWith('word/header'));
    expect(strFromU8(header![1])).toContain(username);
    expect(await auditRows(t, { action: 'petition.exported', entityId: p.id })).toHaveLength(1);
    const stranger = await loginAs(t, 'petition_clerk');
    expect((await stranger.get(`/api/petitions/${p.id}/export.docx`)).statusCode).toBe(404);
  });
});

describe('review of closed petitions (偏轻偏软 / 程序不当 / 避重就轻)', () => {
  it('flags an answered petition, lists it for follow-up, and clears it with the follow-up note', async () => {
    const p = await register(clerk);
    const open = await office.post(`/api/petitions/${p.id}/review-flag`, {
      flag: 'too_lenient',
      note: '处理偏轻',
      version: p.version,
    });
    expect(open.statusCode).toBe(409);
    await answer(p.id);
    const current = (await office.get(`/api/petitions/${p.id}`)).json();
    expect(current.can.flag).toBe(true);
    expect((await clerk.get(`/api/petitions/${p.id}`)).json().can.flag).toBe(false);
    const byClerk = await clerk.post(`/api/petitions/${p.id}/review-flag`, {
      flag: 'too_lenient',
      note: '处理偏轻',
      version: current.version,
    });
    expect(byClerk.statusCode).toBe(403);
    const empty = await office.post(`/api/petitions/${p.id}/review-flag`, {
      flag: 'evasive',
      note: '  ',
      version: current.version,
    });
    expect(empty.statusCode).toBe(422);
    const bad = await office.post(`/api/petitions/${p.id}/review-flag`, {
      flag: 'unknown',
      note: 'x',
      version: current.version,
    });
    expect(bad.statusCode).toBe(400);
    const flagged = await office.post(`/api/petitions/${p.id}/review-flag`, {
      flag: 'evasive',
      note: '答复避重就轻，未回应礼金问题',
      version: current.version,
    });
    expect(flagged.statusCode, flagged.body).toBe(200);
    expect(flagged.json()).toMatchObject({
      reviewFlag: 'evasive',
      reviewNote: '答复避重就轻，未回应礼金问题',
    });
    const stale = await office.post(`/api/petitions/${p.id}/review-flag`, {
      flag: 'too_lenient',
      note: '再次标记',
      version: current.version,
    });
    expect(stale.statusCode).toBe(409);
    const list = (await office.get('/api/petitions?flagged=true&pageSize=100')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(p.id);
    expect(list.items.every((i: { reviewFlag: string | null }) => i.reviewFlag)).toBe(true);
    const byFlag = (await office.get('/api/petitions?reviewFlag=too_lenient&pageSize=100')).json();
    expect(byFlag.items.map((i: { id: string }) => i.id)).not.toContain(p.id);
    expect(await auditRows(t, { action: 'petition.review_flagged', entityId: p.id })).toHaveLength(
      1,
    );

    const cleared = await leader.post(`/api/petitions/${p.id}/review-flag`, {
      flag: null,
      note: '已责成重新调查并补充答复',
      version: flagged.json().version,
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().reviewFlag).toBeNull();
    const again = (await office.get('/api/petitions?flagged=true&pageSize=100')).json();
    expect(again.items.map((i: { id: string }) => i.id)).not.toContain(p.id);
  });

  it('answers 401 without a session and 404 to another jurisdiction', async () => {
    const p = await register(clerk);
    const payload = { flag: 'evasive', note: 'x', version: 1 };
    expect(
      (await anonymous(t, 'POST', `/api/petitions/${p.id}/review-flag`, payload)).statusCode,
    ).toBe(401);
    const other = await makeJurisdiction(t);
    const foreign = await loginAs(t, 'office_admin', { jurisdictionId: other.id });
    expect((await foreign.post(`/api/petitions/${p.id}/review-flag`, payload)).statusCode).toBe(
      404,
    );
    expect((await rowById(t, 'petitions', p.id))?.review_flag).toBeNull();
  });
});

describe('clues raised from a petition', () => {
  it('records a clue in the ledger (报账) and its id on the petition', async () => {
    const p = await register(clerk);
    const before = await countRows(t, 'clues');
    const byClerk = await clerk.post(`/api/petitions/${p.id}/clues`, {
      description: '周八收受礼金',
      version: p.version,
    });
    expect(byClerk.statusCode).toBe(403);
    const empty = await office.post(`/api/petitions/${p.id}/clues`, {
      description: ' ',
      version: p.version,
    });
    expect(empty.statusCode).toBe(422);
    const wrongAccused = await office.post(`/api/petitions/${p.id}/clues`, {
      description: '周八收受礼金',
      accusedIndex: 5,
      version: p.version,
    });
    expect(wrongAccused.statusCode).toBe(422);
    expect(await countRows(t, 'clues')).toBe(before);

    const raised = await office.post(`/api/petitions/${p.id}/clues`, {
      description: '周八春节期间收受辖区企业礼金',
      accusedIndex: 0,
      version: p.version,
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const [clueId] = raised.json().clueIds;
    const clue = await rowById(t, 'clues', clueId);
    expect(clue).toMatchObject({
      source: 'petition',
      source_petition_id: p.id,
      account: 'recorded',
      accused_name: '周八',
      accused_unit_id: unitId,
      focus: 'conduct',
    });
    expect(clue?.code).toMatch(/^XS\d{4}\d{5}$/);
    expect(await auditRows(t, { action: 'clue.create', entityId: clueId })).toHaveLength(1);
    const stale = await office.post(`/api/petitions/${p.id}/clues`, {
      description: '另一条',
      version: p.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(await countRows(t, 'clues')).toBe(before + 1);
  });
});

describe('repeat counts per accused and per unit', () => {
  it('counts the visible petitions naming the same person and unit', async () => {
    const unit = await makeUnit(t, { name: '县粮食局' });
    const accused = [{ kind: 'person', name: '钱九', position: '局长', unitId: unit.id }];
    const a = await register(clerk, { accused });
    await register(clerk, { accused, summary: '再次反映钱九', content: '钱九违规发放补贴。' });
    await register(clerk, {
      accused: [{ kind: 'unit', unitId: unit.id }],
      summary: '反映县粮食局',
      content: '县粮食局违规发放津贴补贴。',
    });
    const detail = (await office.get(`/api/petitions/${a.id}`)).json();
    expect(detail.accused[0].repeatCount).toBe(2);
    const counts = (await office.get('/api/petitions/repeat-counts')).json();
    expect(counts.persons).toContainEqual(
      expect.objectContaining({ name: '钱九', unitName: '县粮食局', count: 2, matters: 2 }),
    );
    expect(counts.units).toContainEqual(expect.objectContaining({ unitId: unit.id, count: 3 }));
    // Another jurisdiction's office sees none of them.
    const other = await makeJurisdiction(t);
    const foreign = await loginAs(t, 'office_admin', { jurisdictionId: other.id });
    const theirs = (await foreign.get('/api/petitions/repeat-counts')).json();
    expect(theirs.persons.some((x: { name: string }) => x.name === '钱九')).toBe(false);
    expect((await anonymous(t, 'GET', '/api/petitions/repeat-counts')).statusCode).toBe(401);
  });
});

describe('inspection teams see the petitions of their round', () => {
  it("shows a team the petitions about its round's targets and those received in its round; 404 to other teams", async () => {
    const target = await makeUnit(t, { name: '县交通局' });
    const ours = await makeTeam(t);
    const theirs = await makeTeam(t);
    const round = await makeRound(t, [{ unitId: target.id, teamId: ours.id }]);
    const member = await loginAs(t, 'team_member', { teamId: ours.id });
    const otherMember = await loginAs(t, 'team_member', { teamId: theirs.id });
    const about = await register(clerk, {
      accused: [{ kind: 'unit', unitId: target.id }],
      summary: '反映县交通局',
      content: '县交通局工程项目违规转包。',
    });
    const elsewhere = await register(clerk);
    const received = await register(clerk, { channel: 'round', roundId: round.id });
    expect((await member.get(`/api/petitions/${about.id}`)).statusCode).toBe(200);
    expect((await member.get(`/api/petitions/${received.id}`)).statusCode).toBe(200);
    expect((await member.get(`/api/petitions/${elsewhere.id}`)).statusCode).toBe(404);
    expect((await otherMember.get(`/api/petitions/${about.id}`)).statusCode).toBe(404);
    const listed = (await member.get('/api/petitions?pageSize=100')).json();
    expect(listed.items.map((i: { id: string }) => i.id).sort()).toEqual(
      [about.id, received.id].sort(),
    );
  });

  it('links a petition only to an existing, open round of the jurisdiction', async () => {
    const before = await countRows(t, 'petitions');
    const missing = await clerk.post(
      '/api/petitions',
      body({ channel: 'round', roundId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toContainEqual(expect.objectContaining({ path: 'roundId' }));
    const archived = await makeRound(t, [], { stage: 'archived' });
    const closed = await clerk.post(
      '/api/petitions',
      body({ channel: 'round', roundId: archived.id }),
    );
    expect(closed.statusCode).toBe(422);
    expect(await countRows(t, 'petitions')).toBe(before);
  });
});
