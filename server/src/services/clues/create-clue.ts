import { eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import type { clueSources } from '../../core/clue-vocabulary.js';
import { dbOf, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, unauthenticated, unprocessable } from '../../core/errors.js';
import { updateVersioned } from '../../core/versioned-update.js';
import { clueMembers, clues } from '../../db/schema/index.js';
import { cluePolicy } from '../../policies/clue-policy.js';
import { resolveClueFields, type ClueFieldsInput } from './clue-fields.js';
import { findVisibleClue } from './find-visible-clue.js';
import { getClue } from './get-clue.js';
import { insertClue } from './insert-clue.js';

/** Sources registered by hand; petitions and on-site records raise theirs with their links. */
const manualSources = ['audit', 'partnerDepartment', 'other'] as const;

/** `POST /api/clues`: the office registers a clue from an audit, a partner department, other. */
export async function createClue(
  ctx: Ctx,
  input: ClueFieldsInput & {
    jurisdictionId?: string;
    source: (typeof clueSources)[number];
    description: string;
  },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const jurisdictionId = input.jurisdictionId ?? actor.jurisdictionId;
  if (!cluePolicy.canKeepLedger(actor, jurisdictionId))
    throw forbidden('只有巡察办可以登记问题线索');
  if (!(manualSources as readonly string[]).includes(input.source))
    throw unprocessable('信访举报和巡察记录中的线索请从信访件或巡察记录生成', [
      { path: 'source', message: '请从信访件或巡察记录生成' },
    ]);
  const { values, memberIds } = await resolveClueFields(ctx, actor, jurisdictionId, input);
  const clue = await insertClue(
    ctx,
    {
      ...(values as Partial<typeof clues.$inferInsert>),
      jurisdictionId,
      source: input.source,
      description: input.description,
      createdBy: actor.userId,
    },
    { memberIds },
  );
  return getClue(ctx, clue.id, { audit: false });
}

/** `PATCH /api/clues/:id`: the office corrects a clue before it is transferred. */
export async function updateClue(
  ctx: Ctx,
  id: string,
  input: ClueFieldsInput & { version: number },
) {
  const { actor, clue } = await findVisibleClue(ctx, id);
  if (!cluePolicy.canKeepLedger(actor, clue.jurisdictionId))
    throw forbidden('只有巡察办可以修改问题线索');
  if (!['recorded', 'handedOver'].includes(clue.state))
    throw unprocessable('线索已移交，不能再修改', [{ path: 'version', message: '线索已移交' }]);
  const { values, memberIds } = await resolveClueFields(ctx, actor, clue.jurisdictionId, input);
  await withTransaction(ctx, async (ctx) => {
    await updateVersioned(ctx, clues, clue.id, input.version, values);
    if (memberIds !== undefined) {
      await dbOf(ctx).delete(clueMembers).where(eq(clueMembers.clueId, clue.id));
      const named = new Set(memberIds);
      // Whoever makes a clue confidential stays able to see it.
      if (values.confidential ?? clue.confidential) named.add(actor.userId);
      if (named.size)
        await dbOf(ctx)
          .insert(clueMembers)
          .values([...named].map((userId) => ({ clueId: clue.id, userId })));
    } else if (values.confidential === true) {
      await dbOf(ctx)
        .insert(clueMembers)
        .values({ clueId: clue.id, userId: actor.userId })
        .onConflictDoNothing();
    }
    await emitAudit(ctx, {
      action: 'clue.updated',
      entityType: 'clue',
      entityId: clue.id,
      jurisdictionId: clue.jurisdictionId,
      detail: { fields: Object.keys(values), memberIds: memberIds ?? null },
    });
  });
  return getClue(ctx, id, { audit: false });
}
