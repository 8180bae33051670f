import { dbOf } from '../core/context.js';
import { activities, departments } from '../db/schema/index.js';
import { loginAs, makeJurisdiction, makeRound, makeTeam, makeUnit } from './factories.js';
import type { TestSession } from './session.js';
import type { TestApp } from './test-app.js';

async function makeDepartment(
  t: TestApp,
  jurisdictionId: string,
  name: string,
  kind: (typeof departments.$inferInsert)['kind'],
  hasAccounts = true,
) {
  const [row] = await dbOf(t.system())
    .insert(departments)
    .values({ jurisdictionId, name, kind, hasAccounts })
    .returning();
  return row!;
}

/**
 * A city with a county below it, their receiving departments (the county's 住建局 served on
 * paper), a round in the county with one team at a target, and a session for every role.
 */
export async function clueWorld(t: TestApp) {
  const city = await makeJurisdiction(t, { level: 'city', name: '测试市' });
  const county = await makeJurisdiction(t, { level: 'county', parentId: city.id, name: '测试县' });
  const other = await makeJurisdiction(t, { level: 'county', name: '邻县' });
  const dept = {
    countyDiscipline: await makeDepartment(t, county.id, '县纪委监委', 'discipline_commission'),
    countyOrganization: await makeDepartment(t, county.id, '县委组织部', 'organization_department'),
    countyHousing: await makeDepartment(t, county.id, '县住建局', 'competent_department', false),
    cityDiscipline: await makeDepartment(t, city.id, '市纪委监委', 'discipline_commission'),
  };
  const unit = await makeUnit(t, { jurisdictionId: county.id, name: '县水利局' });
  const team = await makeTeam(t, county.id);
  const otherTeam = await makeTeam(t, county.id);
  const round = await makeRound(t, [{ unitId: unit.id, teamId: team.id }], {
    jurisdictionId: county.id,
  });
  await makeRound(
    t,
    [{ unitId: (await makeUnit(t, { jurisdictionId: county.id })).id, teamId: otherTeam.id }],
    {
      jurisdictionId: county.id,
    },
  );
  const [talk] = await dbOf(t.system())
    .insert(activities)
    .values({
      roundId: round.id,
      unitId: unit.id,
      method: 'talk',
      summary: '与县水利局办公室主任个别谈话',
      occurredOn: '2026-03-01',
    } as typeof activities.$inferInsert)
    .returning();
  const as = (role: Parameters<typeof loginAs>[1], options: Parameters<typeof loginAs>[2] = {}) =>
    loginAs(t, role, { jurisdictionId: county.id, ...options });
  const s = {
    office: await as('office_admin'),
    leader: await as('leading_group'),
    discipline: await as('discipline'),
    organization: await as('organization'),
    cityDiscipline: await loginAs(t, 'discipline', { jurisdictionId: city.id }),
    teamLeader: await as('team_leader', { teamId: team.id }),
    teamMember: await as('team_member', { teamId: team.id }),
    otherTeam: await as('team_member', { teamId: otherTeam.id }),
    clerk: await as('petition_clerk'),
    liaison: await as('unit_liaison', { unitId: unit.id }),
    otherOffice: await loginAs(t, 'office_admin', { jurisdictionId: other.id }),
  } satisfies Record<string, TestSession>;
  return { city, county, other, dept, unit, team, round, talk: talk!, s };
}

export type ClueWorld = Awaited<ReturnType<typeof clueWorld>>;

interface ClueSeen {
  id: string;
  code: string;
  version: number;
  account: string;
}

/** Registers a clue as the office (source audit unless told), hands it over unless told. */
export async function registerClue(
  w: ClueWorld,
  body: Record<string, unknown> = {},
  options: { handOver?: boolean } = {},
) {
  const response = await w.s.office.post('/api/clues', {
    jurisdictionId: w.county.id,
    source: 'audit',
    accusedName: '钱某',
    accusedPosition: '副局长',
    accusedUnitId: w.unit.id,
    accusedCadreLevel: 'section',
    focus: 'corruption',
    disciplines: ['integrity'],
    description: '审计发现县水利局副局长钱某在农田水利项目中虚报工程量，套取资金',
    ...body,
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  const clue: ClueSeen = response.json();
  if (options.handOver === false) return clue;
  const handed = await w.s.office.post(`/api/clues/${clue.id}/transitions`, {
    action: 'hand_over',
    version: clue.version,
  });
  if (handed.statusCode !== 200) throw new Error(handed.body);
  const seen: ClueSeen = handed.json();
  return seen;
}

/** Fires a clue transition with the clue's current version. */
export async function fire(
  w: ClueWorld,
  session: TestSession,
  id: string,
  action: string,
  fields: Record<string, unknown> = {},
) {
  // The acting session's own view when it has one (the office's otherwise, for 404 checks).
  const own = await session.get(`/api/clues/${id}`);
  const seen = own.statusCode === 200 ? own : await w.s.office.get(`/api/clues/${id}`);
  const { version } = seen.json<{ version: number }>();
  return session.post(`/api/clues/${id}/transitions`, { action, version, ...fields });
}

/** Records a collective review deciding `transfer` for the clues. */
export async function reviewForTransfer(w: ClueWorld, clueIds: string[]) {
  const response = await w.s.office.post('/api/clue-reviews', {
    jurisdictionId: w.county.id,
    heldOn: '2026-03-01',
    chair: '巡察办主任李明',
    participants: ['李明', '王芳', '赵强'],
    decisions: clueIds.map((clueId) => ({ clueId, decision: 'transfer' })),
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<{ id: string; decisions: unknown[]; participants: string[] }>();
}
