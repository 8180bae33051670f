import { z } from 'zod';
import {
  clueAccounts,
  clueDisposals,
  clueNoticeKinds,
  clueOutcomes,
  clueReviewDecisions,
  clueSources,
  clueStalls,
  dualInquiryResults,
} from '../../core/clue-vocabulary.js';
import { disciplines, problemFocuses } from '../../core/petition-vocabulary.js';
import { cadreLevels, departmentKinds } from '../../core/vocabulary.js';
import {
  isoDate,
  optionalText,
  pagingQuery,
  queryFlag,
  text,
  version,
} from '../../http/schemas.js';

/** What a clue says: the fields of registration and of the office's edits. */
const clueFields = {
  accusedName: optionalText(50),
  accusedPosition: optionalText(100),
  accusedUnitId: z.uuid().nullish(),
  accusedUnitName: optionalText(100),
  accusedCadreId: z.uuid().nullish(),
  accusedCadreLevel: z.enum(cadreLevels).nullish(),
  focus: z.enum(problemFocuses).nullish(),
  disciplines: z.array(z.enum(disciplines)).max(6).optional(),
  description: text(10_000),
  confidential: z.boolean().optional(),
  /** Users named on a confidential clue (the only ones who see it, with the one who names them). */
  memberIds: z.array(z.uuid()).max(30).optional(),
  evidencePetitionIds: z.array(z.uuid()).max(50).optional(),
  evidenceActivityIds: z.array(z.uuid()).max(50).optional(),
  fileIds: z.array(z.uuid()).max(20).optional(),
};

export const clueBody = z.object({
  jurisdictionId: z.uuid().optional(),
  source: z.enum(clueSources),
  roundId: z.uuid().nullish(),
  ...clueFields,
});

export const cluePatch = z.object(clueFields).partial().extend({ version });

export const clueQuery = z.object({
  ...pagingQuery,
  q: z.string().max(100).optional(),
  account: z.enum(clueAccounts).optional(),
  /** 挂账 / 呆账, or `any` for both. */
  stall: z.enum([...clueStalls, 'any']).optional(),
  source: z.enum(clueSources).optional(),
  roundId: z.uuid().optional(),
  receiverDepartmentId: z.uuid().optional(),
  prioritized: queryFlag,
  /** Clues transferred to the caller's department (the receiving body's inbox). */
  inbox: queryFlag,
  /** 暂存待查 clues whose review date has come. */
  reviewDue: queryFlag,
});

/** Export takes the list's filters, without paging. */
export const clueExportQuery = clueQuery.omit({ page: true, pageSize: true });

export const clueSummary = z.object({
  id: z.string(),
  jurisdictionId: z.string(),
  code: z.string(),
  source: z.enum(clueSources),
  roundId: z.string().nullable(),
  roundName: z.string().nullable(),
  accusedName: z.string().nullable(),
  accusedPosition: z.string().nullable(),
  accusedUnitId: z.string().nullable(),
  accusedUnitName: z.string().nullable(),
  accusedCadreLevel: z.enum(cadreLevels).nullable(),
  focus: z.enum(problemFocuses).nullable(),
  disciplines: z.array(z.enum(disciplines)),
  description: z.string(),
  confidential: z.boolean(),
  prioritized: z.boolean(),
  account: z.enum(clueAccounts),
  accountSince: z.string(),
  accountDueOn: z.string().nullable(),
  /** Whole days in the current account. */
  ageDays: z.number(),
  stall: z.enum(clueStalls).nullable(),
  createdAt: z.string(),
  handedOverAt: z.string().nullable(),
  transferredAt: z.string().nullable(),
  supervisedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  receiverDepartmentId: z.string().nullable(),
  receiverName: z.string().nullable(),
  feedbackDueOn: z.string().nullable(),
  disposal: z.enum(clueDisposals).nullable(),
  disposalOn: z.string().nullable(),
  reviewDueOn: z.string().nullable(),
  outcome: z.enum(clueOutcomes).nullable(),
  outcomeOn: z.string().nullable(),
  falseAccusation: z.boolean(),
  version: z.number(),
});

const accountCounts = z.object(
  Object.fromEntries(clueAccounts.map((a) => [a, z.number()])) as Record<
    (typeof clueAccounts)[number],
    z.ZodNumber
  >,
);

