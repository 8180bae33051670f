import { sql } from 'drizzle-orm';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { queryRows } from '../../db/client.js';
import { roundPolicy } from '../../policies/round-policy.js';
import { getSetting } from '../settings/get-setting.js';

const YEAR_MS = 365.25 * 86_400_000;
/** Never inspected counts as this many years (a unit never visited ranks high, not infinitely). */
const NEVER_INSPECTED_YEARS = 5;

/**
 * `GET /api/target-ranking` (摸底、筛选和排队, source §2): a score per unit from the evidence —
 * petitions about it in the last two years (repeated ones count again), open clues, failed or
 * overdue rectification, years since its last inspection — each component shown with its weight
 * (settings ranking.weight*). Rectification counts the unit's items past their deadline and not
 * closed, and those a follow-up visit (回头看) found not done.
 */
export async function targetRanking(ctx: Ctx, input: { limit?: number }) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const jurisdictionId = actor.jurisdictionId;
  if (!roundPolicy.canReadAll(actor, jurisdictionId)) throw forbidden();
  const today = cstDate(now(ctx));
  const since = new Date(Date.parse(today) - 2 * YEAR_MS).toISOString().slice(0, 10);
  const rows = await queryRows<{
    id: string;
    name: string;
    type: string;
    petitions: number;
    repeated: number;
    open_clues: number;
    overdue_items: number;
    last_inspected_on: string | null;
  }>(
    dbOf(ctx),
    sql`select u.id, u.name, u.type,
          (select count(distinct p.id)::int from petition_accused pa
             join petitions p on p.id = pa.petition_id
            where pa.unit_id = u.id and p.received_on >= ${since}::date
              and p.state <> 'not_accepted') as petitions,
          (select count(distinct p.id)::int from petition_accused pa
             join petitions p on p.id = pa.petition_id
            where pa.unit_id = u.id and p.received_on >= ${since}::date
              and p.case_group_id is not null) as repeated,
          (select count(*)::int from clues c
            where c.accused_unit_id = u.id and c.account <> 'closed') as open_clues,
          (select count(*)::int from rectification_items i
             join rectification_plans rp on rp.id = i.plan_id
            where rp.unit_id = u.id and ((i.state <> 'closed' and i.due_on < ${today}::date)
                                        or i.reopened_at is not null)) as overdue_items,
          (select max(r.starts_on)::text from round_targets rt join rounds r on r.id = rt.round_id
            where rt.unit_id = u.id and r.stage <> 'preparation') as last_inspected_on
        from units u
        where u.jurisdiction_id = ${jurisdictionId}`,
  );
  const weight = {
    petitions: await getSetting(ctx, jurisdictionId, 'ranking.weightPetitions'),
    clues: await getSetting(ctx, jurisdictionId, 'ranking.weightClues'),
    rectification: await getSetting(ctx, jurisdictionId, 'ranking.weightRectification'),
    years: await getSetting(ctx, jurisdictionId, 'ranking.weightYearsSinceInspection'),
  };
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const items = rows.map((r) => {
    const years = r.last_inspected_on
      ? Math.min(
          NEVER_INSPECTED_YEARS,
          (Date.parse(today) - Date.parse(r.last_inspected_on)) / YEAR_MS,
        )
      : NEVER_INSPECTED_YEARS;
    const components = (
      [
        {
          key: 'petitions',
          value: Number(r.petitions) + Number(r.repeated),
          weight: weight.petitions,
        },
        { key: 'clues', value: Number(r.open_clues), weight: weight.clues },
        { key: 'rectification', value: Number(r.overdue_items), weight: weight.rectification },
        { key: 'yearsSinceInspection', value: round1(years), weight: weight.years },
      ] as const
    ).map((c) => ({ ...c, points: round1(c.value * c.weight) }));
    return {
      unitId: r.id,
      unitName: r.name,
      unitType: r.type,
      lastInspectedOn: r.last_inspected_on,
      petitions: Number(r.petitions),
      repeatedPetitions: Number(r.repeated),
      score: round1(components.reduce((sum, c) => sum + c.points, 0)),
      components,
    };
  });
  items.sort((a, b) => b.score - a.score || a.unitName.localeCompare(b.unitName, 'zh'));
  return { items: items.slice(0, input.limit ?? 100) };
}
