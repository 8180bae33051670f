import path from 'node:path';
import pino from 'pino';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { systemContext } from './core/context.js';
import { OffsetFileClock } from './core/clock.js';
import { openDeps } from './core/deps.js';
import { DataDirLockedError } from './db/lock.js';
import { loadDemoData } from './services/bootstrap/demo-data.js';
import { ensureFirstStart } from './services/bootstrap/first-start.js';
import { startEmailWorker } from './services/notifications/email-worker.js';
import { startClueLedgerJob } from './services/clues/ledger-scan.js';
import { startRectificationJob } from './services/rectification/escalate.js';
import { startPetitionDeadlineJob } from './services/petitions/deadline-job.js';

async function main() {
  const env = { ...process.env };
  // The demo keeps its own data directory, so demo accounts never appear in a real one.
  if (env.XUNCHA_DEMO === '1' && !env.XUNCHA_DATA_DIR)
    env.XUNCHA_DATA_DIR = path.join('data', 'demo');
  const config = loadConfig(env);
  const log = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  let deps;
  try {
    deps = await openDeps(
      config,
      log,
      config.clockOffsetFile ? { clock: new OffsetFileClock(config.clockOffsetFile) } : {},
    );
    if (config.clockOffsetFile) log.warn('demo clock follows %s', config.clockOffsetFile);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      log.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }
  const ctx = systemContext(deps, 'startup');
  const first = await ensureFirstStart(ctx, {
    rootName: config.demo ? '清河县' : config.rootJurisdictionName,
    writePasswordFile: !config.demo,
  });
  if (first.adminPassword && !config.demo) {
    const file = path.join(config.dataDir, 'initial-admin.txt');
    console.log(
      `\n初始管理员账号 admin，密码：${first.adminPassword}\n（仅显示一次，已写入 ${file}，权限 0600）\n`,
    );
  }
  if (config.demo && (await loadDemoData(ctx, first.rootJurisdictionId))) {
    log.info('demo data loaded (清河县); every demo account uses the password Demo#2026xc');
  }
  await startEmailWorker(deps);
  await startPetitionDeadlineJob(deps);
  await startClueLedgerJob(deps);
  await startRectificationJob(deps);
  const app = await buildApp(deps, { logger: log });
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    // A client that never reads its response must not hold the process forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    await deps.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  log.info(
    `巡察信访一体化监督平台 listening on http://localhost:${config.port} (${deps.database.kind})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
