import { z } from 'zod';
import { roleCodes } from '../roles.js';

type SettingType = 'integer' | 'number' | 'boolean' | 'enum' | 'stringList';

interface SettingDef<T> {
  group: string;
  type: SettingType;
  default: T;
  schema: z.ZodType<T>;
  min?: number;
  max?: number;
  options?: readonly string[];
}

const integer = (group: string, value: number, min: number, max: number): SettingDef<number> => ({
  group,
  type: 'integer',
  default: value,
  schema: z.number().int().min(min).max(max),
  min,
  max,
});

const number = (group: string, value: number, min: number, max: number): SettingDef<number> => ({
  group,
  type: 'number',
  default: value,
  schema: z.number().min(min).max(max),
  min,
  max,
});

function oneOf<const O extends readonly [string, ...string[]]>(
  group: string,
  value: O[number],
  options: O,
): SettingDef<O[number]> {
  return { group, type: 'enum', default: value, schema: z.enum(options), options };
}

/**
 * Every typed setting with its default. Values are overridden per jurisdiction and inherited
 * down the tree. Later issues add their keys here; labels are i18n keys `settings.key.<key>`.
 */
export const settingDefs = {
  // 信访工作条例: 15 days to tell whether accepted, 60 to conclude, one extension of up to 30.
  'petition.acceptanceDays': integer('petition', 15, 1, 90),
  'petition.conclusionDays': integer('petition', 60, 1, 365),
  'petition.extensionDays': integer('petition', 30, 0, 90),
  'petition.dueSoonDays': integer('petition', 3, 0, 30),
  'deadlines.dayCounting': oneOf('deadlines', 'calendar', ['calendar', 'working'] as const),
  'identity.accessHours': integer('confidentiality', 24, 1, 168),
  'round.maxTargetsPerTeam': integer('round', 3, 1, 20),
  'recusal.employmentYears': integer('round', 5, 0, 30),
  'ranking.weightPetitions': number('ranking', 1, 0, 100),
  'ranking.weightClues': number('ranking', 2, 0, 100),
  'ranking.weightRectification': number('ranking', 2, 0, 100),
  'ranking.weightYearsSinceInspection': number('ranking', 1, 0, 100),
  // Each account's deadline (挂账 past it): hand over, transfer, acknowledge, the receiver's feedback.
  'clue.handOverDays': integer('clue', 60, 1, 365),
  'clue.transferDays': integer('clue', 15, 1, 180),
  'clue.acknowledgeDays': integer('clue', 7, 1, 60),
  'clue.feedbackDays': integer('clue', 90, 1, 365),
  'clue.deadAccountDays': integer('clue', 90, 1, 3650),
  'clue.shelvedReviewMonths': integer('clue', 6, 1, 60),
  'clue.collectiveReviewRequired': {
    group: 'clue',
    type: 'boolean',
    default: true,
    schema: z.boolean(),
  } satisfies SettingDef<boolean>,
  'rectification.planMonths': integer('rectification', 2, 1, 24),
  'rectification.followUpMonths': integer('rectification', 6, 1, 36),
  // Escalation of an item: a reminder N days before its deadline, then days overdue for each step.
  'rectification.dueSoonDays': integer('rectification', 7, 0, 60),
  // A closure requested sooner than this after approval (not 立行立改) is flagged.
  'rectification.quickClosureDays': integer('rectification', 3, 0, 60),
  'rectification.supervisionLetterDays': integer('rectification', 7, 1, 180),
  'rectification.admonitionDays': integer('rectification', 30, 1, 365),
  'rectification.accountabilityDays': integer('rectification', 60, 1, 730),
  // The public report page (/report): per-IP and overall hourly limits, proof-of-work difficulty.
  'public.reportsPerHourPerIp': integer('public', 5, 1, 1000),
  'public.filesPerHourPerIp': integer('public', 20, 1, 10_000),
  'public.reportsPerHourOverall': integer('public', 300, 1, 100_000),
  'public.receiptTriesPerMinutePerIp': integer('public', 5, 1, 100),
  'public.powBits': integer('public', 18, 0, 26),
  'security.totpRequiredRoles': {
    group: 'security',
    type: 'stringList',
    default: [] as string[],
    schema: z.array(z.enum(roleCodes)).max(roleCodes.length) as z.ZodType<string[]>,
    options: roleCodes,
  } satisfies SettingDef<string[]>,
} as const;

export type SettingKey = keyof typeof settingDefs;
export type SettingValue<K extends SettingKey> = (typeof settingDefs)[K]['default'];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingDefs, key);
}
