import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { OffsetFileClock } from './clock.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'xuncha-clock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the demo offset clock', () => {
  it('runs ahead by the offset in its file, and at system time without one', async () => {
    const file = path.join(dir, 'offset');
    const clock = new OffsetFileClock(file);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
    writeFileSync(file, String(25 * 3_600_000));
    await new Promise((resolve) => setTimeout(resolve, 250));
    const ahead = clock.now().getTime() - Date.now();
    expect(ahead).toBeGreaterThan(25 * 3_600_000 - 1000);
  });

  it('is honoured only for the demo server', () => {
    const file = path.join(dir, 'offset');
    expect(loadConfig({ XUNCHA_CLOCK_OFFSET_FILE: file }).clockOffsetFile).toBeNull();
    expect(loadConfig({ XUNCHA_DEMO: '1', XUNCHA_CLOCK_OFFSET_FILE: file }).clockOffsetFile).toBe(
      file,
    );
  });
});
