import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { findings, roundReports } from '../../db/schema/index.js';
import { anonymous, multipart } from '../../test/assertions.js';
import { loginAs, makeJurisdiction, makeRound, makeTeam, makeUnit } from '../../test/factories.js';
import { rectificationWorld } from '../../test/rectification-fixtures.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/**
 * Issue: rectification, point 10 — who may see and do what, as one table of roles × routes: the
 * office and the leading group see their jurisdiction's plans, the team the plans of the targets
 * it inspected, a unit liaison only its own unit's. Those who cannot see a plan get 404; those
 * who see it but may not act get 403; no session, 401.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof rectificationWorld>>;

const who = [
  'office',
  'leader',
  'teamLeader',
  'teamMember',
  'liaison',
  'otherTeam',
  'otherLiaison',
  'clerk',
  'discipline',
  'organization',
  'auditor',
  'admin',
  'otherOffice',
  'anonymous',
] as const;
type Who = (typeof who)[number];
const sessions = {} as Record<Exclude<Who, 'anonymous'>, TestSession>;

/** The records the routes act on (all of the one unit, inspected by the one team). */
const ids = {
  approved: '',
  approvedItem: '',
  evidence: '',
  draft: '',
  draftItem: '',
  submitted: '',
  internal: '',
  public: '',
};

type Method = 'GET' | 'POST' | 'PATCH';
interface Request {
  method: Method;
  url: string;
  body?: Record<string, unknown>;
}

async function send(caller: Who, { method, url, body }: Request) {
  if (caller === 'anonymous') return anonymous(t, method, url, method === 'GET' ? undefined : body);
  return sessions[caller].request(method, url, method === 'GET' ? undefined : (body ?? {}));
}

const versionOf = async (url: string) => (await w.office.get(url)).json().version as number;

/** Another round's plan for the same unit and team, opened by its feedback (drafting). */
async function openPlan(problem: string): Promise<{ planId: string; findingId: string }> {
  const round = await makeRound(t, [{ unitId: w.unit.id, teamId: w.team.id }], {
    stage: 'feedback',
  });
  const [finding] = await dbOf(t.system())
    .insert(findings)
    .values({ roundId: round.id, unitId: w.unit.id, problem })
    .returning();
  await dbOf(t.system())
    .insert(roundReports)
    .values({ roundId: round.id, unitId: w.unit.id, content: '巡察报告', approvedAt: new Date() });
  const fed = await w.teamLeader.post(`/api/rounds/${round.id}/reports/${w.unit.id}/feedback`, {
    feedbackOn: '2026-03-02',
    attendees: '县审计局党组成员',
  });
  if (fed.statusCode !== 200) throw new Error(fed.body);
  const listed = (await w.office.get(`/api/rectification-plans?roundId=${round.id}`)).json();
  return { planId: listed.items[0].id, findingId: finding!.id };
}

async function draftItem(planId: string, findingId: string) {
  const item = await w.liaison.post('/api/rectification-items', {
    planId,
    findingId,
    responsibleLeader: '局长 钱某',
    measures: '修订审计项目管理办法，3 个月内完成整改',
  });
  if (item.statusCode !== 201) throw new Error(item.body);
  return item.json().id as string;
}

/** A plan the liaison has submitted, waiting for the office. */
async function submittedPlan() {
  const { planId, findingId } = await openPlan('审计项目质量控制不严');
  await draftItem(planId, findingId);
  const url = `/api/rectification-plans/${planId}`;
  const submitted = await w.liaison.post(`${url}/transitions`, {
    action: 'submit',
    version: await versionOf(url),
  });
  if (submitted.statusCode !== 200) throw new Error(submitted.body);
  return planId;
}

