import type { ClueAccount } from '../../core/clue-vocabulary.js';
import { now, type Ctx } from '../../core/context.js';
import type { clues } from '../../db/schema/index.js';
import { accountDueOn } from './account-deadline.js';

const reachedAt = {
  recorded: null,
  handedOver: 'handedOverAt',
  transferred: 'transferredAt',
  underSupervision: 'supervisedAt',
  closed: 'closedAt',
} as const;

/**
 * The columns every step sets: movement (clears 挂账/呆账), and when the account changes, the
 * time it was reached and the new account's deadline.
 */
export async function movePatch(
  ctx: Ctx,
  clue: { jurisdictionId: string; state: ClueAccount },
  to: ClueAccount,
  feedbackDueOn: string | null = null,
): Promise<Partial<typeof clues.$inferInsert>> {
  const at = now(ctx);
  const patch: Partial<typeof clues.$inferInsert> = { lastMovedAt: at, stall: null };
  if (to === clue.state) return patch;
  const column = reachedAt[to];
  return {
    ...patch,
    ...(column ? { [column]: at } : {}),
    accountSince: at,
    accountDueOn: await accountDueOn(ctx, clue.jurisdictionId, to, at, feedbackDueOn),
  };
}
