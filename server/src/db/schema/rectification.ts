import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  checkKinds,
  checkResults,
  escalationKinds,
  itemStates,
  planStates,
} from '../../core/rectification-vocabulary.js';
import { users } from './accounts.js';
import { audited, jurisdictions, units } from './org.js';
import { clues } from './clues.js';
import { findings, rounds } from './rounds.js';

/**
 * 整改方案: one per round and unit, opened when the feedback is delivered; the unit drafts its
 * items from the findings, the office approves or returns it (issue: rectification, point 1).
 */
export const rectificationPlans = pgTable(
  'rectification_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    state: text('state', { enum: planStates }).notNull().default('drafting'),
    feedbackOn: date('feedback_on', { mode: 'string' }).notNull(),
    /** The whole plan's deadline (setting rectification.planMonths after feedback). */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    summary: text('summary'),
    /** The unit's Party secretary, who signs the report's 承诺书 (a liaison account of the unit). */
    secretaryUserId: uuid('secretary_user_id').references(() => users.id),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    ...audited,
  },
  (t) => [
    uniqueIndex('rectification_plans_round_unit_uq').on(t.roundId, t.unitId),
    index('rectification_plans_unit_idx').on(t.unitId),
  ],
);

/**
 * 整改事项: the four lists in one row — 问题 (problem, from a finding), 责任 (leader and persons),
 * 整改 (measures, deadline, 立行立改); the 督查 list links its checks to it.
 */
export const rectificationItems = pgTable(
  'rectification_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => rectificationPlans.id),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    findingId: uuid('finding_id').references(() => findings.id),
    problem: text('problem').notNull(),
    responsibleLeader: text('responsible_leader').notNull(),
    responsiblePersons: text('responsible_persons'),
    measures: text('measures').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    immediateFix: boolean('immediate_fix').notNull().default(false),
    state: text('state', { enum: itemStates }).notNull().default('open'),
    /** Evidence of the work done (整改佐证材料): the uploads of progress reports and requests. */
    fileIds: uuid('file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    closureRequestedAt: timestamp('closure_requested_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id),
    /** A follow-up visit (回头看) found it not done: reopened, and counted against the unit. */
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    ...audited,
  },
  (t) => [
    index('rectification_items_plan_idx').on(t.planId),
    index('rectification_items_state_idx').on(t.jurisdictionId, t.state, t.dueOn),
  ],
);

/** What the escalation job issued for an item: one record per kind and deadline. */
export const rectificationEscalations = pgTable(
  'rectification_escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => rectificationItems.id),
    kind: text('kind', { enum: escalationKinds }).notNull(),
    /** The item's deadline the step is about (a new deadline escalates afresh). */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    message: text('message').notNull(),
    /** The accountability clue raised into the ledger. */
    clueId: uuid('clue_id').references(() => clues.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('rectification_escalations_uq').on(t.itemId, t.kind, t.dueOn)],
);

/**
 * 整改情况报告 with the secretary's 整改报告真实性承诺书: the signature binds the signer, the time and
 * the SHA-256 of the report's content; a changed content invalidates it.
 */
export const rectificationReports = pgTable('rectification_reports', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => rectificationPlans.id),
  content: text('content').notNull(),
  contentHash: text('content_hash').notNull(),
  signedBy: uuid('signed_by').references(() => users.id),
  signedAt: timestamp('signed_at', { withTimezone: true }),
  /** The content hash the secretary signed. */
  signedHash: text('signed_hash'),
  /** SHA-256 over plan, signed hash, signer and time: what the 承诺书 attests. */
  signature: text('signature'),
  ...audited,
});

/** 整改公开: inside the Party (internal) or to the public, one summary per disclosure. */
export const disclosures = pgTable(
  'disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => rectificationPlans.id),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    scope: text('scope', { enum: ['internal', 'public'] }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('disclosures_scope_idx').on(t.scope, t.publishedOn)],
);

/** 督查清单: planned and recorded checks of a plan, optionally of one item, with the result. */
export const supervisionChecks = pgTable(
  'supervision_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => rectificationPlans.id),
    itemId: uuid('item_id').references(() => rectificationItems.id),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    kind: text('kind', { enum: checkKinds }).notNull(),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    result: text('result', { enum: checkResults }),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    ...audited,
  },
  (t) => [index('supervision_checks_plan_idx').on(t.planId)],
);

/**
 * 回头看: a revisit scheduled `rectification.followUpMonths` after the plan's acceptance, which
 * verifies a sample of the closed items; a failed item is reopened.
 */
export const followUpVisits = pgTable(
  'follow_up_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => rectificationPlans.id),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    sampleItemIds: uuid('sample_item_ids').array().notNull(),
    visitedOn: date('visited_on', { mode: 'string' }),
    /** Per sampled item: passed or not, with the note. */
    results: jsonb('results')
      .$type<{ itemId: string; passed: boolean; note: string | null }[]>()
      .notNull()
      .default([]),
    /** When the office was reminded that the visit is due (once per visit). */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    ...audited,
  },
  (t) => [index('follow_up_visits_plan_idx').on(t.planId)],
);
