import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { makeUser } from '../../test/factories.js';
import { multipart } from '../../test/assertions.js';
import { backend, createTestApp, type TestApp } from '../../test/test-app.js';
import { dbOf } from '../context.js';

let t: TestApp;
let totpSecret: string;
const fileMarker = `PLANTED-ATTACHMENT-${Date.now()}-机密举报材料`;

beforeAll(async () => {
  t = await createTestApp();
  const session = await (await makeUser(t, 'office_admin')).login();
  totpSecret = (await session.post('/api/auth/totp/setup')).json().secret;
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(fileMarker.repeat(50)),
  ]);
  const upload = multipart('scan.png', png);
  const response = await session.request('POST', '/api/files', upload.payload, {
    headers: upload.headers,
  });
  expect(response.statusCode).toBe(201);
});
afterAll(() => t.close());

/** Everything the database holds, as text (PostgreSQL) or as the raw data directory (PGlite). */
async function databaseDump(): Promise<Buffer> {
  if (backend === 'pglite') {
    return Buffer.from(await (await t.deps.database.dump()).arrayBuffer());
  }
  const db = dbOf(t.system());
  const tables = await queryRows<{ schema: string; name: string }>(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_schema in ('public', 'pgboss', 'drizzle') and table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { schema, name } of tables) {
    const rows = await queryRows<{ row: string }>(
      db,
      sql.raw(`select t::text as row from "${schema}"."${name}" t`),
    );
    parts.push(...rows.map((r) => r.row));
  }
  return Buffer.from(parts.join('\n'));
}

function filesUnder(dir: string): Buffer[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [readFileSync(full)];
  });
}

describe(`data at rest on ${backend}`, () => {
  it('holds no plaintext of a planted TOTP secret anywhere in the database', async () => {
    const dump = await databaseDump();
    expect(dump.length).toBeGreaterThan(1_000);
    expect(dump.includes(Buffer.from(totpSecret))).toBe(false);
  });

  it('holds no plaintext of an uploaded file, neither in the database nor in the file store', async () => {
    const marker = Buffer.from(fileMarker);
    expect((await databaseDump()).includes(marker)).toBe(false);
    const stored = filesUnder(path.join(t.dataDir, 'files'));
    expect(stored.length).toBe(1);
    expect(stored.some((bytes) => bytes.includes(marker))).toBe(false);
  });
});