beforeAll(async () => {
  t = await createTestApp();
  w = await rectificationWorld(t, {
    unitName: '县审计局',
    problems: ['审计整改跟踪不到位', '公务接待超标准'],
    approve: true,
    itemDueOn: '2026-04-30',
  });
  const otherCounty = await makeJurisdiction(t, { parentId: null });
  Object.assign(sessions, {
    office: w.office,
    leader: await loginAs(t, 'leading_group'),
    teamLeader: w.teamLeader,
    teamMember: await loginAs(t, 'team_member', { teamId: w.team.id }),
    liaison: w.liaison,
    otherTeam: await loginAs(t, 'team_leader', { teamId: (await makeTeam(t)).id }),
    otherLiaison: await loginAs(t, 'unit_liaison', { unitId: (await makeUnit(t)).id }),
    clerk: await loginAs(t, 'petition_clerk'),
    discipline: await loginAs(t, 'discipline'),
    organization: await loginAs(t, 'organization'),
    auditor: await loginAs(t, 'auditor'),
    admin: await loginAs(t, 'system_admin'),
    otherOffice: await loginAs(t, 'office_admin', { jurisdictionId: otherCounty.id }),
  });

  ids.approved = w.planId;
  const { items } = (await w.office.get(`/api/rectification-items?planId=${w.planId}`)).json();
  ids.approvedItem = items[0].id;
  const upload = multipart('审计整改台账.pdf', Buffer.from(`%PDF-1.7\n${'台账'.repeat(60)}`));
  const stored = await w.liaison.request('POST', '/api/files', upload.payload, {
    headers: upload.headers,
  });
  ids.evidence = stored.json().id;
  const itemUrl = `/api/rectification-items/${ids.approvedItem}`;
  const progress = await w.liaison.post(`${itemUrl}/transitions`, {
    action: 'report_progress',
    version: await versionOf(itemUrl),
    opinion: '已建立审计整改台账',
    fileIds: [ids.evidence],
  });
  expect(progress.statusCode, progress.body).toBe(200);

  const draft = await openPlan('内部审计制度不健全');
  ids.draft = draft.planId;
  ids.draftItem = await draftItem(draft.planId, draft.findingId);
  ids.submitted = await submittedPlan();

  for (const scope of ['internal', 'public'] as const) {
    const created = await w.office.post('/api/disclosures', {
      planId: ids.approved,
      scope,
      title: scope === 'internal' ? '县审计局整改进展（党内通报）' : '县审计局巡察整改进展情况通报',
      summary: scope === 'internal' ? '党内：责任人钱某整改不力' : '已完成整改 1 项',
    });
    expect(created.statusCode, created.body).toBe(201);
    ids[scope] = created.json().id;
  }
});
afterAll(() => t.close());

/** 200 and the record in the list, or 200 without it. */
const L = 'listed';
const H = 'hidden';
type Outcome = number | typeof L | typeof H;

interface Route {
  name: string;
  /** The request `caller` sends (built just before, for fresh versions and records). */
  request: (caller: Who) => Promise<Request> | Request;
  /** For lists: whether the response holds the record. */
  holds?: (body: { items: { id: string }[] }) => boolean;
  /** One outcome per caller, in the order of `who`. */
  expect: Outcome[];
}

const listed = (id: () => string) => (body: { items: { id: string }[] }) =>
  body.items.some((i) => i.id === id());

const plan = () => `/api/rectification-plans/${ids.approved}`;
const item = () => `/api/rectification-items/${ids.approvedItem}`;
const draftItemUrl = () => `/api/rectification-items/${ids.draftItem}`;

