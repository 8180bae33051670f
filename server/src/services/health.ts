import { sql } from 'drizzle-orm';
import { dbOf, type Ctx } from '../core/context.js';

export async function checkHealth(ctx: Ctx) {
  await dbOf(ctx).execute(sql`select 1`);
  return {
    status: 'ok' as const,
    database: ctx.deps.database.kind,
    version: ctx.deps.config.version,
  };
}
