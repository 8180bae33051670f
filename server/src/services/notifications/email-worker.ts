import type { AppDeps } from '../../core/context.js';
import { EMAIL_QUEUE } from './notify.js';

export interface EmailJob {
  to: string;
  subject: string;
  text: string;
}

/** Delivers queued notification e-mails (only when SMTP is configured). */
export async function startEmailWorker(deps: Pick<AppDeps, 'jobs' | 'mailer'>): Promise<boolean> {
  const { jobs, mailer } = deps;
  if (!jobs || !mailer) return false;
  await jobs.work<EmailJob>(EMAIL_QUEUE, (message) => mailer.send(message));
  return true;
}
