import { withTransaction, type Ctx } from '../context.js';
import { emitAudit } from './emit-audit.js';

export interface ProtectedField {
  entityType: string;
  entityId: string;
  jurisdictionId: string | null;
  /** Which field is shown, e.g. `petitioner.identity`. */
  field: string;
  /** Why it may be shown (the approved access request), recorded with the view. */
  grantId?: string;
}

/**
 * Decrypts a protected field for a caller the policy has already authorized, and records the
 * view in the same transaction: there is no reveal without its audit row.
 */
export async function revealProtected(
  ctx: Ctx,
  target: ProtectedField,
  ciphertext: string,
  aad: string,
): Promise<string> {
  return withTransaction(ctx, async (ctx) => {
    const plaintext = ctx.deps.keyring.decryptText(ciphertext, aad);
    await emitAudit(ctx, {
      action: 'protected.view',
      entityType: target.entityType,
      entityId: target.entityId,
      jurisdictionId: target.jurisdictionId,
      detail: { field: target.field, grantId: target.grantId ?? null },
    });
    return plaintext;
  });
}
