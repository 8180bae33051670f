import { z } from 'zod';
import { problemFocuses } from '../../core/petition-vocabulary.js';
import { itemStates } from '../../core/rectification-vocabulary.js';
import { isoDate, pagingQuery, queryFlag, text, version } from '../../http/schemas.js';
import { escalationView, historyStep } from '../rectification/schemas.js';

const unitRef = z.object({ id: z.string(), name: z.string() });
const ids = (max: number) => z.array(z.uuid()).max(max);

export const commonProblemQuery = z.object({
  ...pagingQuery,
  state: z.enum(itemStates).optional(),
  overdue: queryFlag,
  unitId: z.uuid().optional(),
});

export const candidateQuery = z.object({
  q: z.string().trim().max(100).optional(),
  focus: z.enum(problemFocuses).optional(),
});

export const candidateFinding = z.object({
  id: z.string(),
  problem: z.string(),
  focus: z.enum(problemFocuses).nullable(),
  unitId: z.string(),
  unitName: z.string(),
  roundId: z.string(),
  roundName: z.string(),
});

export const commonProblemBody = z.object({
  title: text(100),
  problem: text(5000),
  findingIds: ids(100).min(2, '请选择两个以上单位的巡察发现问题'),
  leadUnitId: z.uuid(),
  /** Empty: the findings' units other than the lead. */
  cooperatingUnitIds: ids(50).default([]),
  responsibleLeader: text(100),
  measures: text(10_000),
  dueOn: isoDate,
});

export const commonProblemPatch = commonProblemBody.partial().extend({
  version,
  cooperatingUnitIds: ids(50).optional(),
});

export const commonProblemTransitionBody = z.object({
  action: z.string().min(1).max(40),
  version,
  opinion: z.string().trim().max(10_000).nullish(),
  fileIds: z.array(z.uuid()).max(20).nullish(),
});

export const commonProblemSummary = z.object({
  id: z.string(),
  title: z.string(),
  leadUnit: unitRef,
  cooperatingUnits: z.array(unitRef),
  findingCount: z.number(),
  responsibleLeader: z.string(),
  dueOn: z.string(),
  state: z.enum(itemStates),
  overdue: z.boolean(),
  daysLeft: z.number(),
  version: z.number(),
});

export const commonProblemDetail = commonProblemSummary.extend({
  problem: z.string(),
  measures: z.string(),
  findings: z.array(candidateFinding.omit({ focus: true })),
  files: z.array(unitRef),
  closureRequestedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  escalations: z.array(escalationView),
  history: z.array(historyStep),
  actions: z.array(z.string()),
  canEdit: z.boolean(),
  role: z.enum(['office', 'lead', 'cooperating', 'reader']),
});
