import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The repository root (npm workspaces live below it). */
export const repoRoot = path.resolve(import.meta.dirname, '../../..');

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  /** Everything the process printed so far (stdout and stderr interleaved). */
  output(): string;
  /** Stops the process (SIGTERM, then SIGKILL); safe to call twice. Keeps the data dir. */
  stop(): Promise<void>;
  /** stop() and delete the data dir. */
  dispose(): Promise<void>;
  /** Moves the server's clock forward (only with `movableClock`); sessions may expire. */
  advanceClock(ms: number): Promise<void>;
}

export interface StartOptions {
  demo?: boolean;
  /** The demo server's clock follows an offset file the test can move (XUNCHA_CLOCK_OFFSET_FILE). */
  movableClock?: boolean;
  /** Run on this PostgreSQL database instead of the embedded PGlite (support/postgres.ts). */
  databaseUrl?: string;
}

const HEALTH_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

// Children still alive when the test process leaves (a crash, an interrupted run) go with it.
const alive = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of alive) child.kill('SIGKILL');
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The parent's environment without any Xuncha or database settings of its own. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('XUNCHA_') || key === 'DATABASE_URL' || key === 'PORT' || key === 'HOST') {
      delete env[key];
    }
  }
  return env;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `node server/dist/main.js` on a free port with a fresh temporary data dir. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'xuncha-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const clockFile = path.join(dataDir, 'clock-offset-ms');
  let clockOffset = 0;
  const child = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: repoRoot,
    env: {
      ...cleanEnv(),
      PORT: String(port),
      HOST: '127.0.0.1',
      XUNCHA_DATA_DIR: dataDir,
      XUNCHA_LOGIN_RATE_LIMIT: '1000',
      LOG_LEVEL: 'warn',
      ...(options.demo ? { XUNCHA_DEMO: '1' } : {}),
      ...(options.movableClock ? { XUNCHA_CLOCK_OFFSET_FILE: clockFile } : {}),
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  alive.add(child);
  let log = '';
  let stopping = false;
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.once('exit', (code, signal) => {
    alive.delete(child);
    // A server that dies under a test would otherwise only show up as "connection refused".
    if (!stopping) console.error(`e2e: server exited unexpectedly (${code ?? signal}):\n${log}`);
  });

  const stop = async () => {
    stopping = true;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = exited(child);
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await gone;
    clearTimeout(timer);
  };
  const server: RunningServer = {
    baseUrl,
    dataDir,
    output: () => log,
    stop,
    advanceClock: async (ms: number) => {
      if (!options.movableClock) throw new Error('start the server with movableClock');
      clockOffset += ms;
      await writeFile(clockFile, String(clockOffset));
      // The server re-reads the file at most every 200 ms.
      await sleep(400);
    },
    dispose: async () => {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await server.dispose();
      throw new Error(`server exited before it was healthy:\n${log}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return server;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await server.dispose();
  throw new Error(`server not healthy within ${HEALTH_TIMEOUT_MS} ms:\n${log}`);
}

export interface CommandResult {
  code: number | null;
  output: string;
}

/** `npm run audit:verify` against one data dir (the server using it must be stopped). */
export async function runAuditVerify(dataDir: string): Promise<CommandResult> {
  const child = spawn('npm', ['run', 'audit:verify'], {
    cwd: repoRoot,
    env: { ...cleanEnv(), XUNCHA_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  alive.add(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // A wedged check must not hang the suite: kill it well inside the test timeout.
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  // 'close' (not 'exit') so that the output has been read to the end.
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  alive.delete(child);
  return { code, output };
}
