import { z } from 'zod';
import { roleCodes } from '../core/roles.js';

export const idParams = z.object({ id: z.uuid() });
export const version = z.number().int().min(1);
export const pagingQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
export const text = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 200) => z.string().trim().max(max).nullish();
export const noContent = { 204: z.null().describe('No content') };

export const roleCode = z.enum(roleCodes);
export const roleAssignment = z.object({
  role: roleCode,
  jurisdictionId: z.uuid(),
  teamId: z.uuid().nullish(),
  unitId: z.uuid().nullish(),
});
export const roleView = z.object({
  role: z.string(),
  jurisdictionId: z.string(),
  teamId: z.string().nullable(),
  unitId: z.string().nullable(),
});
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  // The shape alone lets 2026-02-30 through to the database (a 500); it must be a real day.
  .refine((value) => {
    const day = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
  }, '不是有效的日期');

/** An optional `true`/`false` query parameter (absent stays undefined: no filter). */
export const queryFlag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));
