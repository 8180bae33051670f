import type { unitTypes } from '../../core/vocabulary.js';

/** The facts the recusal rules read and the conflicts they return (see recusal-rules.ts). */

export type RecusalRule =
  'employment' | 'region' | 'relative' | 'official_petition' | 'official_clue' | 'rotation';

export type UnitType = (typeof unitTypes)[number];

export interface UnitFact {
  id: string;
  name: string;
  type: UnitType;
  parentId: string | null;
  region: string | null;
}

export interface InspectorFact {
  id: string;
  name: string;
  userId: string | null;
  hometown: string | null;
  region: string | null;
  currentUnit: string | null;
}

export interface PositionFact {
  id: string;
  unitId: string | null;
  unitName: string;
  position: string | null;
  fromOn: string;
  toOn: string | null;
}

export interface RelativeFact {
  id: string;
  name: string;
  relation: string;
  unitId: string | null;
  unitName: string | null;
  position: string | null;
}

/** One accused entry of a petition (a petition naming two people gives two facts). */
export interface PetitionFact {
  petitionId: string;
  code: string;
  handlerId: string | null;
  accusedName: string | null;
  accusedUnitId: string | null;
  accusedUnitName: string | null;
}

export interface ClueFact {
  clueId: string;
  code: string;
  createdBy: string | null;
  accusedName: string | null;
  accusedUnitId: string | null;
  accusedUnitName: string | null;
}

export interface RoundOrder {
  id: string;
  startsOn: string | null;
  /** ISO timestamp: breaks ties between rounds starting the same day. */
  createdAt: string;
}

/** A unit inspected in a round, with the team assigned to it. */
export interface TargetInspectionFact extends RoundOrder {
  roundName: string;
  unitId: string;
  teamId: string | null;
}

export interface MembershipFact {
  roundId: string;
  teamId: string;
  teamName: string;
  role: 'leader' | 'deputy' | 'member';
}

export interface RecusalFacts {
  /** YYYY-MM-DD (China Standard Time). */
  today: string;
  employmentYears: number;
  inspector: InspectorFact;
  targets: UnitFact[];
  /** Targets, their parents and their direct subordinates. */
  units: UnitFact[];
  positions: PositionFact[];
  relatives: RelativeFact[];
  petitions: PetitionFact[];
  clues: ClueFact[];
  /** Every inspection of a target unit (any round). */
  inspections: TargetInspectionFact[];
  memberships: MembershipFact[];
  /** The round being staffed, when there is one. */
  round: RoundOrder | null;
}

interface Base {
  unitId: string;
  unitName: string;
  message: string;
}

export type MatchedBy = 'unitId' | 'unitName';

export type RecusalConflict =
  | (Base & {
      rule: 'employment';
      evidence: {
        positionId: string | null;
        unitId: string | null;
        unitName: string;
        position: string | null;
        fromOn: string | null;
        toOn: string | null;
        relation: 'target' | 'parent' | 'subordinate';
        matchedBy: MatchedBy;
        since: string;
        years: number;
      };
    })
  | (Base & {
      rule: 'region';
      evidence: {
        field: 'hometown' | 'region';
        value: string;
        unitRegion: string;
        via: 'target' | 'parent_township';
        viaUnitId: string;
        viaUnitName: string;
      };
    })
  | (Base & {
      rule: 'relative';
      evidence: {
        relativeId: string;
        name: string;
        relation: string;
        unitName: string;
        position: string | null;
        matchedBy: MatchedBy;
      };
    })
  | (Base & {
      rule: 'official_petition';
      evidence: { petitionId: string; code: string; involvement: 'handler' | 'accused' };
    })
  | (Base & {
      rule: 'official_clue';
      evidence: { clueId: string; code: string; involvement: 'handler' | 'accused' };
    })
  | (Base & {
      rule: 'rotation';
      evidence: {
        roundId: string;
        roundName: string;
        startsOn: string | null;
        teamId: string;
        teamName: string;
        role: 'leader' | 'deputy' | 'member';
      };
    });
