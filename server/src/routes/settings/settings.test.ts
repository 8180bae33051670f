import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, auditRows, countRows, expectProblem } from '../../test/assertions.js';
import { loginAs, makeJurisdiction } from '../../test/factories.js';
import { login, type TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface Item {
  key: string;
  value: unknown;
  defaultValue: unknown;
  inherited: boolean;
}

let t: TestApp;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await login(t.app, 'admin', t.adminPassword);
});
afterAll(() => t.close());

/** A fresh tree (so overrides of one test never meet another's): a city and a county below it. */
async function tree() {
  const city = await makeJurisdiction(t, { level: 'city', parentId: null });
  const county = await makeJurisdiction(t, { level: 'county', parentId: city.id });
  const office = await loginAs(t, 'office_admin', { jurisdictionId: city.id });
  return { city, county, office };
}

async function settingsOf(session: TestSession, jurisdictionId: string) {
  const response = await session.get(`/api/settings?jurisdictionId=${jurisdictionId}`);
  expect(response.statusCode, response.body).toBe(200);
  const items = response.json<{ items: Item[] }>().items;
  return (key: string) => items.find((i) => i.key === key)!;
}

const put = (session: TestSession, key: string, jurisdictionId: string, value: unknown) =>
  session.put(`/api/settings/${key}`, { jurisdictionId, value });

describe('settings API: authentication and authority', () => {
  it.each([
    ['GET', `/api/settings?jurisdictionId=00000000-0000-4000-8000-000000000000`],
    ['PUT', '/api/settings/petition.acceptanceDays'],
    [
      'DELETE',
      `/api/settings/petition.acceptanceDays?jurisdictionId=00000000-0000-4000-8000-000000000000`,
    ],
  ] as const)('%s %s without a session answers 401', async (method, url) => {
    expectProblem(await anonymous(t, method, url, method === 'PUT' ? {} : undefined), 401);
  });

  it('forbids a non-manager in the jurisdiction (403) and changes nothing', async () => {
    const { city } = await tree();
    const member = await loginAs(t, 'team_member', { jurisdictionId: city.id });
    const rows = await countRows(t, 'settings');
    expectProblem(await member.get(`/api/settings?jurisdictionId=${city.id}`), 403);
    expectProblem(await put(member, 'petition.acceptanceDays', city.id, 20), 403, 'forbidden');
    expectProblem(
      await member.delete(`/api/settings/petition.acceptanceDays?jurisdictionId=${city.id}`),
      403,
    );
    expect(await countRows(t, 'settings')).toBe(rows);
  });

  it('hides another jurisdiction’s settings (404) and changes nothing', async () => {
    const { city, office } = await tree();
    await put(office, 'petition.acceptanceDays', city.id, 21);
    const rows = await countRows(t, 'settings');
    expectProblem(await admin.get(`/api/settings?jurisdictionId=${city.id}`), 404);
    expectProblem(await put(admin, 'petition.acceptanceDays', city.id, 5), 404);
    expectProblem(
      await admin.delete(`/api/settings/petition.acceptanceDays?jurisdictionId=${city.id}`),
      404,
    );
    expect(await countRows(t, 'settings')).toBe(rows);
    expect((await settingsOf(office, city.id))('petition.acceptanceDays').value).toBe(21);
  });

  it('hides the parent’s settings from a manager of the child (404)', async () => {
    const { city, county } = await tree();
    const countyOffice = await loginAs(t, 'office_admin', { jurisdictionId: county.id });
    expectProblem(await put(countyOffice, 'petition.acceptanceDays', city.id, 5), 404);
  });
});

