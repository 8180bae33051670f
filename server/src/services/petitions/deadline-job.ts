import type { AppDeps } from '../../core/context.js';
import { scheduleScan } from '../../core/jobs/scheduled-scan.js';
import { PETITION_DEADLINE_QUEUE, scanPetitionDeadlines } from './deadlines.js';

/** Scans petition deadlines every 30 minutes. */
export const startPetitionDeadlineJob = (deps: AppDeps) =>
  scheduleScan(deps, PETITION_DEADLINE_QUEUE, '*/30 * * * *', scanPetitionDeadlines);
