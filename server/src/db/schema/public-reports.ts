import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { messageAuthors, satisfactionRatings } from '../../core/public-report-vocabulary.js';
import { users } from './accounts.js';
import { departments, jurisdictions } from './org.js';
import { petitions } from './petitions.js';

/**
 * A report made on the public page (/report): its petition (channel `online`) and the receipt
 * code's argon2id hash, the reporter's only key. Nothing about the sender is kept — no IP
 * address, no user agent, no identity beyond what they chose to give in the petition itself.
 */
export const publicReports = pgTable('public_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  petitionId: uuid('petition_id')
    .notNull()
    .unique()
    .references(() => petitions.id),
  receiptHash: text('receipt_hash').notNull().unique(),
  /** The language the reporter used (zh-CN, en-US), for the answer's wording. */
  locale: text('locale').notNull().default('zh-CN'),
  surveyedAt: timestamp('surveyed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** The two-way thread between the reporter and the handlers (staff notes stay in the workflow). */
export const petitionMessages = pgTable(
  'petition_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id),
    author: text('author', { enum: messageAuthors }).notNull(),
    /** The handler who wrote it (null for the reporter). */
    userId: uuid('user_id').references(() => users.id),
    body: text('body').notNull(),
    fileIds: uuid('file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('petition_messages_petition_idx').on(t.petitionId, t.createdAt)],
);

/**
 * 满意度测评 after the answer: stored without the petition or any identity, only the handling
 * unit (null: the office itself) and the day, so that it can be counted but not traced.
 */
export const satisfactionSurveys = pgTable(
  'satisfaction_surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    handlingDepartmentId: uuid('handling_department_id').references(() => departments.id),
    rating: text('rating', { enum: satisfactionRatings }).notNull(),
    comment: text('comment'),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
  },
  (t) => [index('satisfaction_surveys_unit_idx').on(t.jurisdictionId, t.handlingDepartmentId)],
);

/** Proof-of-work challenges already spent, until they would have expired anyway (no replay). */
export const spentChallenges = pgTable('spent_challenges', {
  id: text('id').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
