import { z } from 'zod';

const base = { unitId: z.string(), unitName: z.string(), message: z.string() };
const matchedBy = z.enum(['unitId', 'unitName']);
const involvement = z.enum(['handler', 'accused']);

/** One conflict with its rule and evidence (services/recusal/recusal-rules.ts); also for round assignment. */
export const recusalConflict = z.discriminatedUnion('rule', [
  z.object({
    rule: z.literal('employment'),
    ...base,
    evidence: z.object({
      positionId: z.string().nullable(),
      unitId: z.string().nullable(),
      unitName: z.string(),
      position: z.string().nullable(),
      fromOn: z.string().nullable(),
      toOn: z.string().nullable(),
      relation: z.enum(['target', 'parent', 'subordinate']),
      matchedBy,
      since: z.string(),
      years: z.number(),
    }),
  }),
  z.object({
    rule: z.literal('region'),
    ...base,
    evidence: z.object({
      field: z.enum(['hometown', 'region']),
      value: z.string(),
      unitRegion: z.string(),
      via: z.enum(['target', 'parent_township']),
      viaUnitId: z.string(),
      viaUnitName: z.string(),
    }),
  }),
  z.object({
    rule: z.literal('relative'),
    ...base,
    evidence: z.object({
      relativeId: z.string(),
      name: z.string(),
      relation: z.string(),
      unitName: z.string(),
      position: z.string().nullable(),
      matchedBy,
    }),
  }),
  z.object({
    rule: z.literal('official_petition'),
    ...base,
    evidence: z.object({ petitionId: z.string(), code: z.string(), involvement }),
  }),
  z.object({
    rule: z.literal('official_clue'),
    ...base,
    evidence: z.object({ clueId: z.string(), code: z.string(), involvement }),
  }),
  z.object({
    rule: z.literal('rotation'),
    ...base,
    evidence: z.object({
      roundId: z.string(),
      roundName: z.string(),
      startsOn: z.string().nullable(),
      teamId: z.string(),
      teamName: z.string(),
      role: z.enum(['leader', 'deputy', 'member']),
    }),
  }),
]);

export const recusalCheckBody = z.object({
  inspectorId: z.uuid(),
  unitIds: z.array(z.uuid()).min(1).max(50),
  roundId: z.uuid().nullish(),
});
