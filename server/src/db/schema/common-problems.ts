import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { escalationKinds, itemStates } from '../../core/rectification-vocabulary.js';
import { users } from './accounts.js';
import { clues } from './clues.js';
import { audited, jurisdictions, units } from './org.js';

/**
 * 共性问题集中整治 (DOMAIN.md §3.4, source §5): one problem found in several units, rectified as one
 * task — the lead unit organizes it (牵头单位组织实施), the cooperating units take part (配合单位积极
 * 参与) and the office tracks and supervises it (巡察办跟踪督办): 三位一体. Tracked like an item:
 * progress with evidence, closure requested by the lead unit, closed (销号) or sent back by the office.
 */
export const commonProblems = pgTable(
  'common_problems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    title: text('title').notNull(),
    problem: text('problem').notNull(),
    /** The findings (巡察发现问题) of the several units it gathers. */
    findingIds: uuid('finding_ids').array().notNull(),
    leadUnitId: uuid('lead_unit_id')
      .notNull()
      .references(() => units.id),
    cooperatingUnitIds: uuid('cooperating_unit_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** The lead unit's leader answerable for the task. */
    responsibleLeader: text('responsible_leader').notNull(),
    measures: text('measures').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    state: text('state', { enum: itemStates }).notNull().default('open'),
    fileIds: uuid('file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    closureRequestedAt: timestamp('closure_requested_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    ...audited,
  },
  (t) => [index('common_problems_state_idx').on(t.jurisdictionId, t.state, t.dueOn)],
);

/** The escalation ladder's steps issued for a common problem (like an item's). */
export const commonProblemEscalations = pgTable(
  'common_problem_escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commonProblemId: uuid('common_problem_id')
      .notNull()
      .references(() => commonProblems.id),
    kind: text('kind', { enum: escalationKinds }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    message: text('message').notNull(),
    clueId: uuid('clue_id').references(() => clues.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('common_problem_escalations_uq').on(t.commonProblemId, t.kind, t.dueOn)],
);
