import { and, countDistinct, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { dbOf, type Actor, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { petitionAccused, petitions } from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';

/** The unit an accused row points at: the unit record, or the written name when none was picked. */
const unitKey = sql<string>`coalesce(${petitionAccused.unitId}::text, ${petitionAccused.unitName})`;
/** A matter counts once however many duplicates it has (重复件 are one 件 of the matter). */
const matters = sql<number>`count(distinct coalesce(${petitions.caseGroupId}, ${petitions.id}))`;

interface AccusedKey {
  kind: 'person' | 'unit';
  name: string | null;
  unitId: string | null;
  unitName: string | null;
}

function sameAccused(a: AccusedKey): SQL {
  const unit = a.unitId
    ? eq(petitionAccused.unitId, a.unitId)
    : a.unitName
      ? eq(petitionAccused.unitName, a.unitName)
      : undefined;
  if (a.kind === 'person') return and(eq(petitionAccused.name, a.name ?? ''), unit)!;
  return unit ?? sql`false`;
}

/**
 * How many petitions the caller can see name the same person (same name in the same unit) or the
 * same unit (as accused unit or as a person's unit): the 重复举报 count shown beside each accused.
 */
export async function repeatCountsOf(ctx: Ctx, actor: Actor, accused: AccusedKey[]) {
  return Promise.all(
    accused.map(async (a) => {
      const [row] = await dbOf(ctx)
        .select({ n: countDistinct(petitions.id) })
        .from(petitionAccused)
        .innerJoin(petitions, eq(petitions.id, petitionAccused.petitionId))
        .where(and(sameAccused(a), petitionPolicy.visibleWhere(actor)));
      return row?.n ?? 0;
    }),
  );
}

/** `GET /api/petitions/repeat-counts`: people and units named in two or more visible petitions. */
export async function repeatCounts(ctx: Ctx, input: { limit?: number } = {}) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const limit = input.limit ?? 50;
  const visible = petitionPolicy.visibleWhere(actor);
  const db = dbOf(ctx);
  const count = countDistinct(petitions.id);
  const persons = await db
    .select({
      name: petitionAccused.name,
      unitName: sql<string | null>`max(${petitionAccused.unitName})`,
      unitKey,
      count,
      matters,
    })
    .from(petitionAccused)
    .innerJoin(petitions, eq(petitions.id, petitionAccused.petitionId))
    .where(and(eq(petitionAccused.kind, 'person'), isNotNull(petitionAccused.name), visible))
    .groupBy(petitionAccused.name, unitKey)
    .having(sql`count(distinct ${petitions.id}) > 1`)
    .orderBy(desc(count), petitionAccused.name)
    .limit(limit);
  const unitRows = await db
    .select({
      unitKey,
      unitId: sql<string | null>`max(${petitionAccused.unitId}::text)`,
      unitName: sql<string | null>`max(${petitionAccused.unitName})`,
      count,
      matters,
    })
    .from(petitionAccused)
    .innerJoin(petitions, eq(petitions.id, petitionAccused.petitionId))
    .where(and(sql`${unitKey} is not null`, visible))
    .groupBy(unitKey)
    .having(sql`count(distinct ${petitions.id}) > 1`)
    .orderBy(desc(count))
    .limit(limit);
  return {
    persons: persons.map((p) => ({
      name: p.name!,
      unitName: p.unitName,
      count: Number(p.count),
      matters: Number(p.matters),
    })),
    units: unitRows.map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName,
      count: Number(u.count),
      matters: Number(u.matters),
    })),
  };
}
