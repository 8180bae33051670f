import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { verifyAuditChain } from '../core/audit/verify-chain.js';
import { openPglite, openPostgres, type Database } from '../db/client.js';
import { acquireDataDirLock, DataDirLockedError } from '../db/lock.js';

/**
 * `npm run audit:verify`: recomputes the audit hash chain and names the first broken row.
 * Checks DATABASE_URL when set, otherwise the PGlite directories ./data and ./data/demo
 * (XUNCHA_DATA_DIR overrides). Exit code 0 intact, 1 broken, 2 could not check.
 */
async function verifyOne(label: string, open: () => Promise<Database>): Promise<number> {
  let database: Database | null = null;
  try {
    database = await open();
    const report = await verifyAuditChain(database.db);
    if (report.ok) {
      console.log(`✔ ${label}: 审计日志完整 (audit chain intact), ${report.checked} rows checked`);
      return 0;
    }
    console.log(
      `✘ ${label}: 审计日志被篡改 (audit chain BROKEN) at row seq=${report.firstBrokenSeq}: ${report.reason}` +
        ` (${report.checked} rows verified before it)`,
    );
    return 1;
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.log(
        `! ${label}: ${error.message} 请先停止服务，或在“审计日志”页面点击“校验完整性”。`,
      );
    } else {
      console.log(`! ${label}: ${(error as Error).message}`);
    }
    return 2;
  } finally {
    await database?.close();
  }
}

async function main() {
  const config = loadConfig();
  if (config.databaseUrl) {
    process.exit(await verifyOne('PostgreSQL', async () => openPostgres(config.databaseUrl!, 1)));
  }
  const dirs = process.env.XUNCHA_DATA_DIR
    ? [config.dataDir]
    : [config.dataDir, path.join(config.dataDir, 'demo')];
  const present = dirs.filter((dir) => existsSync(path.join(dir, 'pglite')));
  if (present.length === 0) {
    console.log(`! no database found in ${dirs.join(' or ')}; start the system once first`);
    process.exit(2);
  }
  let worst = 0;
  for (const dir of present) {
    const code = await verifyOne(dir, async () => {
      const release = acquireDataDirLock(dir);
      const database = await openPglite(path.join(dir, 'pglite'));
      return { ...database, close: async () => (await database.close(), release()) };
    });
    worst = Math.max(worst, code);
  }
  process.exit(worst);
}

void main();
