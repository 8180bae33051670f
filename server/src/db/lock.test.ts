import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './lock.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xuncha-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('PGlite data directory lock', () => {
  it('refuses a second holder while the first lives, then frees on release', () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(path.join(dir, 'xuncha.lock'))).toBe(false);
    acquireDataDirLock(dir)();
  });

  it('takes over a stale lock left by a dead process', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(path.join(dir, 'xuncha.lock'), dead.stdout.toString());
    const release = acquireDataDirLock(dir);
    expect(readFileSync(path.join(dir, 'xuncha.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('makes a second server process exit with a clear message', () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir);
    try {
      const script = path.resolve(import.meta.dirname, '../main.ts');
      let output = '';
      try {
        execFileSync(process.execPath, ['--import', 'tsx', script], {
          env: { ...process.env, XUNCHA_DATA_DIR: dir, PORT: '0', XUNCHA_DEMO: '' },
          stdio: 'pipe',
          timeout: 60_000,
        });
      } catch (error) {
        const e = error as { status: number; stdout: Buffer; stderr: Buffer };
        expect(e.status).toBe(1);
        output = e.stdout.toString() + e.stderr.toString();
      }
      expect(output).toContain('数据目录');
      expect(output).toContain(String(process.pid));
      expect(existsSync(path.join(dir, 'pglite'))).toBe(false);
    } finally {
      release();
    }
  });
});
