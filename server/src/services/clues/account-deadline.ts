import type { ClueAccount } from '../../core/clue-vocabulary.js';
import type { Ctx } from '../../core/context.js';
import { dueDate } from '../calendar/deadlines.js';
import { getSetting } from '../settings/get-setting.js';

const daysSetting = {
  recorded: 'clue.handOverDays',
  handedOver: 'clue.transferDays',
  transferred: 'clue.acknowledgeDays',
} as const;

/**
 * The deadline of the account a clue has just entered (挂账 past it): hand over, transfer and
 * acknowledge have their settings; 查账 runs to the receiver's feedback date; 销账 has none.
 */
export async function accountDueOn(
  ctx: Ctx,
  jurisdictionId: string,
  account: ClueAccount,
  from: Date,
  feedbackDueOn: string | null = null,
): Promise<string | null> {
  if (account === 'underSupervision') return feedbackDueOn;
  if (account === 'closed') return null;
  const days = await getSetting(ctx, jurisdictionId, daysSetting[account]);
  return dueDate(ctx, jurisdictionId, from, days);
}