// Each `expect` lists: office, leader, team leader, team member, liaison | another team, another
// unit's liaison, clerk, discipline, organization, auditor, admin, another county's office | none.
const routes: Route[] = [
  {
    name: 'GET /api/rectification-plans',
    request: () => ({ method: 'GET', url: '/api/rectification-plans?pageSize=100' }),
    holds: listed(() => ids.approved),
    expect: [L, L, L, L, L, H, H, H, H, H, H, H, H, 401],
  },
  {
    name: 'GET /api/rectification-plans/:id',
    request: () => ({ method: 'GET', url: plan() }),
    expect: [200, 200, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    name: 'PATCH /api/rectification-plans/:id',
    request: async () => ({
      method: 'PATCH',
      url: plan(),
      body: { version: await versionOf(plan()), summary: '成立整改工作领导小组，逐项销号' },
    }),
    expect: [200, 403, 403, 403, 200, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    // Approving a submitted plan: the office only (on a plan of its own, as it moves on).
    name: 'POST /api/rectification-plans/:id/transitions (approve)',
    request: async (caller) => {
      const id = caller === 'office' ? await submittedPlan() : ids.submitted;
      const url = `/api/rectification-plans/${id}`;
      return {
        method: 'POST',
        url: `${url}/transitions`,
        body: { action: 'approve', version: await versionOf(url), opinion: '同意' },
      };
    },
    expect: [200, 403, 403, 403, 403, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    name: 'GET /api/rectification-items',
    request: () => ({ method: 'GET', url: '/api/rectification-items?pageSize=100' }),
    holds: listed(() => ids.approvedItem),
    expect: [L, L, L, L, L, H, H, H, H, H, H, H, H, 401],
  },
  {
    name: 'POST /api/rectification-items',
    request: () => ({
      method: 'POST',
      url: '/api/rectification-items',
      body: {
        planId: ids.draft,
        problem: '审计档案管理不规范',
        responsibleLeader: '局长 钱某',
        measures: '建立审计档案台账',
      },
    }),
    expect: [201, 403, 403, 403, 201, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    name: 'GET /api/rectification-items/:id',
    request: () => ({ method: 'GET', url: item() }),
    expect: [200, 200, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    name: 'PATCH /api/rectification-items/:id',
    request: async () => ({
      method: 'PATCH',
      url: draftItemUrl(),
      body: { version: await versionOf(draftItemUrl()), measures: '修订审计项目管理办法并印发' },
    }),
    expect: [200, 403, 403, 403, 200, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    name: 'POST /api/rectification-items/:id/transitions (report_progress)',
    request: async () => ({
      method: 'POST',
      url: `${item()}/transitions`,
      body: { action: 'report_progress', version: await versionOf(item()), opinion: '正在整改' },
    }),
    expect: [200, 403, 403, 403, 200, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    name: 'GET /api/rectification-items/:id/files/:fileId',
    request: () => ({ method: 'GET', url: `${item()}/files/${ids.evidence}` }),
    expect: [200, 200, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    name: 'GET /api/supervision-checks?planId=',
    request: () => ({ method: 'GET', url: `/api/supervision-checks?planId=${ids.approved}` }),
    expect: [200, 200, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    // The office or the team that inspected the unit.
    name: 'POST /api/supervision-checks',
    request: () => ({
      method: 'POST',
      url: '/api/supervision-checks',
      body: { planId: ids.approved, kind: 'documents', plannedOn: '2026-03-20' },
    }),
    expect: [201, 403, 201, 201, 403, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    name: 'GET /api/follow-up-visits?planId=',
    request: () => ({ method: 'GET', url: `/api/follow-up-visits?planId=${ids.approved}` }),
    expect: [200, 200, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    name: 'GET /api/disclosures',
    request: () => ({ method: 'GET', url: '/api/disclosures' }),
    holds: listed(() => ids.internal),
    expect: [L, L, L, L, L, H, H, H, H, H, H, H, H, 401],
  },
  {
    name: 'POST /api/disclosures',
    request: () => ({
      method: 'POST',
      url: '/api/disclosures',
      body: { planId: ids.approved, scope: 'internal', title: '整改进展', summary: '按期推进' },
    }),
    expect: [201, 403, 403, 403, 403, 404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    name: 'GET /api/public/disclosures',
    request: () => ({ method: 'GET', url: '/api/public/disclosures?pageSize=100' }),
    holds: listed(() => ids.public),
    expect: [L, L, L, L, L, L, L, L, L, L, L, L, L, L],
  },
  {
    // Not about one record: those who are not the office are refused (their own jurisdiction
    // for an office elsewhere).
    name: 'POST /api/rectification-items/escalation-scan',
    request: () => ({ method: 'POST', url: '/api/rectification-items/escalation-scan' }),
    expect: [200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 401],
  },
];

function check(caller: Who, route: Route, response: LightMyRequestResponse, outcome: Outcome) {
  const what = `${caller} ${route.name}`;
  if (typeof outcome === 'number') {
    expect(response.statusCode, `${what}: ${response.body}`).toBe(outcome);
    return;
  }
  expect(response.statusCode, `${what}: ${response.body}`).toBe(200);
  expect(route.holds!(response.json()), `${what} ${outcome}`).toBe(outcome === L);
}

describe('rectification access, roles × routes', () => {
  it('has an outcome for every caller on every route', () => {
    for (const route of routes) expect(route.expect, route.name).toHaveLength(who.length);
  });

  for (const route of routes) {
    it(route.name, async () => {
      for (const [i, caller] of who.entries()) {
        const response = await send(caller, await route.request(caller));
        check(caller, route, response, route.expect[i]!);
      }
    });
  }

  it('shows the public only what was published to it', async () => {
    const response = await anonymous(t, 'GET', '/api/public/disclosures');
    const items = response.json().items as Record<string, unknown>[];
    expect(items.map((d) => d.title)).toEqual(['县审计局巡察整改进展情况通报']);
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['id', 'publishedOn', 'roundName', 'summary', 'title', 'unitName'].sort(),
    );
    expect(response.body).not.toContain('党内');
    expect(response.body).not.toContain(ids.approved);
  });
});
