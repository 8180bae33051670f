import { and, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { DomainError, forbidden, notFound, unauthenticated } from '../../core/errors.js';
import { roleCodes } from '../../core/roles.js';
import { isSettingKey, settingDefs, type SettingKey } from '../../core/settings/registry.js';
import { settings } from '../../db/schema/index.js';
import { rolesFor } from '../../policies/abilities.js';
import { isInJurisdiction } from '../../policies/checks.js';
import { settingOverrides } from './get-setting.js';

const managers = rolesFor('settings.manage');

function authorize(ctx: Ctx, jurisdictionId: string) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  // A jurisdiction outside the caller's tree is not theirs to know about: 404, not 403.
  if (!isInJurisdiction(actor, roleCodes, jurisdictionId)) throw notFound('辖区');
  if (!isInJurisdiction(actor, managers, jurisdictionId)) throw forbidden();
  return actor;
}

function keyOf(key: string): SettingKey {
  if (!isSettingKey(key)) throw notFound('设置项');
  return key;
}

/** Every setting as it applies to a jurisdiction: value, default, whether inherited. */
export async function listSettings(ctx: Ctx, input: { jurisdictionId: string }) {
  authorize(ctx, input.jurisdictionId);
  const overrides = await settingOverrides(ctx, input.jurisdictionId);
  return {
    items: (Object.keys(settingDefs) as SettingKey[]).map((key) =>
      present(
        key,
        overrides.find((o) => o.key === key),
      ),
    ),
  };
}

function present(key: SettingKey, override?: { value: unknown; depth: number }) {
  const def = settingDefs[key];
  const parsed = override ? def.schema.safeParse(override.value) : null;
  return {
    key,
    group: def.group,
    type: def.type,
    value: (parsed?.success ? parsed.data : def.default) as unknown,
    defaultValue: def.default as unknown,
    inherited: !override || override.depth > 0,
    ...('min' in def ? { min: def.min, max: def.max } : {}),
    ...('options' in def && def.options
      ? { options: [...(def.options as readonly string[])] }
      : {}),
  };
}

async function presentOne(ctx: Ctx, jurisdictionId: string, key: SettingKey) {
  const overrides = await settingOverrides(ctx, jurisdictionId);
  return present(
    key,
    overrides.find((o) => o.key === key),
  );
}

export async function putSetting(
  ctx: Ctx,
  rawKey: string,
  input: { jurisdictionId: string; value: unknown },
) {
  const key = keyOf(rawKey);
  authorize(ctx, input.jurisdictionId);
  const parsed = settingDefs[key].schema.safeParse(input.value);
  if (!parsed.success) {
    throw new DomainError('validation', '设置值无效', {
      errors: parsed.error.issues.map((i) => ({
        path: ['value', ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    });
  }
  return withTransaction(ctx, async (ctx) => {
    const [before] = await dbOf(ctx)
      .select()
      .from(settings)
      .where(and(eq(settings.jurisdictionId, input.jurisdictionId), eq(settings.key, key)));
    const values = {
      value: parsed.data as object,
      updatedBy: ctx.actor!.userId,
      updatedAt: now(ctx),
    };
    await dbOf(ctx)
      .insert(settings)
      .values({ jurisdictionId: input.jurisdictionId, key, ...values })
      .onConflictDoUpdate({ target: [settings.jurisdictionId, settings.key], set: values });
    await emitAudit(ctx, {
      action: 'setting.update',
      entityType: 'setting',
      entityId: key,
      jurisdictionId: input.jurisdictionId,
      detail: { key, before: before?.value ?? null, after: parsed.data },
    });
    return presentOne(ctx, input.jurisdictionId, key);
  });
}

export async function resetSetting(ctx: Ctx, rawKey: string, input: { jurisdictionId: string }) {
  const key = keyOf(rawKey);
  authorize(ctx, input.jurisdictionId);
  return withTransaction(ctx, async (ctx) => {
    const removed = await dbOf(ctx)
      .delete(settings)
      .where(and(eq(settings.jurisdictionId, input.jurisdictionId), eq(settings.key, key)))
      .returning();
    if (removed.length) {
      await emitAudit(ctx, {
        action: 'setting.reset',
        entityType: 'setting',
        entityId: key,
        jurisdictionId: input.jurisdictionId,
        detail: { key, before: removed[0]?.value ?? null },
      });
    }
    return presentOne(ctx, input.jurisdictionId, key);
  });
}
