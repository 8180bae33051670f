import { sql } from 'drizzle-orm';
import { cstDate } from '../../core/calendar.js';
import { now, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { queryRows } from '../../db/client.js';
import { dbOf } from '../../core/context.js';
import { roundPolicy } from '../../policies/round-policy.js';
import { termFor } from './terms.js';

const DAY_MS = 86_400_000;

/**
 * `GET /api/coverage` (全覆盖): every unit of the jurisdiction, when it was last inspected, whether
 * inside the term; the term's coverage in %; the units not yet inspected with the days left in
 * the term (未巡察预警). A unit counts as inspected once a round with it as target went on site.
 */
export async function termCoverage(ctx: Ctx, input: { termId?: string }) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (!roundPolicy.canReadAll(actor, actor.jurisdictionId)) throw forbidden();
  const term = await termFor(ctx, actor.jurisdictionId, input.termId);
  const rows = await queryRows<{
    id: string;
    name: string;
    type: string;
    last_inspected_on: string | null;
    inspected_in_term: boolean;
  }>(
    dbOf(ctx),
    sql`select u.id, u.name, u.type,
          max(r.starts_on)::text as last_inspected_on,
          coalesce(bool_or(r.starts_on between ${term.startsOn}::date and ${term.endsOn}::date), false)
            as inspected_in_term
        from units u
        left join round_targets rt on rt.unit_id = u.id
        left join rounds r on r.id = rt.round_id and r.stage <> 'preparation' and r.starts_on is not null
        where u.jurisdiction_id = ${actor.jurisdictionId}
          and u.type not in ('village', 'community')
        group by u.id, u.name, u.type
        order by u.name`,
  );
  const today = cstDate(now(ctx));
  const daysLeft = Math.max(0, Math.round((Date.parse(term.endsOn) - Date.parse(today)) / DAY_MS));
  const inspected = rows.filter((r) => r.inspected_in_term).length;
  return {
    term,
    total: rows.length,
    inspected,
    percent: rows.length ? Math.round((inspected / rows.length) * 1000) / 10 : 0,
    daysLeft,
    units: rows.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      lastInspectedOn: r.last_inspected_on,
      inspectedInTerm: r.inspected_in_term,
    })),
  };
}
