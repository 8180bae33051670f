import path from 'node:path';
import { readFileSync } from 'node:fs';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  demo: boolean;
  masterKey: string | null;
  previousMasterKeys: string[];
  /** Key of the keyed hashes (petitioner comparison); default: file <data>/hash.key. */
  hashKey: string | null;
  rootJurisdictionName: string;
  cookieSecure: boolean;
  smtpUrl: string | null;
  smtpFrom: string;
  webDistDir: string | null;
  /** The address the public reaches the system at (QR posters); default: the caller's. */
  publicUrl: string | null;
  version: string;
  /** Jobs (pg-boss) are started by main; tests start them where they need them. */
  jobs: boolean;
  /** Login attempts per client IP and minute (on top of the per-name lockout). */
  loginRateLimitPerMinute: number;
  /** Demo only: a file holding a clock offset in ms, for browser tests that move time. */
  clockOffsetFile: string | null;
}

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'yes';
}

export const appVersion: string = (() => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
})();

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    port,
    host: env.HOST ?? 'localhost',
    // npm runs workspace scripts inside the workspace; INIT_CWD is where the user typed.
    dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), env.XUNCHA_DATA_DIR ?? 'data'),
    databaseUrl,
    demo: flag(env.XUNCHA_DEMO),
    masterKey: env.XUNCHA_MASTER_KEY?.trim() || null,
    hashKey: env.XUNCHA_HASH_KEY?.trim() || null,
    previousMasterKeys: (env.XUNCHA_PREVIOUS_MASTER_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    rootJurisdictionName: env.XUNCHA_ROOT_JURISDICTION ?? '本级辖区',
    cookieSecure: flag(env.XUNCHA_COOKIE_SECURE),
    smtpUrl: env.XUNCHA_SMTP_URL?.trim() || null,
    smtpFrom: env.XUNCHA_SMTP_FROM ?? 'xuncha@localhost',
    webDistDir: env.XUNCHA_WEB_DIST ?? path.resolve(import.meta.dirname, '../../web/dist'),
    publicUrl: env.XUNCHA_PUBLIC_URL?.trim() || null,
    version: appVersion,
    jobs: true,
    loginRateLimitPerMinute: Number(env.XUNCHA_LOGIN_RATE_LIMIT ?? 20),
    // Never on a real database: time travel is for the demo that browser tests drive.
    clockOffsetFile: flag(env.XUNCHA_DEMO) ? env.XUNCHA_CLOCK_OFFSET_FILE?.trim() || null : null,
  };
}
