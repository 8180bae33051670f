import { z } from 'zod';
import { roundKinds, roundStages } from '../../core/round-vocabulary.js';
import { isoDate, optionalText, pagingQuery, text, version } from '../../http/schemas.js';

const target = z.object({ unitId: z.uuid(), teamId: z.uuid().nullish() });

export const roundBody = z.object({
  jurisdictionId: z.uuid().optional(),
  name: text(100),
  kind: z.enum(roundKinds),
  topic: optionalText(100),
  startsOn: isoDate.nullish(),
  endsOn: isoDate.nullish(),
  authorizationNo: optionalText(100),
  termId: z.uuid().nullish(),
  targets: z.array(target).max(50),
});

export const roundPatch = roundBody
  .omit({ jurisdictionId: true, kind: true })
  .partial()
  .extend({ version });

export const roundQuery = z.object({
  ...pagingQuery,
  q: z.string().max(100).optional(),
  stage: z.enum(roundStages).optional(),
  kind: z.enum(roundKinds).optional(),
});

export const roundSummary = z.object({
  id: z.string(),
  jurisdictionId: z.string(),
  name: z.string(),
  kind: z.enum(roundKinds),
  topic: z.string().nullable(),
  stage: z.enum(roundStages),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  authorizationNo: z.string().nullable(),
  termId: z.string().nullable(),
  version: z.number(),
});

export const roundDetail = roundSummary.extend({
  targets: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      unitType: z.string(),
      teamId: z.string().nullable(),
      teamName: z.string().nullable(),
    }),
  ),
  members: z.array(
    z.object({
      teamId: z.string(),
      inspectorId: z.string(),
      name: z.string(),
      role: z.enum(['leader', 'deputy', 'member']),
      overrideId: z.string().nullable(),
    }),
  ),
  warnings: z.array(z.string()),
  /** Stage steps the caller may take now, and what each step still needs (empty = ready). */
  actions: z.array(z.string()),
  gates: z.record(z.string(), z.array(z.string())),
  abilities: z.object({ update: z.boolean() }),
});

export const roundTransitionBody = z.object({
  action: z.string().min(1).max(40),
  version,
  opinion: z.string().trim().max(10_000).nullish(),
});
