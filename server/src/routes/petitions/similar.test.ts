import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../test/assertions.js';
import { loginAs, makeUnit } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let clerk: TestSession;
let unitId: string;

const base = {
  channel: 'letter',
  receivedOn: '2026-03-01',
  anonymous: false,
  focus: 'corruption',
};

async function register(body: Record<string, unknown>) {
  const response = await clerk.post('/api/petitions', { ...base, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

beforeAll(async () => {
  t = await createTestApp();
  clerk = await loginAs(t, 'petition_clerk');
  unitId = (await makeUnit(t, { name: '县水利局' })).id;
  original = originalOf();
});
afterAll(() => t.close());

const originalOf = () => ({
  petitioner: { name: '赵六', phone: '13900001111' },
  accused: [{ kind: 'person', name: '钱七', position: '局长', unitId }],
  summary: '反映县水利局局长钱七违规发放补贴',
  content:
    '县水利局局长钱七在2025年以加班费名义违规向班子成员发放补贴共计八万余元，账目可查，请求组织调查处理。',
});
let original: ReturnType<typeof originalOf>;

describe('similar petitions', () => {
  it('finds a resubmission with small edits as a likely duplicate, with reasons', async () => {
    const first = await register(original);
    const second = await register({
      ...original,
      petitioner: { name: '赵六', phone: '139 0000 1111' },
      content:
        '县水利局局长钱七2025年以加班费的名义违规向班子成员发放补贴，共计八万多元，账目可查，请求调查处理。',
    });
    const similar = (await clerk.get(`/api/petitions/${second.id}/similar`)).json();
    const hit = similar.items.find((s: { id: string }) => s.id === first.id);
    expect(hit, JSON.stringify(similar)).toBeDefined();
    expect(hit.reasons).toEqual(
      expect.arrayContaining(['same_petitioner', 'same_accused', 'same_unit', 'similar_text']),
    );
    expect(hit.score).toBeGreaterThan(0.8);
  });

  it('warns while registering, before anything is stored', async () => {
    await register({ ...original, summary: '钱七发补贴', content: original.content });
    const check = await clerk.post('/api/petitions/duplicate-check', {
      summary: original.summary,
      content: original.content,
      accused: original.accused,
    });
    expect(check.statusCode).toBe(200);
    expect(check.json().items.length).toBeGreaterThan(0);
  });

  it('does not flag an unrelated petition that shares no one and little text', async () => {
    const other = await register({
      petitioner: { name: '孙八' },
      accused: [{ kind: 'unit', unitName: '柳林乡政府' }],
      summary: '反映柳林乡低保评定不公',
      content: '柳林乡在低保评定中优亲厚友，村干部亲属违规享受低保，真正困难户却被拒之门外。',
    });
    const similar = (await clerk.get(`/api/petitions/${other.id}/similar`)).json();
    expect(similar.items).toEqual([]);
  });

  it('never shows a petition the caller may not see', async () => {
    const first = await register(original);
    const otherClerk = await loginAs(t, 'petition_clerk');
    const check = await otherClerk.post('/api/petitions/duplicate-check', {
      summary: original.summary,
      content: original.content,
      accused: original.accused,
    });
    expect(check.json().items.map((i: { id: string }) => i.id)).not.toContain(first.id);
  });
});

describe('case groups (重复件)', () => {
  it('links duplicates into one group and unlinks a wrong link', async () => {
    const a = await register(original);
    const b = await register(original);
    const c = await register(original);
    const linked = (
      await clerk.post(`/api/petitions/${b.id}/group`, { duplicateOfId: a.id })
    ).json();
    expect(linked.caseGroupId).toBeTruthy();
    const joined = (
      await clerk.post(`/api/petitions/${c.id}/group`, { duplicateOfId: a.id })
    ).json();
    expect(joined.caseGroupId).toBe(linked.caseGroupId);
    const unlinked = await clerk.delete(`/api/petitions/${c.id}/group`);
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json().caseGroupId).toBeNull();
    expect(
      (await clerk.post(`/api/petitions/${a.id}/group`, { duplicateOfId: a.id })).statusCode,
    ).toBe(422);
  });

  it('answers 404 for a petition the caller cannot see, and 403 for a role that may not group', async () => {
    const a = await register(original);
    const b = await register(original);
    const outsider = await loginAs(t, 'petition_clerk');
    expect(
      (await outsider.post(`/api/petitions/${b.id}/group`, { duplicateOfId: a.id })).statusCode,
    ).toBe(404);
    const leader = await loginAs(t, 'leading_group');
    expect(
      (await leader.post(`/api/petitions/${b.id}/group`, { duplicateOfId: a.id })).statusCode,
    ).toBe(403);
  });
});

describe('attachments', () => {
  it('stores a scanned PDF with its checksum and refuses other types', async () => {
    const p = await register(original);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('扫描件'.repeat(100))]);
    const upload = multipart('来信扫描件.pdf', pdf);
    const ok = await clerk.request('POST', `/api/petitions/${p.id}/attachments`, upload.payload, {
      headers: upload.headers,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const detail = (await clerk.get(`/api/petitions/${p.id}`)).json();
    expect(detail.attachments).toHaveLength(1);
    expect(detail.attachments[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    const text = multipart('note.txt', Buffer.from('just text'));
    const bad = await clerk.request('POST', `/api/petitions/${p.id}/attachments`, text.payload, {
      headers: text.headers,
    });
    expect(bad.statusCode).toBe(415);
    expect((await clerk.get(`/api/petitions/${p.id}`)).json().attachments).toHaveLength(1);
  });
});
