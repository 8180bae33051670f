import { and, eq, notInArray } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { inspectors, roundTeamMembers } from '../../db/schema/index.js';
import { findRecusalConflicts } from '../recusal/check-recusal.js';
import { staffableTeam } from './team-members.js';

/**
 * `GET /api/rounds/:id/teams/:teamId/suggestions`: eligible, available inspectors not yet on the
 * round and without any recusal conflict for the team's targets, best specialty match first.
 */
export async function suggestTeamMembers(
  ctx: Ctx,
  roundId: string,
  teamId: string,
  input: { specialties?: string[]; limit?: number },
) {
  const { round, unitIds } = await staffableTeam(ctx, roundId, teamId);
  const taken = await dbOf(ctx)
    .select({ id: roundTeamMembers.inspectorId })
    .from(roundTeamMembers)
    .where(eq(roundTeamMembers.roundId, round.id));
  const pool = await dbOf(ctx)
    .select()
    .from(inspectors)
    .where(
      and(
        eq(inspectors.jurisdictionId, round.jurisdictionId),
        eq(inspectors.eligible, true),
        eq(inspectors.available, true),
        taken.length
          ? notInArray(
              inspectors.id,
              taken.map((t) => t.id),
            )
          : undefined,
      ),
    );
  const wanted = input.specialties ?? [];
  const ranked = pool
    .map((i) => ({ inspector: i, matches: i.specialties.filter((s) => wanted.includes(s)) }))
    .sort(
      (a, b) =>
        b.matches.length - a.matches.length ||
        a.inspector.name.localeCompare(b.inspector.name, 'zh'),
    );
  const items = [];
  for (const { inspector, matches } of ranked) {
    if (items.length >= (input.limit ?? 10)) break;
    const conflicts = await findRecusalConflicts(ctx, {
      inspectorId: inspector.id,
      unitIds,
      roundId: round.id,
    });
    if (conflicts.length) continue;
    items.push({
      inspectorId: inspector.id,
      name: inspector.name,
      rank: inspector.rank,
      specialties: inspector.specialties,
      matchedSpecialties: matches,
    });
  }
  return { items };
}
