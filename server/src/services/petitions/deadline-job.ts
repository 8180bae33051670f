import { systemContext, type AppDeps } from '../../core/context.js';
import { PETITION_DEADLINE_QUEUE, scanPetitionDeadlines } from './deadlines.js';

/** Scans petition deadlines every 30 minutes (pg-boss cron; one run at a time cluster-wide). */
export async function startPetitionDeadlineJob(deps: AppDeps): Promise<void> {
  const jobs = deps.jobs;
  if (!jobs) return;
  await jobs.work(PETITION_DEADLINE_QUEUE, async () => {
    const result = await scanPetitionDeadlines(systemContext(deps));
    deps.log.info(result, 'petition deadline scan');
  });
  await jobs.schedule(PETITION_DEADLINE_QUEUE, '*/30 * * * *');
}
