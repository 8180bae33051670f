import { and, eq, ne } from 'drizzle-orm';
import { dbOf, withTransaction, type Actor, type Ctx } from '../../core/context.js';
import { unauthenticated, unprocessable } from '../../core/errors.js';
import { definedOnly, insertAudited, updateAudited } from '../../core/records.js';
import { inspectors, users } from '../../db/schema/index.js';
import { inList } from '../../policies/checks.js';
import { inspectorPolicy } from '../../policies/inspector-policy.js';
import { findVisibleInspector } from './find-visible-inspector.js';
import { inspectorDetail } from './present-inspector.js';

export interface InspectorFields {
  name: string;
  gender?: 'male' | 'female' | null;
  specialties?: string[];
  rank?: string | null;
  currentUnit?: string | null;
  hometown?: string | null;
  region?: string | null;
  available?: boolean;
  eligible?: boolean;
  userId?: string | null;
}

const blankToNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value?.trim() || null;

/** Trimmed, without blanks and repeats, in the order given. */
function cleanSpecialties(values: string[] | undefined) {
  if (!values) return undefined;
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

function normalized(input: Partial<InspectorFields>) {
  return definedOnly({
    name: input.name?.trim(),
    gender: input.gender,
    specialties: cleanSpecialties(input.specialties),
    rank: blankToNull(input.rank),
    currentUnit: blankToNull(input.currentUnit),
    hometown: blankToNull(input.hometown),
    region: blankToNull(input.region),
    available: input.available,
    eligible: input.eligible,
    userId: input.userId,
  });
}

/**
 * The inspector's own account (公务回避 finds the petitions it handled): a user of a jurisdiction
 * the caller manages, linked to no other inspector.
 */
async function checkAccount(ctx: Ctx, actor: Actor, userId: string, selfId?: string) {
  const db = dbOf(ctx);
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        inList(users.jurisdictionId, inspectorPolicy.managedJurisdictions(actor)),
      ),
    );
  if (!user) throw unprocessable('账号不存在', [{ path: 'userId', message: '账号不存在' }]);
  const [taken] = await db
    .select({ id: inspectors.id })
    .from(inspectors)
    .where(and(eq(inspectors.userId, userId), selfId ? ne(inspectors.id, selfId) : undefined));
  if (taken) {
    throw unprocessable('该账号已关联其他巡察干部', [
      { path: 'userId', message: '该账号已关联其他巡察干部' },
    ]);
  }
}

/** `POST /api/inspectors`: the office adds an inspector to its talent pool. */
export async function createInspector(
  ctx: Ctx,
  input: InspectorFields & { jurisdictionId?: string },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  inspectorPolicy.authorizeTalentPool(actor);
  const jurisdictionId = input.jurisdictionId ?? actor.jurisdictionId;
  inspectorPolicy.authorizeManage(actor, jurisdictionId);
  return withTransaction(ctx, async (ctx) => {
    if (input.userId) await checkAccount(ctx, actor, input.userId);
    const row = await insertAudited(
      ctx,
      inspectors,
      { ...normalized(input), name: input.name.trim(), jurisdictionId },
      { action: 'inspector.create', entityType: 'inspector', jurisdictionId },
    );
    return inspectorDetail(ctx, row, actor);
  });
}

/** `PATCH /api/inspectors/:id`: optimistic locking on `version`. */
export async function updateInspector(
  ctx: Ctx,
  id: string,
  input: Partial<InspectorFields> & { version: number },
) {
  const { actor, inspector } = await findVisibleInspector(ctx, id);
  inspectorPolicy.authorizeManage(actor, inspector.jurisdictionId);
  const { version, ...patch } = input;
  return withTransaction(ctx, async (ctx) => {
    if (input.userId) await checkAccount(ctx, actor, input.userId, inspector.id);
    const after = await updateAudited(ctx, inspectors, inspector, version, normalized(patch), {
      action: 'inspector.update',
      entityType: 'inspector',
      jurisdictionId: inspector.jurisdictionId,
    });
    return inspectorDetail(ctx, after, actor);
  });
}
