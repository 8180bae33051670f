import { z } from 'zod';
import {
  checkKinds,
  checkResults,
  escalationKinds,
  itemStates,
  planStates,
} from '../../core/rectification-vocabulary.js';
import {
  isoDate,
  optionalText,
  pagingQuery,
  queryFlag,
  text,
  version,
} from '../../http/schemas.js';

export const planQuery = z.object({
  ...pagingQuery,
  roundId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  state: z.enum(planStates).optional(),
});

const counts = z.object({
  open: z.number(),
  closureRequested: z.number(),
  closed: z.number(),
  overdue: z.number(),
});

export const planSummary = z.object({
  id: z.string(),
  jurisdictionId: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  state: z.enum(planStates),
  feedbackOn: z.string(),
  dueOn: z.string(),
  counts,
  version: z.number(),
});

export const historyStep = z.object({
  action: z.string(),
  fromState: z.string(),
  toState: z.string(),
  actorName: z.string().nullable(),
  opinion: z.string().nullable(),
  at: z.string(),
});

export const escalationView = z.object({
  kind: z.enum(escalationKinds),
  dueOn: z.string(),
  message: z.string(),
  clueId: z.string().nullable(),
  issuedAt: z.string(),
});

export const itemView = z.object({
  id: z.string(),
  planId: z.string(),
  findingId: z.string().nullable(),
  problem: z.string(),
  responsibleLeader: z.string(),
  responsiblePersons: z.string().nullable(),
  measures: z.string(),
  dueOn: z.string(),
  immediateFix: z.boolean(),
  state: z.enum(itemStates),
  overdue: z.boolean(),
  daysLeft: z.number(),
  files: z.array(z.object({ id: z.string(), name: z.string() })),
  /** 文字整改 signs for the reviewer, each explained. */
  flags: z.array(
    z.object({
      code: z.enum([
        'noEvidence',
        'sharedEvidence',
        'quickClosure',
        'pastedWording',
        'unverifiable',
      ]),
      message: z.string(),
    }),
  ),
  closureRequestedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  history: z.array(historyStep),
  escalations: z.array(escalationView),
  actions: z.array(z.string()),
  version: z.number(),
});

export const itemDetail = itemView.extend({ unitId: z.string(), planState: z.enum(planStates) });

export const planDetail = planSummary.omit({ counts: true }).extend({
  summary: z.string().nullable(),
  approvedAt: z.string().nullable(),
  findings: z.array(z.object({ id: z.string(), problem: z.string(), itemCount: z.number() })),
  items: z.array(itemView),
  counts,
  actions: z.array(z.string()),
  canEditItems: z.boolean(),
  canSupervise: z.boolean(),
  secretaryUserId: z.string().nullable(),
  secretaryName: z.string().nullable(),
  report: z
    .object({
      content: z.string(),
      contentHash: z.string(),
      signedAt: z.string().nullable(),
      signedByName: z.string().nullable(),
      /** The 承诺书 covers the current content (false once the content changes). */
      valid: z.boolean(),
      version: z.number(),
    })
    .nullable(),
  canWriteReport: z.boolean(),
  canSign: z.boolean(),
  timeline: z.array(historyStep),
});

export const planPatch = z.object({
  version,
  summary: optionalText(5000),
  secretaryUserId: z.uuid().nullish(),
});

export const reportBody = z.object({ content: text(50_000) });
export const signatureBody = z.object({ password: z.string().min(1).max(200) });

export const disclosureBody = z.object({
  planId: z.uuid(),
  scope: z.enum(['internal', 'public']),
  title: text(200),
  summary: text(10_000),
  publishedOn: isoDate.nullish(),
});

export const disclosureView = z.object({
  id: z.string(),
  planId: z.string(),
  scope: z.enum(['internal', 'public']),
  title: z.string(),
  summary: z.string(),
  publishedOn: z.string(),
  unitName: z.string(),
  roundName: z.string(),
});

export const publicDisclosure = disclosureView.omit({ planId: true, scope: true });
export const disclosureQuery = z.object({ planId: z.uuid().optional() });
export const publicQuery = z.object({ ...pagingQuery });

export const planTransitionBody = z.object({
  action: z.string().min(1).max(40),
  version,
  opinion: z.string().trim().max(10_000).nullish(),
});

const itemFields = {
  findingId: z.uuid().nullish(),
  problem: optionalText(2000),
  responsibleLeader: text(100),
  responsiblePersons: optionalText(500),
  measures: text(5000),
  dueOn: isoDate.nullish(),
  immediateFix: z.boolean().optional(),
};

export const itemBody = z.object({ planId: z.uuid(), ...itemFields });
export const itemPatch = z.object(itemFields).partial().extend({ version });

export const itemQuery = z.object({
  ...pagingQuery,
  planId: z.uuid().optional(),
  state: z.enum(itemStates).optional(),
  overdue: queryFlag,
});

export const itemTransitionBody = z.object({
  action: z.string().min(1).max(40),
  version,
  opinion: z.string().trim().max(10_000).nullish(),
  fileIds: z.array(z.uuid()).max(20).nullish(),
});

export const escalationResult = z.object({
  ...(Object.fromEntries(escalationKinds.map((k) => [k, z.number()])) as Record<
    (typeof escalationKinds)[number],
    z.ZodNumber
  >),
  /** 回头看 visits the office was just reminded of. */
  followUpsDue: z.number(),
});

export const checkBody = z.object({
  planId: z.uuid(),
  itemId: z.uuid().nullish(),
  kind: z.enum(checkKinds),
  plannedOn: isoDate,
  doneOn: isoDate.nullish(),
  result: z.enum(checkResults).nullish(),
  note: optionalText(5000),
});
export const checkPatch = z.object({
  version,
  doneOn: isoDate.nullish(),
  result: z.enum(checkResults).nullish(),
  note: optionalText(5000),
});
export const checkView = z.object({
  id: z.string(),
  planId: z.string(),
  itemId: z.string().nullable(),
  kind: z.enum(checkKinds),
  plannedOn: z.string(),
  doneOn: z.string().nullable(),
  result: z.enum(checkResults).nullable(),
  note: z.string().nullable(),
  version: z.number(),
});
export const checkQuery = z.object({ planId: z.uuid() });

export const followUpView = z.object({
  id: z.string(),
  planId: z.string(),
  dueOn: z.string(),
  sampleItemIds: z.array(z.string()),
  visitedOn: z.string().nullable(),
  results: z.array(
    z.object({ itemId: z.string(), passed: z.boolean(), note: z.string().nullable() }),
  ),
  version: z.number(),
});
export const followUpBody = z.object({
  version,
  visitedOn: isoDate,
  results: z
    .array(z.object({ itemId: z.uuid(), passed: z.boolean(), note: optionalText(2000) }))
    .min(1)
    .max(200),
});
