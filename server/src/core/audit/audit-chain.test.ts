import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { dbOf, withTransaction } from '../context.js';
import { emitAudit } from './emit-audit.js';
import { verifyAuditChain } from './verify-chain.js';
import { REDACTED } from './redact.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (let i = 0; i < 5; i += 1) {
    await withTransaction(t.system(), (ctx) =>
      emitAudit(ctx, {
        action: 'unit.update',
        entityType: 'unit',
        entityId: `u${i}`,
        detail: { n: i, password: 'never-stored', nested: { phone: '13800138000' } },
      }),
    );
  }
});
afterAll(() => t.close());

describe('audit chain', () => {
  it('is intact after normal writes', async () => {
    const report = await verifyAuditChain(dbOf(t.system()));
    expect(report).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(report.checked).toBeGreaterThanOrEqual(6);
  });

  it('redacts sensitive fields at any depth', async () => {
    const rows = {
      rows: await queryRows<{ detail: Record<string, unknown> }>(
        dbOf(t.system()),
        sql`select detail from audit_log where entity_id = 'u1'`,
      ),
    };
    expect(rows.rows[0]!.detail).toMatchObject({
      n: 1,
      password: REDACTED,
      nested: { phone: REDACTED },
    });
    expect(JSON.stringify(rows.rows)).not.toContain('never-stored');
  });

  it('refuses UPDATE and DELETE from the application', async () => {
    const db = dbOf(t.system());
    await expect(
      db.execute(sql`update audit_log set action = 'x' where seq = 1`),
    ).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses to write an audit row outside a transaction', async () => {
    await expect(emitAudit(t.system(), { action: 'unit.update' })).rejects.toThrow(/transaction/);
  });

  it('names the first broken row when someone tampers with raw SQL', async () => {
    const db = dbOf(t.system());
    const [row] = await queryRows<{ seq: number }>(
      db,
      sql`select seq from audit_log where entity_id = 'u2'`,
    );
    const seq = row!.seq;
    // An attacker with database access disables the guard and edits history.
    await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await db.execute(sql`update audit_log set detail = '{"n": 99}'::jsonb where entity_id = 'u2'`);
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(Number(report.firstBrokenSeq)).toBe(Number(seq));
    expect(report.reason).toMatch(/hash/);
  });
});
