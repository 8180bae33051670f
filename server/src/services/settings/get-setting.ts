import { sql } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { queryRows } from '../../db/client.js';
import { settingDefs, type SettingKey, type SettingValue } from '../../core/settings/registry.js';

/** Overrides on the path from a jurisdiction up to the root, nearest first. */
export async function settingOverrides(
  ctx: Ctx,
  jurisdictionId: string,
): Promise<{ key: string; value: unknown; depth: number }[]> {
  return queryRows<{ key: string; value: unknown; depth: number }>(
    dbOf(ctx),
    sql`
    with recursive up(id, depth) as (
      select id, 0 from jurisdictions where id = ${jurisdictionId}::uuid
      union all
      select j.parent_id, up.depth + 1 from jurisdictions j join up on j.id = up.id
      where j.parent_id is not null
    )
    select s.key, s.value, up.depth from settings s join up on s.jurisdiction_id = up.id
    order by up.depth`,
  );
}

/** A setting's value for a jurisdiction: its own override, else the nearest ancestor's, else the default. */
export async function getSetting<K extends SettingKey>(
  ctx: Ctx,
  jurisdictionId: string,
  key: K,
): Promise<SettingValue<K>> {
  const def = settingDefs[key];
  const override = (await settingOverrides(ctx, jurisdictionId)).find((o) => o.key === key);
  if (override) {
    const parsed = def.schema.safeParse(override.value);
    if (parsed.success) return parsed.data as SettingValue<K>;
  }
  return def.default;
}
