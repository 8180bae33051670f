import type { roundKinds } from '../../core/round-vocabulary.js';
import type { rounds } from '../../db/schema/index.js';

export type RoundRow = typeof rounds.$inferSelect;
export type RoundKind = (typeof roundKinds)[number];

export interface RoundTargetInput {
  unitId: string;
  teamId?: string | null;
}

export interface RoundInput {
  jurisdictionId?: string;
  name: string;
  kind: RoundKind;
  topic?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  authorizationNo?: string | null;
  termId?: string | null;
  targets: RoundTargetInput[];
}
