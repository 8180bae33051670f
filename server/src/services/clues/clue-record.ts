import { eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { departments, roundTargets } from '../../db/schema/index.js';
import type { ClueRecord } from './clue-machine.js';
import type { ClueRow } from './find-visible-clue.js';

/** The clue as the machine's guards see it: its round's teams and its receiving department. */
export async function clueRecord(ctx: Ctx, clue: ClueRow): Promise<ClueRow & ClueRecord> {
  const teams = clue.roundId
    ? await dbOf(ctx)
        .select({ teamId: roundTargets.teamId })
        .from(roundTargets)
        .where(eq(roundTargets.roundId, clue.roundId))
    : [];
  const [receiver] = clue.receiverDepartmentId
    ? await dbOf(ctx)
        .select()
        .from(departments)
        .where(eq(departments.id, clue.receiverDepartmentId))
    : [];
  return {
    ...clue,
    teamIds: [...new Set(teams.flatMap((t) => (t.teamId ? [t.teamId] : [])))],
    receiver: receiver ?? null,
  };
}
