import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The local PostgreSQL server (CI and developer machines: trust auth), as the server tests use. */
const adminUrl = process.env.XUNCHA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PREFIX = 'xuncha_e2e_';

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh UTF-8 database of our own for one browser test, and how to drop it afterwards. */
export async function createE2eDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) =>
    c.query(
      `create database ${name} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`,
    ),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdmin((c) => c.query(`drop database if exists ${name} with (force)`)).then(
        () => undefined,
      ),
  };
}

/** Every text of every row of `table`, for proving what is not stored. */
export async function rowsAsText(databaseUrl: string, table: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ j: string }>(
      `select row_to_json(x)::text as j from ${pg.escapeIdentifier(table)} x`,
    );
    return result.rows.map((r) => r.j);
  } finally {
    await client.end();
  }
}
