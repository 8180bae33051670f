import { and, desc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import type { problemFocuses } from '../../core/petition-vocabulary.js';
import { findings, rectificationPlans, rounds, units } from '../../db/schema/index.js';
import { coveredJurisdictions } from '../../policies/checks.js';
import { commonProblemSupervisors } from '../../policies/common-problem-policy.js';

/**
 * `GET /api/common-problems/candidate-findings`: the fed-back findings (those with a rectification
 * plan) of the office's jurisdictions, searchable by words and focus, newest first (up to 200),
 * for picking the problem several units share.
 */
export async function listCandidateFindings(
  ctx: Ctx,
  input: { q?: string; focus?: (typeof problemFocuses)[number] },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const offices = coveredJurisdictions(actor, commonProblemSupervisors);
  if (offices.length === 0) throw forbidden('只有巡察办可以确定共性问题');
  const words = (input.q ?? '').trim().split(/\s+/).filter(Boolean);
  const where: SQL = and(
    inArray(rectificationPlans.jurisdictionId, offices),
    input.focus ? eq(findings.focus, input.focus) : undefined,
    ...words.map((w) => ilike(findings.problem, `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)),
  )!;
  const rows = await dbOf(ctx)
    .select({
      id: findings.id,
      problem: findings.problem,
      focus: findings.focus,
      unitId: findings.unitId,
      unitName: units.name,
      roundId: findings.roundId,
      roundName: rounds.name,
    })
    .from(findings)
    .innerJoin(
      rectificationPlans,
      and(
        eq(rectificationPlans.roundId, findings.roundId),
        eq(rectificationPlans.unitId, findings.unitId),
      ),
    )
    .innerJoin(units, eq(units.id, findings.unitId))
    .innerJoin(rounds, eq(rounds.id, findings.roundId))
    .where(where)
    .orderBy(desc(findings.createdAt))
    .limit(200);
  return { items: rows };
}
