import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, auditRows } from '../../test/assertions.js';
import { TEST_PASSWORD, makeUnit, makeUser } from '../../test/factories.js';
import { rectificationWorld } from '../../test/rectification-fixtures.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Issue: rectification, points 6 and 7 — the report with the secretary's 承诺书; disclosure. */
let t: TestApp;
let office: TestSession;
let liaison: TestSession;
let secretary: TestSession;
let secretaryId = '';
let strangerId = '';
let planId = '';
const url = () => `/api/rectification-plans/${planId}`;

beforeAll(async () => {
  t = await createTestApp();
  const w = await rectificationWorld(t, {
    unitName: '县市场监督管理局',
    problems: ['食品安全抽检走过场'],
    approve: true,
  });
  ({ office, liaison, planId } = w);
  const sec = await makeUser(t, 'unit_liaison', { unitId: w.unit.id });
  secretaryId = sec.id;
  secretary = await sec.login();
  strangerId = (await makeUser(t, 'unit_liaison', { unitId: (await makeUnit(t)).id })).id;
});
afterAll(() => t.close());

async function fire(session: TestSession, action: string, opinion?: string) {
  const { version } = (await office.get(url())).json();
  return session.post(`${url()}/transitions`, { action, version, opinion });
}

describe("the rectification report and the secretary's commitment", () => {
  it('is signed by the named secretary after re-authenticating; a changed report needs a new signature', async () => {
    const { version } = (await liaison.get(url())).json();
    const stranger = await liaison.patch(url(), { version, secretaryUserId: strangerId });
    expect(stranger.statusCode).toBe(422);
    const named = await liaison.patch(url(), { version, secretaryUserId: secretaryId });
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json().secretaryUserId).toBe(secretaryId);

    const saved = await liaison.put(`${url()}/report`, {
      content: '县市场监督管理局关于巡察反馈意见整改情况的报告：……已完成抽检 200 批次。',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().report).toMatchObject({ valid: false, signedAt: null });
    expect(saved.json().report.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const unsigned = await fire(liaison, 'submit_report');
    expect(unsigned.statusCode).toBe(422);

    expect(
      (await liaison.post(`${url()}/report/signature`, { password: TEST_PASSWORD })).statusCode,
    ).toBe(403);
    const wrong = await secretary.post(`${url()}/report/signature`, {
      password: 'not the password',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].path).toBe('password');
    expect((await secretary.get(url())).json().canSign).toBe(true);
    const signed = await secretary.post(`${url()}/report/signature`, { password: TEST_PASSWORD });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().report).toMatchObject({ valid: true, signedByName: expect.any(String) });
    expect(
      await auditRows(t, { action: 'rectification.report_signed', entityId: planId }),
    ).toHaveLength(1);

    // Any change after signing voids the commitment.
    const changed = await liaison.put(`${url()}/report`, {
      content: '县市场监督管理局关于巡察反馈意见整改情况的报告：……已完成抽检 300 批次。',
    });
    expect(changed.json().report.valid).toBe(false);
    expect((await fire(liaison, 'submit_report')).statusCode).toBe(422);
    await secretary.post(`${url()}/report/signature`, { password: TEST_PASSWORD });
    const reported = await fire(liaison, 'submit_report');
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json().state).toBe('reported');

    // 验收 needs every item closed; the office can send the report back.
    const accept = await fire(office, 'accept', '验收');
    expect(accept.statusCode).toBe(422);
    expect(accept.json().errors[0].message).toBe('食品安全抽检走过场');
    const back = await fire(office, 'return_report', '还有事项未销号');
    expect(back.json().state).toBe('approved');
  });
});

describe('disclosure', () => {
  it("publishes the office's summary; the public page shows only public summaries, without login", async () => {
    const forbidden = await liaison.post('/api/disclosures', {
      planId,
      scope: 'public',
      title: 'x',
      summary: 'x',
    });
    expect(forbidden.statusCode).toBe(403);
    const published = await office.post('/api/disclosures', {
      planId,
      scope: 'public',
      title: '县市场监督管理局关于巡察整改进展情况的通报',
      summary: '巡察反馈问题 1 个，已完成整改 1 个，正在整改 0 个。',
    });
    expect(published.statusCode, published.body).toBe(201);
    await office.post('/api/disclosures', {
      planId,
      scope: 'internal',
      title: '党内通报',
      summary: '内部通报内容',
    });
    const internal = (await liaison.get(`/api/disclosures?planId=${planId}`)).json();
    expect(internal.items.map((d: { scope: string }) => d.scope).sort()).toEqual([
      'internal',
      'public',
    ]);
    const page = await anonymous(t, 'GET', '/api/public/disclosures');
    expect(page.statusCode).toBe(200);
    const items = page.json().items as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['id', 'publishedOn', 'roundName', 'summary', 'title', 'unitName'].sort(),
    );
    expect(items[0]).toMatchObject({ unitName: '县市场监督管理局' });
    expect(JSON.stringify(page.json())).not.toContain('内部通报内容');
  });
});