export const clueList = z.object({
  items: z.array(clueSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Per account and stall, over the whole visible ledger (not just the filter). */
  accounts: accountCounts,
  stalls: z.object({ pendingAccount: z.number(), deadAccount: z.number(), reviewDue: z.number() }),
});

const receiver = z.object({
  departmentId: z.string(),
  name: z.string(),
  kind: z.enum(departmentKinds),
  jurisdictionId: z.string(),
  jurisdictionName: z.string(),
  /** No accounts in the system: served on paper, the office records the replies. */
  onPaper: z.boolean(),
});

export const clueTransfer = z.object({
  id: z.string(),
  receiverDepartmentId: z.string(),
  receiverName: z.string(),
  proposedDepartmentId: z.string().nullable(),
  changeReason: z.string().nullable(),
  letterNumber: z.string(),
  transferredOn: z.string(),
  transferredBy: z.string(),
  transferredByName: z.string(),
  feedbackDueOn: z.string(),
  onPaper: z.boolean(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
});

export const clueDetail = clueSummary.extend({
  sourcePetitionId: z.string().nullable(),
  sourcePetitionCode: z.string().nullable(),
  sourceActivityId: z.string().nullable(),
  accusedCadreId: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  dualInquiryResult: z.enum(dualInquiryResults).nullable(),
  dualInquiryNote: z.string().nullable(),
  dualInquiryOn: z.string().nullable(),
  evidence: z.object({
    petitions: z.array(z.object({ id: z.string(), code: z.string() })),
    activities: z.array(
      z.object({ id: z.string(), roundId: z.string(), method: z.string(), summary: z.string() }),
    ),
    files: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
  members: z.array(z.object({ userId: z.string(), displayName: z.string() })),
  transfers: z.array(clueTransfer),
  reviews: z.array(
    z.object({
      reviewId: z.string(),
      heldOn: z.string(),
      chair: z.string(),
      decision: z.enum(clueReviewDecisions),
      receiverDepartmentId: z.string().nullable(),
      receiverName: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  notices: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(clueNoticeKinds),
      dueOn: z.string(),
      message: z.string(),
      issuedAt: z.string(),
    }),
  ),
  timeline: z.array(
    z.object({
      action: z.string(),
      fromState: z.string(),
      toState: z.string(),
      actorName: z.string().nullable(),
      opinion: z.string().nullable(),
      at: z.string(),
    }),
  ),
  /** Transitions the caller may fire now (`transfer` goes through /transfers). */
  actions: z.array(z.string()),
  /** When the caller may transfer: the proposal by cadre-management authority and the choices. */
  proposedReceiver: receiver.extend({ reasons: z.array(z.string()) }).nullable(),
  receiverOptions: z.array(receiver),
  /** Collective review is required before transfer and has not decided `transfer` yet. */
  reviewMissing: z.boolean(),
  canEdit: z.boolean(),
  /** The office records the paper receiver's replies (scans required). */
  actsOnBehalf: z.boolean(),
});

export const clueTransitionBody = z.object({
  action: z.string().min(1).max(40),
  version,
  opinion: z.string().trim().max(10_000).nullish(),
  disposal: z.enum(clueDisposals).nullish(),
  disposalOn: isoDate.nullish(),
  outcome: z.enum(clueOutcomes).nullish(),
  outcomeOn: isoDate.nullish(),
  outcomeNote: z.string().trim().max(10_000).nullish(),
  falseAccusation: z.boolean().nullish(),
  dualInquiryResult: z.enum(dualInquiryResults).nullish(),
  dualInquiryNote: z.string().trim().max(10_000).nullish(),
  dualInquiryOn: isoDate.nullish(),
  /** Scans of a paper receiver's replies (required when the office acts on its behalf). */
  fileIds: z.array(z.uuid()).max(20).nullish(),
});

export const transferBody = z.object({
  version,
  receiverDepartmentId: z.uuid(),
  /** Required when the receiver differs from the proposal. */
  changeReason: optionalText(1000),
  feedbackDueOn: isoDate.nullish(),
  opinion: z.string().trim().max(10_000).nullish(),
});

export const reviewBody = z.object({
  jurisdictionId: z.uuid().optional(),
  heldOn: isoDate,
  chair: text(50),
  participants: z.array(text(50)).min(1).max(50),
  note: optionalText(5000),
  decisions: z
    .array(
      z.object({
        clueId: z.uuid(),
        decision: z.enum(clueReviewDecisions),
        receiverDepartmentId: z.uuid().nullish(),
        note: optionalText(1000),
      }),
    )
    .min(1)
    .max(200),
});

export const reviewView = z.object({
  id: z.string(),
  jurisdictionId: z.string(),
  heldOn: z.string(),
  chair: z.string(),
  participants: z.array(z.string()),
  note: z.string().nullable(),
  decisions: z.array(
    z.object({
      clueId: z.string(),
      clueCode: z.string(),
      decision: z.enum(clueReviewDecisions),
      receiverDepartmentId: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  createdAt: z.string(),
});

export const reviewQuery = z.object({ ...pagingQuery });

export const scanResult = z.object({
  pendingAccount: z.number(),
  deadAccount: z.number(),
  supervision: z.number(),
  shelvedReview: z.number(),
});
