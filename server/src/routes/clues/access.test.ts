import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../test/assertions.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { makeUser } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import {
  clueWorld,
  fire,
  registerClue,
  reviewForTransfer,
  type ClueWorld,
} from '../../test/clue-fixtures.js';

/**
 * Issue: clue ledger, point 8 — who sees which clue, as one table: the office and leaders all of
 * their jurisdiction; the team its round's; 纪委监委 / 组织部 only what was transferred to them;
 * a confidential clue only its named members. Everyone else gets 404, in the list and the detail.
 */
let t: TestApp;
let w: ClueWorld;
const ids: Record<'recorded' | 'roundClue' | 'toDiscipline' | 'toOrganization' | 'secret', string> =
  {
    recorded: '',
    roundClue: '',
    toDiscipline: '',
    toOrganization: '',
    secret: '',
  };
let namedUserId = '';
let named: TestSession;

async function transferTo(id: string, departmentId: string, changeReason?: string) {
  await reviewForTransfer(w, [id]);
  const { version } = (await w.s.office.get(`/api/clues/${id}`)).json();
  const moved = await w.s.office.post(`/api/clues/${id}/transfers`, {
    version,
    receiverDepartmentId: departmentId,
    changeReason,
  });
  if (moved.statusCode !== 201) throw new Error(moved.body);
}

beforeAll(async () => {
  t = await createTestApp();
  w = await clueWorld(t);
  ids.recorded = (await registerClue(w, {}, { handOver: false })).id;
  const raised = await w.s.teamMember.post(
    `/api/rounds/${w.round.id}/activities/${w.talk.id}/clues`,
    { description: '个别谈话反映的问题' },
  );
  ids.roundClue = raised.json().id;
  ids.toDiscipline = (await registerClue(w)).id;
  await transferTo(ids.toDiscipline, w.dept.countyDiscipline.id);
  ids.toOrganization = (await registerClue(w, { focus: 'personnel', disciplines: [] })).id;
  await transferTo(ids.toOrganization, w.dept.countyOrganization.id);
  const namedUser = await makeUser(t, 'discipline', { jurisdictionId: w.county.id });
  namedUserId = namedUser.id;
  named = await namedUser.login();
  ids.secret = (await registerClue(w, { confidential: true, memberIds: [namedUserId] })).id;
  await transferTo(ids.secret, w.dept.countyDiscipline.id);
});
afterAll(() => t.close());

const sees: Record<string, (keyof typeof ids)[]> = {
  // The office user who registered the confidential clue is named on it automatically.
  office: ['recorded', 'roundClue', 'toDiscipline', 'toOrganization', 'secret'],
  leader: ['recorded', 'roundClue', 'toDiscipline', 'toOrganization'],
  teamLeader: ['roundClue'],
  teamMember: ['roundClue'],
  otherTeam: [],
  discipline: ['toDiscipline'],
  organization: ['toOrganization'],
  cityDiscipline: [],
  clerk: [],
  liaison: [],
  otherOffice: [],
  named: ['toDiscipline', 'secret'],
};

describe('who sees which clue', () => {
  for (const [who, visible] of Object.entries(sees)) {
    it(`${who}: sees ${visible.join(', ') || 'nothing'}`, async () => {
      const session = who === 'named' ? named : w.s[who as keyof ClueWorld['s']];
      const list = await session.get('/api/clues?pageSize=100');
      expect(list.statusCode).toBe(200);
      const listed = (list.json().items as { id: string }[]).map((c) => c.id);
      for (const [name, id] of Object.entries(ids)) {
        const expected = visible.includes(name as keyof typeof ids);
        expect(listed.includes(id), `${who} lists ${name}`).toBe(expected);
        const detail = await session.get(`/api/clues/${id}`);
        expect(detail.statusCode, `${who} opens ${name}`).toBe(expected ? 200 : 404);
        const transfers = await session.get(`/api/clues/${id}/transfers`);
        expect(transfers.statusCode, `${who} transfers of ${name}`).toBe(expected ? 200 : 404);
        if (!expected) {
          const step = await fire(w, session, id, 'acknowledge');
          expect(step.statusCode, `${who} acts on ${name}`).toBe(404);
        }
      }
    });
  }

  it('keeps the confidential clue from the office that named the members', async () => {
    // The registering office user is named automatically; another office user is not.
    const colleague = await (
      await makeUser(t, 'office_admin', { jurisdictionId: w.county.id })
    ).login();
    expect((await colleague.get(`/api/clues/${ids.secret}`)).statusCode).toBe(404);
    expect((await w.s.office.get(`/api/clues/${ids.secret}`)).statusCode).toBe(200);
  });

  it('keeps the confidential clue out of the collective-review list for those not named', async () => {
    const codes = async (session: TestSession) =>
      (
        (await session.get('/api/clue-reviews?pageSize=100')).json().items as {
          decisions: { clueId: string }[];
        }[]
      ).flatMap((r) => r.decisions.map((d) => d.clueId));
    expect(await codes(w.s.leader)).not.toContain(ids.secret);
    expect(await codes(w.s.leader)).toContain(ids.toDiscipline);
    expect(await codes(w.s.office)).toContain(ids.secret);
  });

  it('answers 401 on every clue route without a session', async () => {
    const id = ids.recorded;
    const routes: ['GET' | 'POST' | 'PATCH', string][] = [
      ['GET', '/api/clues'],
      ['POST', '/api/clues'],
      ['GET', '/api/clues/export.xlsx'],
      ['POST', '/api/clues/ledger-scan'],
      ['GET', `/api/clues/${id}`],
      ['PATCH', `/api/clues/${id}`],
      ['POST', `/api/clues/${id}/transitions`],
      ['GET', `/api/clues/${id}/transfers`],
      ['POST', `/api/clues/${id}/transfers`],
      ['GET', '/api/clue-reviews'],
      ['POST', '/api/clue-reviews'],
    ];
    for (const [method, url] of routes) {
      const response = await anonymous(t, method, url, method === 'GET' ? undefined : {});
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('lets only the office edit, review and scan (403 for those who see the clue)', async () => {
    const { version } = (await w.s.office.get(`/api/clues/${ids.roundClue}`)).json();
    expect(
      (await w.s.leader.patch(`/api/clues/${ids.roundClue}`, { version, description: '改' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await w.s.teamLeader.patch(`/api/clues/${ids.roundClue}`, { version, description: '改' }))
        .statusCode,
    ).toBe(403);
    expect((await w.s.discipline.post('/api/clues/ledger-scan')).statusCode).toBe(403);
    expect((await w.s.leader.post('/api/clues/ledger-scan')).statusCode).toBe(403);
    const handed = await registerClue(w);
    const transfer = await w.s.leader.post(`/api/clues/${handed.id}/transfers`, {
      version: handed.version,
      receiverDepartmentId: w.dept.countyDiscipline.id,
    });
    expect(transfer.statusCode).toBe(403);
  });
});
