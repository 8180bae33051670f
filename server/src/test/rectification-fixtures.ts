import { dbOf } from '../core/context.js';
import { findings, roundReports } from '../db/schema/index.js';
import { loginAs, makeRound, makeTeam, makeUnit } from './factories.js';
import type { TestSession } from './session.js';
import type { TestApp } from './test-app.js';

/**
 * A unit after its round's feedback (held 2026-03-02 by the team leader): its plan opened, with a
 * finding per problem; optionally one item per finding, submitted and approved by the office.
 */
export async function rectificationWorld(
  t: TestApp,
  options: { unitName: string; problems: string[]; approve?: boolean; itemDueOn?: string },
) {
  const unit = await makeUnit(t, { name: options.unitName });
  const team = await makeTeam(t);
  const round = await makeRound(t, [{ unitId: unit.id, teamId: team.id }], { stage: 'feedback' });
  const findingIds: string[] = [];
  for (const problem of options.problems) {
    const [f] = await dbOf(t.system())
      .insert(findings)
      .values({ roundId: round.id, unitId: unit.id, problem })
      .returning();
    findingIds.push(f!.id);
  }
  await dbOf(t.system())
    .insert(roundReports)
    .values({ roundId: round.id, unitId: unit.id, content: '巡察报告', approvedAt: new Date() });
  const office = await loginAs(t, 'office_admin');
  const liaison = await loginAs(t, 'unit_liaison', { unitId: unit.id });
  const teamLeader = await loginAs(t, 'team_leader', { teamId: team.id });
  const fed = await teamLeader.post(`/api/rounds/${round.id}/reports/${unit.id}/feedback`, {
    feedbackOn: '2026-03-02',
    attendees: `${options.unitName}党组成员`,
  });
  if (fed.statusCode !== 200) throw new Error(fed.body);
  const plans = (await liaison.get('/api/rectification-plans')).json<{ items: { id: string }[] }>();
  const planId = plans.items[0]!.id;
  const url = `/api/rectification-plans/${planId}`;
  const fire = async (session: TestSession, action: string, opinion?: string) => {
    const { version } = (await office.get(url)).json<{ version: number }>();
    return session.post(`${url}/transitions`, { action, version, opinion });
  };
  if (options.approve) {
    for (const [i, findingId] of findingIds.entries()) {
      const item = await liaison.post('/api/rectification-items', {
        planId,
        findingId,
        responsibleLeader: `责任领导${i + 1}`,
        measures: `第 ${i + 1} 项整改措施：修订制度并于 4 月底前完成整改`,
        dueOn: options.itemDueOn,
      });
      if (item.statusCode !== 201) throw new Error(item.body);
    }
    for (const [session, action, opinion] of [
      [liaison, 'submit', undefined],
      [office, 'approve', '同意'],
    ] as const) {
      const r = await fire(session, action, opinion);
      if (r.statusCode !== 200) throw new Error(r.body);
    }
  }
  return { unit, team, round, findingIds, office, liaison, teamLeader, planId, url, fire };
}
