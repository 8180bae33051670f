import { cstDate } from '../../core/calendar.js';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { clueMembers, clues } from '../../db/schema/index.js';
import { nextNumber } from '../petitions/next-code.js';
import { accountDueOn } from './account-deadline.js';

export type NewClue = Omit<
  typeof clues.$inferInsert,
  'id' | 'code' | 'jurisdictionId' | 'prioritized' | 'state' | 'createdAt' | 'updatedAt'
> & { jurisdictionId: string };

/**
 * Every clue enters the ledger here (报账): numbered XS<year><serial>, prioritized when found by
 * inspection (source §9 优先处置: raised in a round), with its 报账 deadline, audited.
 */
export async function insertClue(
  ctx: Ctx,
  values: NewClue,
  options: { memberIds?: readonly string[]; audit?: Record<string, unknown> } = {},
): Promise<{ id: string; code: string }> {
  return withTransaction(ctx, async (ctx) => {
    const at = now(ctx);
    const year = Number(cstDate(at).slice(0, 4));
    const serial = await nextNumber(ctx, values.jurisdictionId, 'clue', year);
    const [clue] = await dbOf(ctx)
      .insert(clues)
      .values({
        ...values,
        code: `XS${year}${String(serial).padStart(5, '0')}`,
        prioritized: values.roundId != null,
        accountSince: at,
        lastMovedAt: at,
        accountDueOn: await accountDueOn(ctx, values.jurisdictionId, 'recorded', at),
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: clues.id, code: clues.code });
    const members = new Set(options.memberIds ?? []);
    if (values.confidential && values.createdBy) members.add(values.createdBy);
    if (members.size)
      await dbOf(ctx)
        .insert(clueMembers)
        .values([...members].map((userId) => ({ clueId: clue!.id, userId, createdAt: at })))
        .onConflictDoNothing();
    await emitAudit(ctx, {
      action: 'clue.create',
      entityType: 'clue',
      entityId: clue!.id,
      jurisdictionId: values.jurisdictionId,
      detail: { code: clue!.code, source: values.source, ...options.audit },
    });
    return clue!;
  });
}
