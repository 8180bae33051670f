import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { solveChallenge } from '../../core/public/proof-of-work.js';
import { rowById } from '../../test/assertions.js';
import { loginAs, makeRound, makeTeam, makeUnit } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Issue: public portal, points 1 and 6 — a round's own channel and its QR poster. */
let t: TestApp;
let office: TestSession;

async function reportTo(roundId: string) {
  const { challenge, bits } = (
    await t.app.inject({ method: 'GET', url: '/api/public/pow-challenge' })
  ).json();
  return t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    payload: {
      roundId,
      pow: { challenge, nonce: solveChallenge(challenge, bits) },
      accused: [{ unitName: '县水利局' }],
      facts: '县水利局河道清淤工程验收走过场，实际清淤量远少于结算工程量，请巡察组核查。',
      anonymous: true,
    },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  office = await loginAs(t, 'office_admin');
  await office.put('/api/settings/public.powBits', { jurisdictionId: t.rootId, value: 3 });
});
afterAll(() => t.close());

describe("a round's report channel", () => {
  it('takes reports for that round while it runs, and refuses them once archived', async () => {
    const round = await makeRound(t, [], { stage: 'on_site' });
    const sent = await reportTo(round.id);
    expect(sent.statusCode, sent.body).toBe(201);
    const clerk = await loginAs(t, 'petition_clerk');
    const [petition] = (await clerk.get('/api/petitions?state=submitted')).json().items;
    expect((await rowById(t, 'petitions', petition.id))?.round_id).toBe(round.id);
    const archived = await makeRound(t, [], { stage: 'archived' });
    const closed = await reportTo(archived.id);
    expect(closed.statusCode).toBe(422);
    expect(closed.json().errors[0].path).toBe('roundId');
    expect((await reportTo(crypto.randomUUID())).statusCode).toBe(422);
  });

  it('prints the 码上巡察 poster for those who see the round; 404 for others', async () => {
    const unit = await makeUnit(t, { name: '县水利局' });
    const team = await makeTeam(t);
    const round = await makeRound(t, [{ unitId: unit.id, teamId: team.id }], { stage: 'on_site' });
    const poster = await office.get(`/api/rounds/${round.id}/report-poster`);
    expect(poster.statusCode, poster.body).toBe(200);
    expect(poster.headers['content-type']).toBe('image/png');
    const meta = await sharp(poster.rawPayload).metadata();
    expect([meta.width, meta.height]).toEqual([1240, 1754]);
    const member = await loginAs(t, 'team_member', { teamId: team.id });
    expect((await member.get(`/api/rounds/${round.id}/report-poster`)).statusCode).toBe(200);
    const stranger = await loginAs(t, 'team_member');
    expect((await stranger.get(`/api/rounds/${round.id}/report-poster`)).statusCode).toBe(404);
    const archived = await makeRound(t, [], { stage: 'archived' });
    expect((await office.get(`/api/rounds/${archived.id}/report-poster`)).statusCode).toBe(422);
  });
});
