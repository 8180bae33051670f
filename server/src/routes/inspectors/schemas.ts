import { z } from 'zod';
import {
  isoDate,
  optionalText as anyOptionalText,
  pagingQuery,
  queryFlag,
  text as anyText,
  version,
} from '../../http/schemas.js';

/** PostgreSQL text cannot hold U+0000: refused here as input (400), not by the database (500). */
const withoutNul = (value: string | null | undefined) => !value?.includes('\u0000');
const nulMessage = '不能包含空字符';
const text = (max: number) => anyText(max).refine(withoutNul, nulMessage);
const optionalText = (max: number) => anyOptionalText(max).refine(withoutNul, nulMessage);
const query = (max: number) => z.string().max(max).refine(withoutNul, nulMessage).optional();

export const inspectorQuery = z.object({
  ...pagingQuery,
  q: query(50),
  specialty: query(20),
  available: queryFlag,
  eligible: queryFlag,
  jurisdictionId: z.uuid().optional(),
});

const gender = z.enum(['male', 'female']);
/** Free text (财务, 审计, 法律, 工程, 组织人事, 纪检 …): offices name their own specialties. */
const specialties = z.array(text(20)).max(20);

const fields = {
  name: text(50),
  gender: gender.nullish(),
  specialties: specialties.optional(),
  rank: optionalText(50),
  currentUnit: optionalText(100),
  hometown: optionalText(100),
  region: optionalText(100),
  available: z.boolean().optional(),
  eligible: z.boolean().optional(),
  userId: z.uuid().nullish(),
};

export const inspectorBody = z.object({ jurisdictionId: z.uuid().optional(), ...fields });
export const inspectorPatch = z.object({ ...fields, name: fields.name.optional(), version });

export const positionBody = z.object({
  unitId: z.uuid().nullish(),
  unitName: optionalText(100),
  position: optionalText(100),
  fromOn: isoDate,
  toOn: isoDate.nullish(),
});

export const relativeBody = z.object({
  name: text(50),
  relation: text(20),
  unitId: z.uuid().nullish(),
  unitName: optionalText(100),
  position: optionalText(100),
});

export const positionParams = z.object({ id: z.uuid(), positionId: z.uuid() });
export const relativeParams = z.object({ id: z.uuid(), relativeId: z.uuid() });

export const inspectorSummary = z.object({
  id: z.string(),
  jurisdictionId: z.string(),
  name: z.string(),
  gender: gender.nullable(),
  specialties: z.array(z.string()),
  rank: z.string().nullable(),
  currentUnit: z.string().nullable(),
  hometown: z.string().nullable(),
  region: z.string().nullable(),
  available: z.boolean(),
  eligible: z.boolean(),
  userId: z.string().nullable(),
  version: z.number(),
  abilities: z.object({ update: z.boolean(), checkRecusal: z.boolean() }),
});

export const position = z.object({
  id: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string(),
  position: z.string().nullable(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
});

export const relative = z.object({
  id: z.string(),
  name: z.string(),
  relation: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  position: z.string().nullable(),
});

export const inspectorDetail = inspectorSummary.extend({
  positions: z.array(position),
  relatives: z.array(relative),
  roundsServed: z.array(
    z.object({
      roundId: z.string(),
      roundName: z.string(),
      kind: z.string(),
      stage: z.string(),
      startsOn: z.string().nullable(),
      endsOn: z.string().nullable(),
      teamId: z.string(),
      teamName: z.string(),
      role: z.enum(['leader', 'deputy', 'member']),
    }),
  ),
});
