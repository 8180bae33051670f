import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { emitAudit } from '../core/audit/emit-audit.js';
import { systemContext, withTransaction } from '../core/context.js';
import { openDeps } from '../core/deps.js';

const script = path.resolve(import.meta.dirname, 'audit-verify.ts');
let dataDir: string;

function runCli(): { code: number; output: string } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, XUNCHA_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: 'pipe',
      timeout: 60_000,
    });
    return { code: 0, output: out.toString() };
  } catch (error) {
    const e = error as { status: number; stdout: Buffer; stderr: Buffer };
    return { code: e.status, output: e.stdout.toString() + e.stderr.toString() };
  }
}

async function withDeps(fn: (deps: Awaited<ReturnType<typeof openDeps>>) => Promise<void>) {
  const config = { ...loadConfig({ XUNCHA_DATA_DIR: dataDir }), jobs: false };
  const deps = await openDeps(config, pino({ level: 'silent' }));
  try {
    await fn(deps);
  } finally {
    await deps.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'xuncha-cli-'));
  await withDeps(async (deps) => {
    for (let i = 1; i <= 4; i += 1) {
      await withTransaction(systemContext(deps), (ctx) =>
        emitAudit(ctx, { action: 'unit.update', entityId: `e${i}`, detail: { i } }),
      );
    }
  });
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run audit:verify', () => {
  it('reports an intact chain with exit code 0', () => {
    const { code, output } = runCli();
    expect(output).toContain('audit chain intact');
    expect(output).toContain('4 rows checked');
    expect(code).toBe(0);
  });

  it('names the first tampered row and exits 1', async () => {
    await withDeps(async (deps) => {
      const db = deps.database.db;
      await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
      await db.execute(sql`update audit_log set actor_name = 'mallory' where entity_id = 'e3'`);
    });
    const { code, output } = runCli();
    expect(output).toContain('BROKEN');
    expect(output).toContain('seq=3');
    expect(code).toBe(1);
  });
});
