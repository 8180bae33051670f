import { afterAll, beforeAll, it } from 'vitest';
import { dbOf } from '../../core/context.js';
import { inspectors, units } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { loadDemoData } from './demo-data.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.system(), t.rootId);
});
afterAll(() => t.close());
it('scratch', async () => {
  const rows = await dbOf(t.system()).select().from(inspectors);
  rows.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  for (const r of rows) console.log([r.name, r.gender, r.specialties.join('/'), r.rank, r.currentUnit, r.hometown, r.region, r.available].join(' | '));
  const u = await dbOf(t.system()).select().from(units);
  console.log(u.length);
});
