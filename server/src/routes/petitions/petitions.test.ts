import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../core/clock.js';
import { dbOf } from '../../core/context.js';
import { departments } from '../../db/schema/index.js';
import { auditRows, countRows } from '../../test/assertions.js';
import { loginAs, makeUnit, makeUser, validIdNumber } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let clerk: TestSession;
let leader: TestSession;
let office: TestSession;
let relogin: () => Promise<void>;
let unitId: string;
let disciplineDeptId: string;

const validId = validIdNumber();

function petitionBody(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'letter',
    receivedOn: '2026-03-01',
    anonymous: false,
    petitioner: {
      name: '张三',
      idNumber: validId,
      phone: '13812341234',
      address: '清河县城关镇东关村',
    },
    accused: [{ kind: 'person', name: '李四', position: '局长', unitId }],
    focus: 'corruption',
    disciplines: ['integrity'],
    summary: '反映县住建局局长李四在工程招标中收受好处',
    content: '群众来信举报：县住建局局长李四在城关镇道路工程招标中收受施工方好处费，请求调查。',
    ...overrides,
  };
}

async function register(session: TestSession, overrides: Record<string, unknown> = {}) {
  const response = await session.post('/api/petitions', petitionBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function step(
  session: TestSession,
  id: string,
  action: string,
  extra: Record<string, unknown> = {},
) {
  const current = (await office.get(`/api/petitions/${id}`)).json();
  return session.post(`/api/petitions/${id}/transitions`, {
    action,
    version: current.version,
    ...extra,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const people = await Promise.all(
    (['petition_clerk', 'leading_group', 'office_admin'] as const).map((role) => makeUser(t, role)),
  );
  // Moving the clock past the idle limit ends sessions; the same people sign in again.
  relogin = async () => {
    const [c, l, o] = await Promise.all(people.map((p) => p.login()));
    [clerk, leader, office] = [c!, l!, o!];
  };
  await relogin();
  unitId = (await makeUnit(t, { name: '县住建局' })).id;
  const [dept] = await dbOf(t.system())
    .insert(departments)
    .values({ jurisdictionId: t.rootId, name: '县纪委监委', kind: 'discipline_commission' })
    .returning();
  disciplineDeptId = dept!.id;
});
afterAll(() => t.close());

describe('registration', () => {
  it('seals the identity, shows it masked, numbers the petition and sets the 15-day acceptance deadline', async () => {
    const p = await register(clerk);
    expect(p.code).toMatch(/^XF2026\d{5}$/);
    expect(p.petitionerName).toBe('张*');
    expect(p.petitionerPhone).toBe('138****1234');
    expect(p.acceptanceDueOn).toBe('2026-03-16');
    expect(p.state).toBe('registered');
    expect(p.accused[0]).toMatchObject({ name: '李四', unitName: '县住建局' });
    expect(JSON.stringify(p)).not.toContain(validId);
    expect(JSON.stringify(p)).not.toContain('张三');
    const [row] = await auditRows(t, { action: 'petition.create', entityId: p.id });
    expect(JSON.stringify(row)).not.toContain('张三');
  });

  it('refuses an invalid ID number or phone (422 on the field), or keeps it flagged when the clerk says so', async () => {
    const before = await countRows(t, 'petitions');
    const petitioner = { name: '王五', idNumber: '110105198001011230', phone: '12345' };
    const refused = await clerk.post('/api/petitions', petitionBody({ petitioner }));
    expect(refused.statusCode).toBe(422);
    expect(
      refused
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['petitioner.idNumber', 'petitioner.phone']);
    expect(await countRows(t, 'petitions')).toBe(before);
    const p = await register(clerk, { petitioner, keepFlagged: true });
    expect(p.idNumberProblem).toBeTruthy();
    expect(p.phoneProblem).toBeTruthy();
  });

  it.each([
    ['no accused', { accused: [] }, 422],
    ['a future receipt date', { receivedOn: '2099-01-01' }, 422],
    ['identity on an anonymous petition', { anonymous: true }, 422],
    ['a real-name petition without a name', { petitioner: { phone: '13812341234' } }, 422],
    ['an unknown unit', { accused: [{ kind: 'unit', unitId: crypto.randomUUID() }] }, 422],
    ['a missing summary', { summary: '' }, 400],
    ['a malformed date', { receivedOn: '2026-02-30' }, 400],
    ['an unknown channel', { channel: 'pigeon' }, 400],
  ])('refuses %s and writes nothing', async (_name, overrides, status) => {
    const before = await countRows(t, 'petitions');
    const response = await clerk.post('/api/petitions', petitionBody(overrides));
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await countRows(t, 'petitions')).toBe(before);
  });

  it('refuses roles that do not register (403)', async () => {
    const auditor = await loginAs(t, 'auditor');
    expect((await auditor.post('/api/petitions', petitionBody())).statusCode).toBe(403);
  });
});

describe('handling workflow', () => {
  it('goes 登记 → 拟办 → 阅批 → 交办 → 报告 → 审定 → 答复 → 归档 with a timeline', async () => {
    const handler = await makeUser(t, 'team_member');
    const handlerSession = await handler.login();
    const p = await register(clerk);
    expect((await step(clerk, p.id, 'propose', { opinion: '拟交县委巡察办调查' })).statusCode).toBe(
      200,
    );
    expect((await step(clerk, p.id, 'approve', { opinion: '同意' })).statusCode).toBe(403);
    const approved = (await step(leader, p.id, 'approve', { opinion: '同意，请抓紧办理' })).json();
    expect(approved.acceptedOn).toBeTruthy();
    expect(approved.conclusionDueOn).toBeTruthy();
    expect((await handlerSession.get(`/api/petitions/${p.id}`)).statusCode).toBe(404);
    expect((await step(office, p.id, 'assign', { handlerId: handler.id })).statusCode).toBe(200);
    expect((await handlerSession.get(`/api/petitions/${p.id}`)).statusCode).toBe(200);
    expect((await step(office, p.id, 'report', { opinion: '经查属实' })).statusCode).toBe(403);
    expect(
      (await step(handlerSession, p.id, 'report', { opinion: '经查，反映问题基本属实' }))
        .statusCode,
    ).toBe(200);
    expect((await step(leader, p.id, 'review', { opinion: '同意调查结论' })).statusCode).toBe(200);
    expect((await step(clerk, p.id, 'archive')).statusCode).toBe(409);
    const answered = await step(clerk, p.id, 'answer', {
      answerMethod: 'letter',
      answeredOn: '2026-03-02',
      answerContent: '您反映的问题经调查基本属实，已依规处理。',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const archived = (await step(clerk, p.id, 'archive')).json();
    expect(archived.state).toBe('archived');
    expect(archived.timeline.map((e: { action: string }) => e.action)).toEqual([
      'propose',
      'approve',
      'assign',
      'report',
      'review',
      'answer',
      'archive',
    ]);
    expect(archived.timeline[0].opinion).toBe('拟交县委巡察办调查');
  });

  it('assigns only a handler who can write the report in this jurisdiction (422 otherwise)', async () => {
    const p = await register(clerk);
    await step(clerk, p.id, 'propose', { opinion: '拟办' });
    await step(leader, p.id, 'approve', { opinion: '同意' });
    const auditor = await makeUser(t, 'auditor');
    const discipline = await makeUser(t, 'discipline');
    for (const handler of [auditor, discipline]) {
      const response = await step(office, p.id, 'assign', { handlerId: handler.id });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].path).toBe('handlerId');
    }
    expect((await office.get(`/api/petitions/${p.id}`)).json().state).toBe('approved');
  });

  it('refuses an answer dated before the petition was received', async () => {
    const p = await register(clerk);
    await step(leader, p.id, 'reject', { opinion: '不属于受理范围' });
    const response = await step(clerk, p.id, 'answer', {
      answerMethod: 'letter',
      answeredOn: '2026-02-01',
      answerContent: '不予受理',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe('answeredOn');
  });

  it('refuses a stale version (409) and a missing opinion (400), changing nothing', async () => {
    const p = await register(clerk);
    const stale = await clerk.post(`/api/petitions/${p.id}/transitions`, {
      action: 'propose',
      version: 99,
      opinion: 'x',
    });
    expect(stale.statusCode).toBe(409);
    const missing = await clerk.post(`/api/petitions/${p.id}/transitions`, {
      action: 'propose',
      version: 1,
    });
    expect(missing.statusCode).toBe(400);
    expect((await office.get(`/api/petitions/${p.id}`)).json()).toMatchObject({
      state: 'registered',
      version: 1,
    });
  });

  it('transfers to 纪委监委, which sees only what was transferred to it, then replies', async () => {
    const discipline = await loginAs(t, 'discipline');
    const p = await register(clerk);
    await step(clerk, p.id, 'propose', { opinion: '拟转县纪委监委' });
    await step(leader, p.id, 'approve', { opinion: '同意转办' });
    expect((await discipline.get(`/api/petitions/${p.id}`)).statusCode).toBe(404);
    const transferred = await step(clerk, p.id, 'transfer', {
      transferDepartmentId: disciplineDeptId,
      transferDueOn: '2026-04-01',
    });
    expect(transferred.statusCode, transferred.body).toBe(200);
    expect((await discipline.get(`/api/petitions/${p.id}`)).statusCode).toBe(200);
    const list = (await discipline.get('/api/petitions?pageSize=100')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([p.id]);
    expect(
      (await step(discipline, p.id, 'receive_reply', { opinion: '已立案审查' })).statusCode,
    ).toBe(200);
  });

  it('answers an anonymous petition it cannot reach with the reason, then archives', async () => {
    const p = await register(clerk, { anonymous: true, petitioner: null });
    expect(p.petitionerName).toBeNull();
    await step(leader, p.id, 'reject', { opinion: '不属于巡察受理范围' });
    const wrong = await step(clerk, p.id, 'answer', {
      answerMethod: 'letter',
      answeredOn: '2026-03-02',
      answerContent: 'x',
    });
    expect(wrong.statusCode).toBe(422);
    const ok = await step(clerk, p.id, 'answer', {
      answerMethod: 'not_deliverable',
      answeredOn: '2026-03-02',
      answerContent: '匿名来信，无联系方式，无法告知。',
    });
    expect(ok.statusCode).toBe(200);
    expect((await step(clerk, p.id, 'archive')).json().state).toBe('archived');
  });

  it('extends the deadline once, within the configured 30 days, by a leader', async () => {
    const handler = await makeUser(t, 'team_member');
    const p = await register(clerk);
    await step(clerk, p.id, 'propose', { opinion: 'a' });
    const approved = (await step(leader, p.id, 'approve', { opinion: 'b' })).json();
    await step(office, p.id, 'assign', { handlerId: handler.id });
    expect(
      (await step(leader, p.id, 'extend', { opinion: '情况复杂', extensionDays: 31 })).statusCode,
    ).toBe(422);
    const extended = (
      await step(leader, p.id, 'extend', { opinion: '情况复杂', extensionDays: 30 })
    ).json();
    expect(extended.conclusionDueOn > approved.conclusionDueOn).toBe(true);
    expect(
      (await step(leader, p.id, 'extend', { opinion: '再延', extensionDays: 5 })).statusCode,
    ).toBe(403);
  });
});

describe('who sees a petition', () => {
  it.each([
    'petition_clerk',
    'team_member',
    'team_leader',
    'unit_liaison',
    'auditor',
    'system_admin',
    'discipline',
    'organization',
  ] as const)('a %s who did not register or handle it gets 404', async (role) => {
    const p = await register(clerk);
    const other = await loginAs(t, role);
    expect((await other.get(`/api/petitions/${p.id}`)).statusCode).toBe(404);
    expect(
      (
        await other.post(`/api/petitions/${p.id}/transitions`, {
          action: 'propose',
          version: 1,
          opinion: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const list = (await other.get('/api/petitions?pageSize=100')).json();
    expect(list.items.some((i: { id: string }) => i.id === p.id)).toBe(false);
  });

  it('the office and the leading group see it; a petition of another jurisdiction is 404', async () => {
    const p = await register(clerk);
    expect((await office.get(`/api/petitions/${p.id}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/petitions/${p.id}`)).statusCode).toBe(200);
  });
});

describe('reporter identity', () => {
  it('is revealed only under a leader-approved request, audited, and no longer after it expires', async () => {
    const p = await register(clerk);
    expect((await clerk.get(`/api/petitions/${p.id}/identity`)).statusCode).toBe(403);
    const request = (
      await clerk.post('/api/access-requests', {
        kind: 'identity',
        petitionId: p.id,
        reason: '需核实信访人身份以便答复',
      })
    ).json();
    expect(request.state).toBe('pending');
    expect(
      (await clerk.post(`/api/access-requests/${request.id}/decision`, { approve: true }))
        .statusCode,
    ).toBe(403);
    const decided = await leader.post(`/api/access-requests/${request.id}/decision`, {
      approve: true,
      note: '同意，限24小时',
    });
    expect(decided.statusCode).toBe(200);
    const identity = await clerk.get(`/api/petitions/${p.id}/identity`);
    expect(identity.statusCode).toBe(200);
    expect(identity.json()).toMatchObject({
      name: '张三',
      idNumber: validId,
      phone: '13812341234',
    });
    const views = await auditRows(t, { action: 'protected.view', entityId: p.id });
    expect(views).toHaveLength(1);
    expect((await office.get(`/api/petitions/${p.id}/identity`)).statusCode).toBe(403);
    t.clock.advance(24 * HOUR + 1);
    await relogin();
    expect((await clerk.get(`/api/petitions/${p.id}/identity`)).statusCode).toBe(403);
    expect(
      (await leader.post(`/api/access-requests/${request.id}/decision`, { approve: true }))
        .statusCode,
    ).toBe(409);
  });

  it('cannot be requested for an anonymous petition, nor by someone who cannot see the petition', async () => {
    const anonymous = await register(clerk, { anonymous: true, petitioner: null });
    expect(
      (
        await clerk.post('/api/access-requests', {
          kind: 'identity',
          petitionId: anonymous.id,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(409);
    const p = await register(clerk);
    const outsider = await loginAs(t, 'petition_clerk');
    expect(
      (
        await outsider.post('/api/access-requests', {
          kind: 'identity',
          petitionId: p.id,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('lists', () => {
  it('finds by a Chinese word in the text, filters by state, and shows overdue ones', async () => {
    const p = await register(office, {
      summary: '反映石桥镇扶贫资金被截留',
      content: '石桥镇前进村村干部截留挪用扶贫资金，群众意见很大。',
      receivedOn: '2026-01-05',
    });
    const found = (await office.get(`/api/petitions?q=${encodeURIComponent('扶贫')}`)).json();
    expect(found.items.map((i: { id: string }) => i.id)).toContain(p.id);
    const none = (await office.get(`/api/petitions?q=${encodeURIComponent('拆迁补偿')}`)).json();
    expect(none.items.map((i: { id: string }) => i.id)).not.toContain(p.id);
    const registered = (await office.get('/api/petitions?state=registered&pageSize=100')).json();
    expect(registered.items.every((i: { state: string }) => i.state === 'registered')).toBe(true);
    const overdue = (await office.get('/api/petitions?overdue=true&pageSize=100')).json();
    expect(overdue.items.map((i: { id: string }) => i.id)).toContain(p.id);
    t.clock.advance(DAY);
    await relogin();
  });
});

describe('helpers for the handling pages', () => {
  it('finds a petition by its reference number', async () => {
    const p = await register(clerk);
    const found = (await office.get(`/api/petitions?q=${p.code}`)).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([p.id]);
  });

  it('lists who can be assigned (for those who assign), and names the handler on the detail', async () => {
    const handler = await makeUser(t, 'petition_clerk');
    const auditor = await makeUser(t, 'auditor');
    const listed = await office.get('/api/petitions/handlers');
    expect(listed.statusCode).toBe(200);
    const ids = listed.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(handler.id);
    expect(ids).not.toContain(auditor.id);
    expect((await clerk.get('/api/petitions/handlers')).statusCode).toBe(403);
    const p = await register(clerk);
    await step(clerk, p.id, 'propose', { opinion: '拟办' });
    await step(leader, p.id, 'approve', { opinion: '同意' });
    const assigned = await step(office, p.id, 'assign', { handlerId: handler.id });
    expect(assigned.json().handlerName).toBe(`测试用户${handler.username}`);
  });

  it('names the requester and the petition on access requests', async () => {
    const p = await register(clerk);
    await clerk.post('/api/access-requests', { kind: 'copy', petitionId: p.id, reason: '复印' });
    const pending = (await leader.get('/api/access-requests?state=pending')).json();
    const mine = pending.items.find((r: { petitionId: string }) => r.petitionId === p.id);
    expect(mine).toMatchObject({ petitionCode: p.code });
    expect(mine.requesterName).toMatch(/^测试用户/);
  });
});
