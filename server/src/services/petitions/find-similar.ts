import { and, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import {
  deserializeSignature,
  estimateJaccard,
  lshBands,
  minhashSignature,
  shingles,
} from '../../core/dedup/minhash.js';
import { unauthenticated } from '../../core/errors.js';
import { keyedHash } from '../../core/identity/keyed-hash.js';
import { petitionAccused, petitions } from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { findVisiblePetition } from './find-visible-petition.js';
import type { AccusedInput, PetitionerInput } from './petition-types.js';

export type SimilarReason = 'same_petitioner' | 'same_accused' | 'same_unit' | 'similar_text';

export interface SimilarPetition {
  id: string;
  code: string;
  summary: string;
  state: string;
  receivedOn: string;
  caseGroupId: string | null;
  score: number;
  textSimilarity: number;
  reasons: SimilarReason[];
}

interface Probe {
  excludeId: string | null;
  jurisdictionId: string;
  text: string;
  idHash: string | null;
  phoneHash: string | null;
  accused: { name: string | null; unitId: string | null }[];
}

const TEXT_THRESHOLD = 0.3;

/**
 * Likely duplicates and similar petitions among those the caller may see. Candidates share an
 * LSH band of the MinHash signature, the petitioner (keyed hashes, never plaintext) or an
 * accused person or unit; each is scored by estimated text Jaccard plus who-matches.
 */
async function similarTo(ctx: Ctx, probe: Probe, limit = 20): Promise<SimilarPetition[]> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const signature = minhashSignature(shingles(probe.text));
  const bands = lshBands(signature);
  const names = probe.accused.flatMap((a) => (a.name ? [a.name] : []));
  const unitIds = probe.accused.flatMap((a) => (a.unitId ? [a.unitId] : []));
  const candidates: SQL[] = [];
  if (bands.length) {
    candidates.push(sql`${petitions.dedupBands} && ${`{${bands.join(',')}}`}::text[]`);
  }
  if (probe.idHash) candidates.push(eq(petitions.petitionerIdHash, probe.idHash));
  if (probe.phoneHash) candidates.push(eq(petitions.petitionerPhoneHash, probe.phoneHash));
  if (names.length || unitIds.length) {
    const who = or(
      names.length ? inArray(petitionAccused.name, names) : undefined,
      unitIds.length ? inArray(petitionAccused.unitId, unitIds) : undefined,
    );
    candidates.push(
      inArray(
        petitions.id,
        dbOf(ctx).select({ id: petitionAccused.petitionId }).from(petitionAccused).where(who),
      ),
    );
  }
  if (candidates.length === 0) return [];
  const rows = await dbOf(ctx)
    .select()
    .from(petitions)
    .where(
      and(
        eq(petitions.jurisdictionId, probe.jurisdictionId),
        petitionPolicy.visibleWhere(actor),
        probe.excludeId ? ne(petitions.id, probe.excludeId) : undefined,
        or(...candidates),
      ),
    )
    .limit(500);
  if (rows.length === 0) return [];
  const accused = await dbOf(ctx)
    .select()
    .from(petitionAccused)
    .where(
      inArray(
        petitionAccused.petitionId,
        rows.map((r) => r.id),
      ),
    );
  return rows
    .map((row) => {
      const textSimilarity = row.minhash
        ? estimateJaccard(signature, deserializeSignature(row.minhash))
        : 0;
      const theirs = accused.filter((a) => a.petitionId === row.id);
      const reasons: SimilarReason[] = [];
      const samePetitioner =
        (!!probe.idHash && row.petitionerIdHash === probe.idHash) ||
        (!!probe.phoneHash && row.petitionerPhoneHash === probe.phoneHash);
      if (samePetitioner) reasons.push('same_petitioner');
      const sameAccused = theirs.some((a) =>
        probe.accused.some(
          (p) => p.name && a.name === p.name && (!p.unitId || !a.unitId || p.unitId === a.unitId),
        ),
      );
      if (sameAccused) reasons.push('same_accused');
      const sameUnit = theirs.some((a) => a.unitId && unitIds.includes(a.unitId));
      if (sameUnit) reasons.push('same_unit');
      if (textSimilarity >= TEXT_THRESHOLD) reasons.push('similar_text');
      const score = Math.min(
        1,
        textSimilarity +
          (samePetitioner ? 0.3 : 0) +
          (sameAccused ? 0.3 : 0) +
          (sameUnit ? 0.1 : 0),
      );
      return {
        id: row.id,
        code: row.code,
        summary: row.summary,
        state: row.state,
        receivedOn: row.receivedOn,
        caseGroupId: row.caseGroupId,
        score: Math.round(score * 100) / 100,
        textSimilarity: Math.round(textSimilarity * 100) / 100,
        reasons,
      };
    })
    .filter((s) => s.reasons.length > 0 && (s.textSimilarity >= TEXT_THRESHOLD || s.score >= 0.3))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** `GET /api/petitions/:id/similar`. */
export async function findSimilarToPetition(ctx: Ctx, id: string) {
  const { petition } = await findVisiblePetition(ctx, id);
  const accused = await dbOf(ctx)
    .select({ name: petitionAccused.name, unitId: petitionAccused.unitId })
    .from(petitionAccused)
    .where(eq(petitionAccused.petitionId, id));
  return {
    items: await similarTo(ctx, {
      excludeId: id,
      jurisdictionId: petition.jurisdictionId,
      text: `${petition.summary}\n${petition.content}`,
      idHash: petition.petitionerIdHash,
      phoneHash: petition.petitionerPhoneHash,
      accused,
    }),
  };
}

/** The duplicate panel while registering: the same check on a draft that is not stored. */
export async function checkDraftForDuplicates(
  ctx: Ctx,
  draft: {
    jurisdictionId?: string;
    summary?: string;
    content?: string;
    petitioner?: PetitionerInput | null;
    accused?: AccusedInput[];
  },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const key = ctx.deps.keyring.hashKey;
  return {
    items: await similarTo(ctx, {
      excludeId: null,
      jurisdictionId: draft.jurisdictionId ?? actor.jurisdictionId,
      text: `${draft.summary ?? ''}\n${draft.content ?? ''}`,
      idHash: keyedHash('idNumber', draft.petitioner?.idNumber, key),
      phoneHash: keyedHash('phone', draft.petitioner?.phone, key),
      accused: (draft.accused ?? []).map((a) => ({
        name: a.name?.trim() || null,
        unitId: a.unitId ?? null,
      })),
    }),
  };
}
