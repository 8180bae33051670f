import { sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { dbOf } from '../core/context.js';
import type { Problem } from '../http/problem.js';
import type { TestApp } from './test-app.js';

/**
 * Shared checks for API tests. Route tests may not import drizzle or the schema (the layering
 * lint rule covers them too), so the few raw reads they need to prove "nothing changed" live here.
 */

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request without any session (the 401 case of every endpoint). */
export function anonymous(t: TestApp, method: Method, url: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
  });
}

/** Asserts an RFC 9457 problem with the status (and code), and that it leaks no internals. */
export function expectProblem(
  response: LightMyRequestResponse,
  status: number,
  code?: string,
): Problem {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json<Problem>();
  expect(problem).toMatchObject({
    type: expect.stringMatching(/^urn:xuncha:problem:/) as unknown,
    title: expect.any(String) as unknown,
    status,
    detail: expect.any(String) as unknown,
    instance: expect.stringMatching(/^\//) as unknown,
    requestId: response.headers['x-request-id'],
  });
  if (code) expect(problem.code).toBe(code);
  expect(response.body).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.ts:\d+|stack/i);
  return problem;
}

/** The tables tests look into directly. */
export type TableName =
  | 'users'
  | 'sessions'
  | 'jurisdictions'
  | 'departments'
  | 'units'
  | 'cadres'
  | 'settings'
  | 'calendar_days'
  | 'notifications'
  | 'stored_files'
  | 'audit_log'
  | 'petitions'
  | 'petition_attachments'
  | 'access_requests'
  | 'rounds'
  | 'clues'
  | 'rectification_plans'
  | 'rectification_items'
  | 'common_problems';

async function rows(t: TestApp, query: ReturnType<typeof sql>) {
  const result: unknown = await dbOf(t.system()).execute(query);
  return (result as { rows: Record<string, unknown>[] }).rows;
}

/** A row by primary key `id`, as stored (snake_case columns). */
export async function rowById(
  t: TestApp,
  table: TableName,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await rows(t, sql`select * from ${sql.identifier(table)} where id = ${id}`);
  return row;
}

export async function countRows(t: TestApp, table: TableName): Promise<number> {
  const [row] = await rows(t, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return Number(row?.n ?? 0);
}

export interface StoredAuditRow {
  seq: number;
  action: string;
  actorName: string | null;
  entityType: string | null;
  entityId: string | null;
  jurisdictionId: string | null;
  detail: unknown;
}

/** Audit rows (newest first), optionally of one action and/or entity. */
export async function auditRows(
  t: TestApp,
  filter: { action?: string; entityId?: string } = {},
): Promise<StoredAuditRow[]> {
  const found = await rows(
    t,
    sql`select seq, action, actor_name, entity_type, entity_id, jurisdiction_id, detail
        from audit_log
        where (${filter.action ?? null}::text is null or action = ${filter.action ?? null})
          and (${filter.entityId ?? null}::text is null or entity_id = ${filter.entityId ?? null})
        order by seq desc`,
  );
  return found.map((r) => ({
    seq: Number(r.seq),
    action: String(r.action),
    actorName: (r.actor_name as string | null) ?? null,
    entityType: (r.entity_type as string | null) ?? null,
    entityId: (r.entity_id as string | null) ?? null,
    jurisdictionId: (r.jurisdiction_id as string | null) ?? null,
    detail: r.detail,
  }));
}

/** Live (not revoked) sessions of a user. */
export async function liveSessionCount(t: TestApp, userId: string): Promise<number> {
  const [row] = await rows(
    t,
    sql`select count(*)::int as n from sessions where user_id = ${userId} and revoked_at is null`,
  );
  return Number(row?.n ?? 0);
}

/** A multipart/form-data body with one file field `file` (a buffer, or a stream for big ones). */
export function multipart(filename: string, content: Buffer | Readable) {
  const boundary = `----xuncha${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${filename}"\r\n` +
      `content-type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const payload = Buffer.isBuffer(content)
    ? Buffer.concat([head, content, tail])
    : Readable.from(
        (async function* () {
          yield head;
          for await (const chunk of content) yield chunk as Buffer;
          yield tail;
        })(),
      );
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
