import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { solveChallenge } from '../../core/public/proof-of-work.js';
import { rowById } from '../../test/assertions.js';
import { loginAs } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Issue: public portal, points 2–5 and 7 (server side). */
let t: TestApp;
let office: TestSession;
let clerk: TestSession;
let leader: TestSession;

const IP = '203.0.113.77';
const AGENT = 'Mozilla/5.0 (ReporterPhone; rv:1) TraceableAgent/9';

function call(method: 'GET' | 'POST', url: string, payload?: unknown, ip = IP, token?: string) {
  return t.app.inject({
    method,
    url,
    remoteAddress: ip,
    headers: { 'user-agent': AGENT, ...(token ? { 'x-report-token': token } : {}) },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

async function rowsOf<T>(query: SQL): Promise<T[]> {
  const result: unknown = await dbOf(t.system()).execute(query);
  return (result as { rows: T[] }).rows;
}

async function pow() {
  const { challenge, bits } = (await call('GET', '/api/public/pow-challenge')).json();
  return { challenge, nonce: solveChallenge(challenge, bits) };
}

const report = async (overrides: Record<string, unknown> = {}, ip = IP) =>
  call(
    'POST',
    '/api/public/reports',
    {
      pow: await pow(),
      accused: [{ name: '王某某', unitName: '城关镇', position: '镇长' }],
      focus: 'conduct',
      facts:
        '城关镇镇长王某某今年以来多次使用公车接送子女上下学，周末驾驶公车回老家，群众反映强烈。',
      anonymous: true,
      ...overrides,
    },
    ip,
  );

async function setting(key: string, value: number) {
  const r = await office.put(`/api/settings/${key}`, { jurisdictionId: t.rootId, value });
  expect(r.statusCode, r.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  office = await loginAs(t, 'office_admin');
  clerk = await loginAs(t, 'petition_clerk');
  leader = await loginAs(t, 'leading_group');
  await setting('public.powBits', 4);
});
afterAll(() => t.close());

describe('an anonymous report', () => {
  let code = '';
  let petitionId = '';
  let token = '';

  it('arrives as a petition on channel online awaiting registration, with a receipt code', async () => {
    const sent = await report();
    expect(sent.statusCode, sent.body).toBe(201);
    code = sent.json().receiptCode;
    expect(code).toMatch(/^\d{5}(-\d{5}){4}$/);
    const list = (await clerk.get('/api/petitions?state=submitted')).json();
    expect(list.items).toHaveLength(1);
    petitionId = list.items[0].id;
    const petition = (await clerk.get(`/api/petitions/${petitionId}`)).json();
    expect(petition).toMatchObject({ channel: 'online', state: 'submitted', anonymous: true });
    expect(petition.actions).toContain('register');
  });

  it('is offered as a duplicate when the same matter is reported again', async () => {
    const again = await report(
      {
        facts:
          '城关镇镇长王某某今年以来多次使用公车接送子女上下学，周末还驾驶公车回老家，群众反映很强烈。',
      },
      '198.51.100.99',
    );
    expect(again.statusCode, again.body).toBe(201);
    const { items } = (await clerk.get('/api/petitions?state=submitted')).json();
    const second = items.find((p: { id: string }) => p.id !== petitionId);
    const similar = (await clerk.get(`/api/petitions/${second.id}/similar`)).json();
    expect(similar.items.map((p: { id: string }) => p.id)).toContain(petitionId);
  });

  it('stores no IP address, no user agent, no identity, and the code only as an argon2id hash', async () => {
    const tables = [
      'public_reports',
      'petitions',
      'petition_accused',
      'audit_log',
      'notifications',
    ];
    for (const table of tables) {
      const rows = (
        await rowsOf<{ j: string }>(
          sql`select row_to_json(x)::text as j from ${sql.identifier(table)} x`,
        )
      ).map((r) => r.j);
      for (const row of rows) {
        expect(row, table).not.toContain(IP);
        expect(row, table).not.toContain('TraceableAgent');
        expect(row, table).not.toContain(code.replace(/-/g, ''));
      }
    }
    const [stored] = await rowsOf<Record<string, unknown>>(sql`select * from public_reports`);
    expect(String(stored!.receipt_hash)).toMatch(/^\$argon2id\$/);
    const petition = await rowById(t, 'petitions', petitionId);
    expect(petition).toMatchObject({ identity_cipher: null, petitioner_name_masked: null });
  });

  it('opens the status with the code; a wrong code is 404; guessing is answered 429', async () => {
    const wrong = await call(
      'POST',
      '/api/public/reports/access',
      { code: '1'.repeat(25) },
      '198.51.100.1',
    );
    expect(wrong.statusCode).toBe(404);
    const opened = await call('POST', '/api/public/reports/access', { code }, '198.51.100.2');
    expect(opened.statusCode, opened.body).toBe(200);
    token = opened.json().token;
    const me = await call('GET', '/api/public/reports/me', undefined, IP, token);
    expect(me.json()).toMatchObject({ status: 'received', messages: [], canSurvey: false });
    expect((await call('GET', '/api/public/reports/me')).statusCode).toBe(401);
    expect(
      (await call('GET', '/api/public/reports/me', undefined, IP, `${token}x`)).statusCode,
    ).toBe(401);

    const guesser = '192.0.2.9';
    const tries = [];
    for (let i = 0; i < 6; i++)
      tries.push(
        (await call('POST', '/api/public/reports/access', { code: `${i}`.repeat(25) }, guesser))
          .statusCode,
      );
    expect(tries.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(tries[5]).toBe(429);
    // The right code from the same address is refused too while the limit lasts.
    expect((await call('POST', '/api/public/reports/access', { code }, guesser)).statusCode).toBe(
      429,
    );
  });

  it('is registered by a clerk; the handler asks and the reporter answers through the thread', async () => {
    const { version } = (await clerk.get(`/api/petitions/${petitionId}`)).json();
    const registered = await clerk.post(`/api/petitions/${petitionId}/transitions`, {
      action: 'register',
      version,
      opinion: '网上举报，内容具体，予以登记',
      summary: '反映城关镇镇长公车私用',
    });
    expect(registered.statusCode, registered.body).toBe(200);
    expect(registered.json()).toMatchObject({
      state: 'registered',
      summary: '反映城关镇镇长公车私用',
    });

    const asked = await clerk.post(`/api/petitions/${petitionId}/messages`, {
      body: '请问公车的车牌号是多少？大约在哪些日期？',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const me = (await call('GET', '/api/public/reports/me', undefined, IP, token)).json();
    expect(me.messages).toEqual([
      expect.objectContaining({
        author: 'staff',
        body: '请问公车的车牌号是多少？大约在哪些日期？',
      }),
    ]);
    expect(JSON.stringify(me)).not.toContain('网上举报，内容具体'); // staff opinions stay inside
    const answered = await call(
      'POST',
      '/api/public/reports/me/messages',
      { body: '车牌号清A·12345，10月每个周五下午。' },
      IP,
      token,
    );
    expect(answered.statusCode, answered.body).toBe(200);
    const thread = (await clerk.get(`/api/petitions/${petitionId}/messages`)).json();
    expect(thread.items.map((m: { author: string }) => m.author)).toEqual(['staff', 'reporter']);
    expect(thread.canWrite).toBe(true);
    // The leading group reads the thread too, and may write (leaders may act on the petition).
    expect((await leader.get(`/api/petitions/${petitionId}/messages`)).json().canWrite).toBe(true);
  });

  it('shows the answer, then takes one anonymous rating counted per handling unit', async () => {
    const fire = async (s: TestSession, body: Record<string, unknown>) => {
      const { version } = (await clerk.get(`/api/petitions/${petitionId}`)).json();
      const r = await s.post(`/api/petitions/${petitionId}/transitions`, { version, ...body });
      expect(r.statusCode, r.body).toBe(200);
    };
    expect(
      (await call('POST', '/api/public/reports/me/survey', { rating: 'satisfied' }, IP, token))
        .statusCode,
    ).toBe(422);
    await fire(leader, { action: 'reject', opinion: '已另案办理，不予重复受理' });
    await fire(clerk, {
      action: 'answer',
      answerMethod: 'online',
      answeredOn: (await clerk.get(`/api/petitions/${petitionId}`)).json().receivedOn,
      answerContent: '您反映的问题已并入另案调查，调查结果将依规处理。',
    });
    const me = (await call('GET', '/api/public/reports/me', undefined, IP, token)).json();
    expect(me).toMatchObject({ status: 'answered', canSurvey: true });
    expect(me.answer.content).toContain('并入另案调查');
    const rated = await call(
      'POST',
      '/api/public/reports/me/survey',
      { rating: 'basically', comment: '答复及时' },
      IP,
      token,
    );
    expect(rated.statusCode, rated.body).toBe(200);
    const again = await call(
      'POST',
      '/api/public/reports/me/survey',
      { rating: 'satisfied' },
      IP,
      token,
    );
    expect(again.statusCode).toBe(422);
    const counts = (await office.get('/api/satisfaction-surveys')).json();
    expect(counts.items).toEqual([
      { departmentId: null, departmentName: null, satisfied: 0, basically: 1, unsatisfied: 0 },
    ]);
    const [survey] = await rowsOf<{ j: string }>(
      sql`select row_to_json(s)::text as j from satisfaction_surveys s`,
    );
    expect(survey!.j).not.toContain(petitionId);
    expect((await clerk.get('/api/satisfaction-surveys')).statusCode).toBe(403);
  });
});

describe('abuse protection', () => {
  it('refuses a missing, forged, unsolved or replayed proof of work, storing nothing', async () => {
    const before = (await clerk.get('/api/petitions?state=submitted')).json().total;
    const { challenge, nonce } = await pow();
    const cases: [Record<string, unknown>, number][] = [
      [{ pow: undefined }, 400],
      [{ pow: { challenge: challenge.replace(/\.4\./, '.0.'), nonce } }, 422],
      [{ pow: { challenge, nonce: 'zz-not-base36' } }, 422],
    ];
    for (const [change, status] of cases)
      expect((await report(change, '198.51.100.50')).statusCode).toBe(status);
    const once = await report({ pow: { challenge, nonce } }, '198.51.100.51');
    expect(once.statusCode, once.body).toBe(201);
    const replay = await report({ pow: { challenge, nonce } }, '198.51.100.52');
    expect(replay.statusCode).toBe(422);
    expect(replay.json().errors[0].path).toBe('pow');
    expect((await clerk.get('/api/petitions?state=submitted')).json().total).toBe(before + 1);
  });

  it('limits reports per IP per hour (5), then answers 429; another address still may', async () => {
    const ip = '198.51.100.60';
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await report({}, ip)).statusCode);
    expect(codes).toEqual([201, 201, 201, 201, 201, 429]);
    expect((await report({}, '198.51.100.61')).statusCode).toBe(201);
  });

  it('limits reports overall per hour (configurable)', async () => {
    await setting('public.reportsPerHourOverall', 3);
    const r = await report({}, '198.51.100.70');
    expect(r.statusCode).toBe(429);
    expect(r.json().detail).toContain('稍后再试');
    await setting('public.reportsPerHourOverall', 300);
  });

  it('checks a real-name report and seals the identity', async () => {
    const bad = await report(
      { anonymous: false, identity: { name: '李群众', phone: '12345' } },
      '198.51.100.80',
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('identity.phone');
    const good = await report(
      { anonymous: false, identity: { name: '李群众', phone: '13800138000' } },
      '198.51.100.81',
    );
    expect(good.statusCode, good.body).toBe(201);
    const [row] = await rowsOf<{ identity_cipher: string; petitioner_name_masked: string }>(
      sql`select identity_cipher, petitioner_name_masked from petitions where anonymous = false`,
    );
    expect(row!.identity_cipher).not.toContain('李群众');
    expect(row!.petitioner_name_masked).toBe('李**');
  });

  it('keeps the staff thread to online reports and to those who may act', async () => {
    const other = await loginAs(t, 'team_member');
    const { items } = (await clerk.get('/api/petitions?state=submitted')).json();
    expect(
      (await other.post(`/api/petitions/${items[0].id}/messages`, { body: '你好' })).statusCode,
    ).toBe(404);
    expect(
      (await clerk.post(`/api/petitions/${items[0].id}/messages`, { body: '' })).statusCode,
    ).toBe(400);
  });
});
