import { systemContext, type AppDeps, type Ctx } from '../context.js';

/**
 * A periodic scan: one worker on `queue` running `scan` as the system (pg-boss cron, one run at
 * a time cluster-wide), logging what it found. Nothing when jobs are off (tests, tools).
 */
export async function scheduleScan(
  deps: AppDeps,
  queue: string,
  cron: string,
  scan: (ctx: Ctx) => Promise<object>,
): Promise<void> {
  const jobs = deps.jobs;
  if (!jobs) return;
  await jobs.work(queue, async () => {
    deps.log.info(await scan(systemContext(deps)), `${queue} scan`);
  });
  await jobs.schedule(queue, cron);
}
