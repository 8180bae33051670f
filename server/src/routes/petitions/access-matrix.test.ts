import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleCodes, type RoleCode } from '../../core/roles.js';
import { dbOf } from '../../core/context.js';
import { departments } from '../../db/schema/index.js';
import { anonymous, multipart } from '../../test/assertions.js';
import {
  loginAs,
  makeJurisdiction,
  makeRound,
  makeTeam,
  makeUnit,
  makeUser,
  validIdNumber,
} from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/**
 * Issue: petitions, point 10 — who may do what with a petition, as one table of roles × actions.
 * Every petition-scoped route answers 401 without a session, 404 to whoever may not know the
 * petition exists, and 403 to whoever sees it but may not take this step.
 */
let t: TestApp;
let clerk: TestSession;
let leader: TestSession;
let petitionId: string;
let fileId: string;
let transferredId: string;
let targetTeamId: string;
let disciplineDeptId: string;

type Route = readonly [
  string,
  'GET' | 'POST' | 'DELETE',
  (id: string) => string,
  ((id: string) => unknown)?,
];
const routes: Route[] = [
  ['detail', 'GET', (id) => `/api/petitions/${id}`],
  ['similar', 'GET', (id) => `/api/petitions/${id}/similar`],
  ['identity', 'GET', (id) => `/api/petitions/${id}/identity`],
  ['copy', 'GET', (id) => `/api/petitions/${id}/attachments/${fileId}`],
  [
    'transition',
    'POST',
    (id) => `/api/petitions/${id}/transitions`,
    () => ({ action: 'propose', version: 1, opinion: '拟办' }),
  ],
  ['group', 'POST', (id) => `/api/petitions/${id}/group`, (id) => ({ duplicateOfId: id })],
  ['ungroup', 'DELETE', (id) => `/api/petitions/${id}/group`],
  [
    'review flag',
    'POST',
    (id) => `/api/petitions/${id}/review-flag`,
    () => ({ flag: 'evasive', note: 'x', version: 1 }),
  ],
  [
    'raise clue',
    'POST',
    (id) => `/api/petitions/${id}/clues`,
    () => ({ description: '线索', version: 1 }),
  ],
  [
    'access request',
    'POST',
    () => '/api/access-requests',
    (id) => ({ kind: 'copy', petitionId: id, reason: '复印' }),
  ],
];

function call(session: TestSession, route: Route, id: string) {
  const [, method, path, body] = route;
  return session.request(method, path(id), body ? body(id) : undefined);
}

