import { sql } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { counters } from '../../db/schema/index.js';

/** The next number of a yearly series in a jurisdiction (row-locked by the upsert). */
export async function nextNumber(
  ctx: Ctx,
  jurisdictionId: string,
  name: string,
  year: number,
): Promise<number> {
  const [row] = await dbOf(ctx)
    .insert(counters)
    .values({ jurisdictionId, name, year, value: 1 })
    .onConflictDoUpdate({
      target: [counters.jurisdictionId, counters.name, counters.year],
      set: { value: sql`${counters.value} + 1` },
    })
    .returning({ value: counters.value });
  return row!.value;
}
