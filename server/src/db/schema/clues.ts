import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
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
import { cadreLevels } from '../../core/vocabulary.js';
import { users } from './accounts.js';
import { audited, cadres, departments, jurisdictions, units } from './org.js';
import { petitions } from './petitions.js';
import { activities, rounds } from './rounds.js';

/**
 * 问题线索 in the ledger (DOMAIN.md §3.3). `state` is the account (DB column `account`):
 * 报账 recorded → 交账 handedOver → 转账 transferred → 查账 underSupervision → 销账 closed.
 */
export const clues = pgTable(
  'clues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    code: text('code').notNull(),
    source: text('source', { enum: clueSources }).notNull(),
    sourcePetitionId: uuid('source_petition_id').references(() => petitions.id),
    sourceActivityId: uuid('source_activity_id').references(() => activities.id),
    roundId: uuid('round_id').references(() => rounds.id),
    accusedName: text('accused_name'),
    accusedPosition: text('accused_position'),
    accusedUnitId: uuid('accused_unit_id').references(() => units.id),
    accusedUnitName: text('accused_unit_name'),
    accusedCadreId: uuid('accused_cadre_id').references(() => cadres.id),
    accusedCadreLevel: text('accused_cadre_level', { enum: cadreLevels }),
    focus: text('focus', { enum: problemFocuses }),
    disciplines: text('disciplines', { enum: disciplines })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    description: text('description').notNull(),
    /** Only the named members (clue_members) see a confidential clue. */
    confidential: boolean('confidential').notNull().default(false),
    /** Found by inspection: handled first (source §9 优先处置). */
    prioritized: boolean('prioritized').notNull().default(false),
    evidencePetitionIds: uuid('evidence_petition_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    evidenceActivityIds: uuid('evidence_activity_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    fileIds: uuid('file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    state: text('account', { enum: clueAccounts }).notNull().default('recorded'),
    /** When the clue entered its current account, and the deadline of that account. */
    accountSince: timestamp('account_since', { withTimezone: true }).notNull().defaultNow(),
    accountDueOn: date('account_due_on'),
    /** Any recorded step (呆账 counts from here). */
    lastMovedAt: timestamp('last_moved_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set by the ledger job, cleared by the next step. */
    stall: text('stall', { enum: clueStalls }),
    handedOverAt: timestamp('handed_over_at', { withTimezone: true }),
    transferredAt: timestamp('transferred_at', { withTimezone: true }),
    supervisedAt: timestamp('supervised_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    receiverDepartmentId: uuid('receiver_department_id').references(() => departments.id),
    /** The receiver's feedback deadline; past it the job issues a 督办 notice. */
    feedbackDueOn: date('feedback_due_on'),
    disposal: text('disposal', { enum: clueDisposals }),
    disposalOn: date('disposal_on'),
    /** 暂存待查: when the clue comes back for review. */
    reviewDueOn: date('review_due_on'),
    outcome: text('outcome', { enum: clueOutcomes }),
    outcomeOn: date('outcome_on'),
    outcomeNote: text('outcome_note'),
    /** 诬告: a clearance where the accusation was found malicious. */
    falseAccusation: boolean('false_accusation').notNull().default(false),
    dualInquiryResult: text('dual_inquiry_result', { enum: dualInquiryResults }),
    dualInquiryNote: text('dual_inquiry_note'),
    dualInquiryOn: date('dual_inquiry_on'),
    createdBy: uuid('created_by').references(() => users.id),
    ...audited,
  },
  (t) => [
    uniqueIndex('clues_code_uq').on(t.jurisdictionId, t.code),
    index('clues_petition_idx').on(t.sourcePetitionId),
    index('clues_account_idx').on(t.jurisdictionId, t.state),
    index('clues_round_idx').on(t.roundId),
    index('clues_receiver_idx').on(t.receiverDepartmentId),
  ],
);

/** Who may see a confidential clue (and who was named on it). */
export const clueMembers = pgTable(
  'clue_members',
  {
    clueId: uuid('clue_id')
      .notNull()
      .references(() => clues.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.clueId, t.userId] }),
    index('clue_members_user_idx').on(t.userId),
  ],
);

/** 移交 with its 移交函: proposed vs chosen receiver, the reason for a change, acknowledgement. */
export const clueTransfers = pgTable(
  'clue_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clueId: uuid('clue_id')
      .notNull()
      .references(() => clues.id),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    receiverDepartmentId: uuid('receiver_department_id')
      .notNull()
      .references(() => departments.id),
    proposedDepartmentId: uuid('proposed_department_id').references(() => departments.id),
    changeReason: text('change_reason'),
    letterNumber: text('letter_number').notNull(),
    transferredOn: date('transferred_on').notNull(),
    transferredBy: uuid('transferred_by')
      .notNull()
      .references(() => users.id),
    feedbackDueOn: date('feedback_due_on').notNull(),
    /** The receiver has no accounts: the office records its replies, with the scans. */
    onPaper: boolean('on_paper').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    ...audited,
  },
  (t) => [
    index('clue_transfers_clue_idx').on(t.clueId),
    uniqueIndex('clue_transfers_letter_uq').on(t.jurisdictionId, t.letterNumber),
  ],
);

/** 集体研判: one meeting, its participants, and a decision per clue. */
export const clueReviews = pgTable(
  'clue_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    heldOn: date('held_on').notNull(),
    chair: text('chair').notNull(),
    participants: text('participants').array().notNull(),
    note: text('note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    ...audited,
  },
  (t) => [index('clue_reviews_jurisdiction_idx').on(t.jurisdictionId, t.heldOn)],
);

export const clueDecisions = pgTable(
  'clue_review_decisions',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => clueReviews.id),
    clueId: uuid('clue_id')
      .notNull()
      .references(() => clues.id),
    decision: text('decision', { enum: clueReviewDecisions }).notNull(),
    receiverDepartmentId: uuid('receiver_department_id').references(() => departments.id),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.reviewId, t.clueId] }),
    index('clue_review_decisions_clue_idx').on(t.clueId),
  ],
);

/** What the ledger job issued: reminders (挂账/呆账/暂存待查 review) and 督办 notices. */
export const clueNotices = pgTable(
  'clue_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clueId: uuid('clue_id')
      .notNull()
      .references(() => clues.id),
    kind: text('kind', { enum: clueNoticeKinds }).notNull(),
    /** The date the notice is about (deadline or last movement): one notice per kind and date. */
    dueOn: date('due_on').notNull(),
    departmentId: uuid('department_id').references(() => departments.id),
    message: text('message').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('clue_notices_uq').on(t.clueId, t.kind, t.dueOn)],
);

/**
 * 廉政档案 entries (the integrity-file issue adds its views): what a clue's outcome says about a
 * cadre, written when the clue is closed.
 */
export const integrityRecords = pgTable(
  'integrity_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    cadreId: uuid('cadre_id').references(() => cadres.id),
    personName: text('person_name'),
    unitId: uuid('unit_id').references(() => units.id),
    unitName: text('unit_name'),
    position: text('position'),
    clueId: uuid('clue_id').references(() => clues.id),
    outcome: text('outcome', { enum: clueOutcomes }).notNull(),
    falseAccusation: boolean('false_accusation').notNull().default(false),
    recordedOn: date('recorded_on').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('integrity_records_cadre_idx').on(t.cadreId),
    index('integrity_records_unit_idx').on(t.unitId),
  ],
);
