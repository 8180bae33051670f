import { and, count, eq, isNotNull } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden, unprocessable } from '../../core/errors.js';
import { caseGroups, petitions } from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { findVisiblePetition } from './find-visible-petition.js';
import { getPetition } from './list-petitions.js';

/** 重复件: links a petition with another as the same matter (joining its group, or starting one). */
export async function linkDuplicate(ctx: Ctx, id: string, input: { duplicateOfId: string }) {
  const { actor, petition } = await findVisiblePetition(ctx, id);
  const { petition: other } = await findVisiblePetition(ctx, input.duplicateOfId);
  if (!petitionPolicy.canLink(actor, petition.jurisdictionId)) throw forbidden();
  if (other.id === petition.id || other.jurisdictionId !== petition.jurisdictionId) {
    throw unprocessable('不能与该信访件合并', [
      { path: 'duplicateOfId', message: '须为本辖区的另一件' },
    ]);
  }
  await withTransaction(ctx, async (ctx) => {
    let groupId = other.caseGroupId ?? petition.caseGroupId;
    if (!groupId) {
      const [group] = await dbOf(ctx)
        .insert(caseGroups)
        .values({
          jurisdictionId: petition.jurisdictionId,
          createdBy: actor.userId,
          createdAt: now(ctx),
        })
        .returning();
      groupId = group!.id;
    }
    for (const p of [petition, other]) {
      if (p.caseGroupId && p.caseGroupId !== groupId) {
        // Merging two groups: everything of the old group follows.
        await dbOf(ctx)
          .update(petitions)
          .set({ caseGroupId: groupId })
          .where(eq(petitions.caseGroupId, p.caseGroupId));
      }
      await dbOf(ctx).update(petitions).set({ caseGroupId: groupId }).where(eq(petitions.id, p.id));
    }
    await emitAudit(ctx, {
      action: 'petition.grouped',
      entityType: 'petition',
      entityId: petition.id,
      jurisdictionId: petition.jurisdictionId,
      detail: { linked: true, with: other.id, groupId },
    });
  });
  return getPetition(ctx, id);
}

/** Takes a petition out of its group (a wrong link). */
export async function unlinkDuplicate(ctx: Ctx, id: string) {
  const { actor, petition } = await findVisiblePetition(ctx, id);
  if (!petitionPolicy.canLink(actor, petition.jurisdictionId)) throw forbidden();
  if (!petition.caseGroupId) throw unprocessable('该信访件不在任何重复件组中');
  await withTransaction(ctx, async (ctx) => {
    await dbOf(ctx).update(petitions).set({ caseGroupId: null }).where(eq(petitions.id, id));
    await emitAudit(ctx, {
      action: 'petition.grouped',
      entityType: 'petition',
      entityId: id,
      jurisdictionId: petition.jurisdictionId,
      detail: { linked: false, groupId: petition.caseGroupId },
    });
  });
  return getPetition(ctx, id);
}

/** How many petitions are in a group (shown with the petition). */
export async function groupSize(ctx: Ctx, groupId: string | null): Promise<number> {
  if (!groupId) return 0;
  const [row] = await dbOf(ctx)
    .select({ n: count() })
    .from(petitions)
    .where(and(isNotNull(petitions.caseGroupId), eq(petitions.caseGroupId, groupId)));
  return row?.n ?? 0;
}
