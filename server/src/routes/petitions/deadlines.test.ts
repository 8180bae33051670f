import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../core/clock.js';
import { scanPetitionDeadlines } from '../../services/petitions/deadlines.js';
import { makeUser } from '../../test/factories.js';
import type { MadeUser } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let clerk: MadeUser;
let office: MadeUser;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-02T02:00:00Z');
  clerk = await makeUser(t, 'petition_clerk');
  office = await makeUser(t, 'office_admin');
});
afterAll(() => t.close());

async function unreadTitles(user: MadeUser): Promise<string[]> {
  const session = await user.login();
  const list = (await session.get('/api/notifications?unreadOnly=true&pageSize=100')).json();
  return list.items.map((n: { title: string }) => n.title);
}

describe('petition deadlines', () => {
  it('warns 3 days before the 15-day acceptance deadline, then marks overdue, once each', async () => {
    const session = await clerk.login();
    const created = await session.post('/api/petitions', {
      channel: 'visit',
      receivedOn: '2026-03-02',
      anonymous: true,
      accused: [{ kind: 'unit', unitName: '县财政局' }],
      summary: '反映县财政局违规发放津贴',
      content: '县财政局以各种名义违规发放津贴补贴。',
    });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    expect(p.acceptanceDueOn).toBe('2026-03-17');

    t.clock.advance(10 * DAY); // 03-12: five days left
    expect(await scanPetitionDeadlines(t.system())).toEqual({ dueSoon: 0, overdue: 0 });

    t.clock.advance(3 * DAY); // 03-15: two days left
    expect((await scanPetitionDeadlines(t.system())).dueSoon).toBe(1);
    expect(await scanPetitionDeadlines(t.system())).toEqual({ dueSoon: 0, overdue: 0 });
    expect((await unreadTitles(clerk)).some((title) => title.includes('即将到期'))).toBe(true);
    expect((await unreadTitles(office)).some((title) => title.includes(p.code))).toBe(true);
    const board = (await (await office.login()).get('/api/petitions/deadlines')).json();
    expect(board.items).toEqual([
      expect.objectContaining({
        id: p.id,
        status: 'due_soon',
        daysLeft: 2,
        deadline: 'acceptance',
      }),
    ]);

    t.clock.advance(3 * DAY); // 03-18: one day overdue
    expect((await scanPetitionDeadlines(t.system())).overdue).toBe(1);
    expect((await scanPetitionDeadlines(t.system())).overdue).toBe(0);
    expect((await unreadTitles(clerk)).some((title) => title.includes('已超期'))).toBe(true);
    const overdueBoard = (await (await office.login()).get('/api/petitions/deadlines')).json();
    expect(overdueBoard.items[0]).toMatchObject({ id: p.id, status: 'overdue', daysLeft: -1 });
    const list = (await (await office.login()).get('/api/petitions?overdue=true')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(p.id);
    // Someone who cannot see the petition does not find it on the board.
    const outsider = await (await makeUser(t, 'petition_clerk')).login();
    expect((await outsider.get('/api/petitions/deadlines')).json().items).toEqual([]);
  });
});
