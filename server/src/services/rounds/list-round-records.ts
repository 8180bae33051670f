import { asc, eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { activities, briefings, findings, roundReports } from '../../db/schema/index.js';
import { findVisibleRound } from './find-visible-round.js';
import {
  presentActivity,
  presentBriefing,
  presentFinding,
  presentReport,
} from './present-records.js';

/** The round's records, for whoever may see the round (team members see their own round only). */
export async function listActivities(ctx: Ctx, roundId: string) {
  const { round } = await findVisibleRound(ctx, roundId);
  const rows = await dbOf(ctx)
    .select()
    .from(activities)
    .where(eq(activities.roundId, round.id))
    .orderBy(asc(activities.occurredOn), asc(activities.createdAt));
  return { items: rows.map(presentActivity) };
}

export async function listFindings(ctx: Ctx, roundId: string) {
  const { round } = await findVisibleRound(ctx, roundId);
  const rows = await dbOf(ctx)
    .select()
    .from(findings)
    .where(eq(findings.roundId, round.id))
    .orderBy(asc(findings.createdAt));
  return { items: rows.map(presentFinding) };
}

export async function listBriefingsAndReports(ctx: Ctx, roundId: string) {
  const { round } = await findVisibleRound(ctx, roundId);
  const db = dbOf(ctx);
  return {
    briefings: (
      await db
        .select()
        .from(briefings)
        .where(eq(briefings.roundId, round.id))
        .orderBy(asc(briefings.createdAt))
    ).map(presentBriefing),
    reports: (await db.select().from(roundReports).where(eq(roundReports.roundId, round.id))).map(
      presentReport,
    ),
  };
}
