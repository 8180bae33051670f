import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueDate } from '../../services/calendar/deadlines.js';
import { anonymous, auditRows, countRows, expectProblem } from '../../test/assertions.js';
import { loginAs, makeJurisdiction } from '../../test/factories.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface Day {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

let t: TestApp;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await login(t.app, 'admin', t.adminPassword);
  // 2026 National Day: 10-01..10-07 off; Sunday 09-27 and Sunday 10-11 worked (调休).
  for (let day = 1; day <= 7; day += 1) {
    const response = await admin.put(`/api/calendar/2026-10-0${day}`, {
      kind: 'holiday',
      name: '国庆节',
    });
    expect(response.statusCode, response.body).toBe(200);
  }
  for (const date of ['2026-09-27', '2026-10-11']) {
    await admin.put(`/api/calendar/${date}`, { kind: 'workday', name: '国庆节调休' });
  }
});
afterAll(() => t.close());

const year = async (session: TestSession, y: number) =>
  (await session.get(`/api/calendar?year=${y}`)).json<{ items: Day[] }>().items;

describe('calendar API: authentication and authority', () => {
  it.each([
    ['GET', '/api/calendar?year=2026'],
    ['PUT', '/api/calendar/2026-05-01'],
    ['DELETE', '/api/calendar/2026-10-01'],
  ] as const)('%s %s without a session answers 401', async (method, url) => {
    expectProblem(await anonymous(t, method, url, method === 'PUT' ? {} : undefined), 401);
  });

  it.each(['team_member', 'petition_clerk', 'auditor'] as const)(
    'forbids %s from reading or changing the calendar (403)',
    async (role) => {
      const session = await loginAs(t, role);
      const rows = await countRows(t, 'calendar_days');
      expectProblem(await session.get('/api/calendar?year=2026'), 403);
      const put = await session.put('/api/calendar/2026-05-01', { kind: 'holiday', name: 'x' });
      expectProblem(put, 403, 'forbidden');
      expectProblem(await session.delete('/api/calendar/2026-10-01'), 403);
      expect(await countRows(t, 'calendar_days')).toBe(rows);
    },
  );
});

describe('calendar API: days', () => {
  it('lists a year’s holidays and 调休 workdays in date order', async () => {
    const items = await year(admin, 2026);
    expect(items.map((d) => d.date)).toEqual([
      '2026-09-27',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-11',
    ]);
    expect(items[0]).toEqual({ date: '2026-09-27', kind: 'workday', name: '国庆节调休' });
    expect(await year(admin, 2025)).toEqual([]);
  });

  it('sets, overwrites and deletes a day, auditing each', async () => {
    const office = await loginAs(t, 'office_admin');
    const first = await office.put('/api/calendar/2027-01-01', { kind: 'holiday', name: ' 元旦 ' });
    expect(first.json<Day>()).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    await office.put('/api/calendar/2027-01-01', { kind: 'workday', name: '调休' });
    expect(await year(office, 2027)).toEqual([
      { date: '2027-01-01', kind: 'workday', name: '调休' },
    ]);
    expect((await office.delete('/api/calendar/2027-01-01')).statusCode).toBe(204);
    expect(await year(office, 2027)).toEqual([]);
    expectProblem(await office.delete('/api/calendar/2027-01-01'), 404, 'not_found');
    const audits = await auditRows(t, { entityId: '2027-01-01' });
    expect(audits.map((a) => a.action)).toEqual([
      'calendar.delete',
      'calendar.update',
      'calendar.update',
    ]);
  });

  it.each(['2026-13-01', '2026-02-30', '2026-1-1', 'tomorrow', '2026-04-31'])(
    'refuses the invalid date %s with 400 and stores nothing',
    async (date) => {
      const rows = await countRows(t, 'calendar_days');
      const response = await admin.put(`/api/calendar/${date}`, { kind: 'holiday', name: 'x' });
      const problem = expectProblem(response, 400, 'validation');
      expect(problem.errors?.map((e) => e.path)).toContain('params.date');
      expect(await countRows(t, 'calendar_days')).toBe(rows);
    },
  );

  it('refuses an unknown kind, an empty name and an absurd year (400)', async () => {
    const kind = await admin.put('/api/calendar/2026-05-01', { kind: 'party', name: '劳动节' });
    expect(expectProblem(kind, 400).errors?.map((e) => e.path)).toContain('body.kind');
    const name = await admin.put('/api/calendar/2026-05-01', { kind: 'holiday', name: '  ' });
    expect(expectProblem(name, 400).errors?.map((e) => e.path)).toContain('body.name');
    expectProblem(await admin.get('/api/calendar?year=1900'), 400);
  });
});

describe('dueDate (services/calendar/deadlines)', () => {
  // 2026-09-30 12:00 in Beijing.
  const start = new Date('2026-09-30T04:00:00.000Z');

  it('counts calendar days by default (信访工作条例)', async () => {
    const county = await makeJurisdiction(t, { parentId: t.rootId });
    expect(await dueDate(t.system(), county.id, start, 3)).toBe('2026-10-03');
    expect(await dueDate(t.system(), county.id, start, 15)).toBe('2026-10-15');
  });

  it('counts working days with the holiday calendar when the jurisdiction says so', async () => {
    const county = await makeJurisdiction(t, { parentId: t.rootId });
    const response = await admin.put('/api/settings/deadlines.dayCounting', {
      jurisdictionId: county.id,
      value: 'working',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(await dueDate(t.system(), county.id, start, 3)).toBe('2026-10-11');
    expect(await dueDate(t.system(), county.id, start, 4)).toBe('2026-10-12');
    // The parent still counts calendar days.
    expect(await dueDate(t.system(), t.rootId, start, 3)).toBe('2026-10-03');
  });

  it('inherits working-day counting from the parent and uses the CST date of the start', async () => {
    const city = await makeJurisdiction(t, { level: 'city', parentId: t.rootId });
    const county = await makeJurisdiction(t, { parentId: city.id });
    await admin.put('/api/settings/deadlines.dayCounting', {
      jurisdictionId: city.id,
      value: 'working',
    });
    // 2026-10-07T16:30Z is already 10-08 00:30 in Beijing: the count starts from 10-08.
    const lateNight = new Date('2026-10-07T16:30:00.000Z');
    expect(await dueDate(t.system(), county.id, lateNight, 1)).toBe('2026-10-09');
    expect(await dueDate(t.system(), county.id, lateNight, 2)).toBe('2026-10-11');
  });

  it('follows a calendar change made through the API', async () => {
    const county = await makeJurisdiction(t, { parentId: t.rootId });
    await admin.put('/api/settings/deadlines.dayCounting', {
      jurisdictionId: county.id,
      value: 'working',
    });
    const friday = new Date('2026-11-13T04:00:00.000Z');
    expect(await dueDate(t.system(), county.id, friday, 1)).toBe('2026-11-16');
    await admin.put('/api/calendar/2026-11-16', { kind: 'holiday', name: '测试假日' });
    expect(await dueDate(t.system(), county.id, friday, 1)).toBe('2026-11-17');
    await admin.delete('/api/calendar/2026-11-16');
  });
});