describe('settings values', () => {
  it('lists the statutory defaults (15 / 60 / 30 days) as inherited', async () => {
    const { city, office } = await tree();
    const setting = await settingsOf(office, city.id);
    expect(setting('petition.acceptanceDays')).toMatchObject({ value: 15, inherited: true });
    expect(setting('petition.conclusionDays')).toMatchObject({ value: 60, inherited: true });
    expect(setting('petition.extensionDays')).toMatchObject({ value: 30, inherited: true });
    expect(setting('deadlines.dayCounting')).toMatchObject({ value: 'calendar' });
  });

  it('passes an override down the tree, and a nearer override wins', async () => {
    const { city, county, office } = await tree();
    const response = await put(office, 'petition.conclusionDays', city.id, 45);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Item>()).toMatchObject({ value: 45, inherited: false, defaultValue: 60 });
    expect((await settingsOf(office, county.id))('petition.conclusionDays')).toMatchObject({
      value: 45,
      inherited: true,
    });

    await put(office, 'petition.conclusionDays', county.id, 50);
    expect((await settingsOf(office, county.id))('petition.conclusionDays')).toMatchObject({
      value: 50,
      inherited: false,
    });
    expect((await settingsOf(office, city.id))('petition.conclusionDays').value).toBe(45);
  });

  it('resets with DELETE to the inherited value, then to the default', async () => {
    const { city, county, office } = await tree();
    await put(office, 'petition.extensionDays', city.id, 10);
    await put(office, 'petition.extensionDays', county.id, 5);
    const reset = await office.delete(
      `/api/settings/petition.extensionDays?jurisdictionId=${county.id}`,
    );
    expect(reset.json<Item>()).toMatchObject({ value: 10, inherited: true });
    const resetRoot = await office.delete(
      `/api/settings/petition.extensionDays?jurisdictionId=${city.id}`,
    );
    expect(resetRoot.json<Item>()).toMatchObject({ value: 30, inherited: true });
    expect((await settingsOf(office, county.id))('petition.extensionDays').value).toBe(30);
    const [audit] = await auditRows(t, {
      action: 'setting.reset',
      entityId: 'petition.extensionDays',
    });
    expect(audit?.jurisdictionId).toBe(city.id);
  });

  it.each([
    ['zero', 'petition.acceptanceDays', 0],
    ['too large', 'petition.acceptanceDays', 91],
    ['a string', 'petition.acceptanceDays', '20'],
    ['a fraction', 'petition.acceptanceDays', 2.5],
    ['missing', 'petition.acceptanceDays', undefined],
    ['an unknown option', 'deadlines.dayCounting', 'lunar'],
    ['an unknown role', 'security.totpRequiredRoles', ['king']],
  ])('refuses %s as a value (400) and keeps the old one', async (_label, key, value) => {
    const { city, office } = await tree();
    const before = (await settingsOf(office, city.id))(key).value;
    const problem = expectProblem(await put(office, key, city.id, value), 400, 'validation');
    expect(problem.errors?.[0]?.path).toMatch(/^(body\.)?value(\.\d+)?$/);
    expect((await settingsOf(office, city.id))(key).value).toEqual(before);
  });

  it('answers 404 for an unknown key', async () => {
    const { city, office } = await tree();
    expectProblem(await put(office, 'petition.magicDays', city.id, 3), 404, 'not_found');
    expectProblem(
      await office.delete(`/api/settings/petition.magicDays?jurisdictionId=${city.id}`),
      404,
    );
  });

  it('records each change as setting.update with the before and after values', async () => {
    const { city, office } = await tree();
    await put(office, 'petition.dueSoonDays', city.id, 5);
    await put(office, 'petition.dueSoonDays', city.id, 7);
    const rows = (
      await auditRows(t, { action: 'setting.update', entityId: 'petition.dueSoonDays' })
    ).filter((r) => r.jurisdictionId === city.id);
    expect(rows.map((r) => r.detail)).toEqual([
      { key: 'petition.dueSoonDays', before: 5, after: 7 },
      { key: 'petition.dueSoonDays', before: null, after: 5 },
    ]);
  });

  it('lets a system administrator manage settings too', async () => {
    expect((await put(admin, 'round.maxTargetsPerTeam', t.rootId, 4)).statusCode).toBe(200);
    const [audit] = await auditRows(t, {
      action: 'setting.update',
      entityId: 'round.maxTargetsPerTeam',
    });
    expect(audit?.actorName).toBe('admin');
  });
});
