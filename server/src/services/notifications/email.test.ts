import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf, withTransaction, type Ctx } from '../../core/context.js';
import type { Mailer } from '../../core/mailer.js';
import { users } from '../../db/schema/index.js';
import { makeUser } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { startEmailWorker, type EmailJob } from './email-worker.js';
import { notify } from './notify.js';

let t: TestApp;
const sent: EmailJob[] = [];
let delivered: () => void;
const arrived = new Promise<void>((resolve) => (delivered = resolve));
const mailer: Mailer = {
  send: async (message) => {
    sent.push(message);
    delivered();
  },
};

beforeAll(async () => {
  t = await createTestApp({ jobs: true });
  await startEmailWorker({ jobs: t.deps.jobs, mailer });
});
afterAll(() => t.close());

describe('notification e-mail', () => {
  it('queues a mail after commit for users with an address when SMTP is configured', async () => {
    const withMail = await makeUser(t, 'office_admin');
    const withoutMail = await makeUser(t, 'office_admin');
    await dbOf(t.system())
      .update(users)
      .set({ email: 'office@example.test' })
      .where(eq(users.id, withMail.id));
    const ctx: Ctx = { ...t.system(), deps: { ...t.deps, mailer } };
    await withTransaction(ctx, (ctx) =>
      notify(ctx, [withMail.id, withoutMail.id], {
        kind: 'test',
        title: '信访件即将到期',
        body: '请及时办理',
      }),
    );
    await arrived;
    expect(sent).toEqual([
      { to: 'office@example.test', subject: '信访件即将到期', text: '请及时办理' },
    ]);
  });

  it('sends nothing and starts no worker without SMTP', async () => {
    expect(await startEmailWorker({ jobs: t.deps.jobs, mailer: null })).toBe(false);
  });
});
