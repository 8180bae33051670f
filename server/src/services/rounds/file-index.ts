import { sql } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { queryRows } from '../../db/client.js';
import { findVisibleRound } from './find-visible-round.js';

/**
 * `GET /api/rounds/:id/file-index` (立卷归案): the index of every record of the round — briefings,
 * on-site records by method, findings, reports, petitions received in the round or about its
 * targets, clues — with the counts the archive cover sheet shows.
 */
export async function roundFileIndex(ctx: Ctx, roundId: string) {
  const { round } = await findVisibleRound(ctx, roundId);
  const db = dbOf(ctx);
  const byMethod = await queryRows<{ method: string; n: number }>(
    db,
    sql`select method, count(*)::int as n from activities where round_id = ${round.id} group by method`,
  );
  const [counts] = await queryRows<{
    briefings: number;
    findings: number;
    reports: number;
    petitions: number;
    clues: number;
    members: number;
  }>(
    db,
    sql`select
      (select count(*)::int from briefings where round_id = ${round.id}) as briefings,
      (select count(*)::int from findings where round_id = ${round.id}) as findings,
      (select count(*)::int from round_reports where round_id = ${round.id}) as reports,
      (select count(distinct p.id)::int from petitions p
        where p.round_id = ${round.id}
           or exists (select 1 from petition_accused pa join round_targets rt on rt.unit_id = pa.unit_id
                      where pa.petition_id = p.id and rt.round_id = ${round.id})) as petitions,
      (select count(*)::int from clues where round_id = ${round.id}) as clues,
      (select count(*)::int from round_team_members where round_id = ${round.id}) as members`,
  );
  type Kind = 'briefing' | 'activity' | 'finding' | 'report' | 'clue';
  const entries = await queryRows<{ kind: Kind; id: string; title: string; on: string | null }>(
    db,
    sql`select 'briefing' as kind, id::text, request as title, due_on::text as on from briefings where round_id = ${round.id}
        union all
        select 'activity', id::text, summary, occurred_on::text from activities where round_id = ${round.id}
        union all
        select 'finding', id::text, problem, created_at::date::text from findings where round_id = ${round.id}
        union all
        select 'report', unit_id::text, left(content, 80), updated_at::date::text from round_reports where round_id = ${round.id}
        union all
        select 'clue', id::text, code || ' ' || left(description, 60), created_at::date::text from clues where round_id = ${round.id}
        order by 4 nulls last, 1`,
  );
  const methods = Object.fromEntries(byMethod.map((m) => [m.method, Number(m.n)]));
  return {
    roundId: round.id,
    name: round.name,
    stage: round.state,
    counts: {
      talks: methods.talk ?? 0,
      documentReviews: methods.documentReview ?? 0,
      activities: byMethod.reduce((sum, m) => sum + Number(m.n), 0),
      briefings: Number(counts?.briefings ?? 0),
      findings: Number(counts?.findings ?? 0),
      reports: Number(counts?.reports ?? 0),
      petitions: Number(counts?.petitions ?? 0),
      clues: Number(counts?.clues ?? 0),
      members: Number(counts?.members ?? 0),
    },
    activitiesByMethod: methods,
    entries: entries.map((e, i) => ({
      no: i + 1,
      kind: e.kind,
      id: e.id,
      title: e.title,
      on: e.on,
    })),
  };
}
