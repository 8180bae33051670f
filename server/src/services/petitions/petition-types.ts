import type { petitionStates } from '../../core/petition-vocabulary.js';
import type { petitions } from '../../db/schema/index.js';

export type PetitionState = (typeof petitionStates)[number];
export type PetitionRow = typeof petitions.$inferSelect;

export interface PetitionerInput {
  name?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
}

export interface AccusedInput {
  kind: 'person' | 'unit';
  name?: string | null;
  position?: string | null;
  unitId?: string | null;
  unitName?: string | null;
}