beforeAll(async () => {
  t = await createTestApp();
  clerk = await loginAs(t, 'petition_clerk');
  leader = await loginAs(t, 'leading_group');
  const target = await makeUnit(t, { name: '县水利局' });
  targetTeamId = (await makeTeam(t)).id;
  await makeRound(t, [{ unitId: target.id, teamId: targetTeamId }]);
  const [dept] = await dbOf(t.system())
    .insert(departments)
    .values({ jurisdictionId: t.rootId, name: '县纪委监委', kind: 'discipline_commission' })
    .returning();
  disciplineDeptId = dept!.id;
  const register = async () => {
    const response = await clerk.post('/api/petitions', {
      channel: 'letter',
      receivedOn: '2026-03-01',
      anonymous: false,
      petitioner: { name: '赵六', idNumber: validIdNumber(), phone: '13912345678' },
      accused: [{ kind: 'unit', unitId: target.id }],
      summary: '反映县水利局工程质量问题',
      content: '县水利局河道整治工程偷工减料，请求调查。',
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const p = await register();
  petitionId = p.id;
  const form = multipart('来信.png', Buffer.from('89504e470d0a1a0a0000', 'hex'));
  const uploaded = await clerk.request('POST', `/api/petitions/${p.id}/attachments`, form.payload, {
    headers: form.headers,
  });
  fileId = uploaded.json().id;
  // A second petition transferred (转办) to the discipline commission.
  const q = await register();
  transferredId = q.id;
  const office = await loginAs(t, 'office_admin');
  const fire = async (session: TestSession, action: string, extra: Record<string, unknown>) => {
    const { version } = (await office.get(`/api/petitions/${q.id}`)).json();
    const response = await session.post(`/api/petitions/${q.id}/transitions`, {
      action,
      version,
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  await fire(clerk, 'propose', { opinion: '拟转县纪委监委' });
  await fire(leader, 'approve', { opinion: '同意' });
  await fire(clerk, 'transfer', {
    transferDepartmentId: disciplineDeptId,
    transferDueOn: '2026-04-01',
  });
});
afterAll(() => t.close());

describe('petition routes without a session', () => {
  it.each(routes.map((r) => [r[0], r] as const))('%s → 401', async (_name, route) => {
    const [, method, path, body] = route;
    const response = await anonymous(
      t,
      method,
      path(petitionId),
      body ? body(petitionId) : undefined,
    );
    expect(response.statusCode).toBe(401);
  });
});

/** Roles that see a petition they have nothing to do with: only the office and the leaders. */
const fullReaders: RoleCode[] = ['office_admin', 'leading_group'];
const strangers = roleCodes.filter((r) => !fullReaders.includes(r));

describe('a role with no link to the petition gets 404 on every route', () => {
  const table = strangers.flatMap((role) =>
    routes.map((route) => [role, route[0], route] as const),
  );
  it.each(table)('%s × %s → 404', async (role, _name, route) => {
    const session = await loginAs(
      t,
      role,
      role === 'team_leader' || role === 'team_member' ? { teamId: (await makeTeam(t)).id } : {},
    );
    expect((await call(session, route, petitionId)).statusCode).toBe(404);
  });

  it.each(routes.map((r) => [r[0], r] as const))(
    'the office of another jurisdiction × %s → 404',
    async (_name, route) => {
      const other = await makeJurisdiction(t);
      const session = await loginAs(t, 'office_admin', { jurisdictionId: other.id });
      expect((await call(session, route, petitionId)).statusCode).toBe(404);
    },
  );
});

/**
 * Those who see it but may not take the step: 403. (Transitions the caller's role may not fire,
 * identity and copies without an approved request, linking, flags and clues outside one's role.)
 */
describe('visible but not allowed → 403', () => {
  const member = () => loginAs(t, 'team_member', { teamId: targetTeamId });
  const discipline = () => loginAs(t, 'discipline');
  const cases: [string, string, () => Promise<TestSession>, () => string][] = [
    ['team member of the target round', 'transition', member, () => petitionId],
    ['team member of the target round', 'identity', member, () => petitionId],
    ['team member of the target round', 'copy', member, () => petitionId],
    ['team member of the target round', 'group', member, () => petitionId],
    ['team member of the target round', 'ungroup', member, () => petitionId],
    ['team member of the target round', 'review flag', member, () => petitionId],
    ['team member of the target round', 'raise clue', member, () => petitionId],
    ['the registering clerk', 'identity', async () => clerk, () => petitionId],
    ['the registering clerk', 'copy', async () => clerk, () => petitionId],
    ['the registering clerk', 'review flag', async () => clerk, () => petitionId],
    ['the registering clerk', 'raise clue', async () => clerk, () => petitionId],
    ['a leader', 'identity', async () => leader, () => petitionId],
    ['a leader', 'group', async () => leader, () => petitionId],
    ['discipline (transferred to it)', 'raise clue', discipline, () => transferredId],
    ['discipline (transferred to it)', 'review flag', discipline, () => transferredId],
  ];
  it.each(cases)('%s × %s → 403', async (_who, action, session, id) => {
    const route = routes.find((r) => r[0] === action)!;
    const response = await call(await session(), route, id());
    expect(response.statusCode, response.body).toBe(403);
  });

  it('discipline sees what was transferred to it, and organization does not', async () => {
    expect(
      (await (await loginAs(t, 'discipline')).get(`/api/petitions/${transferredId}`)).statusCode,
    ).toBe(200);
    expect(
      (await (await loginAs(t, 'organization')).get(`/api/petitions/${transferredId}`)).statusCode,
    ).toBe(404);
  });

  it('the team of the target round sees the petition; a team member of no such round does not', async () => {
    const member = await loginAs(t, 'team_member', { teamId: targetTeamId });
    expect((await member.get(`/api/petitions/${petitionId}`)).statusCode).toBe(200);
    const handler = await makeUser(t, 'team_member');
    const session = await handler.login();
    expect((await session.get(`/api/petitions/${petitionId}`)).statusCode).toBe(404);
  });
});
