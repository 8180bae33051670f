import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  accessRequestKinds,
  answerMethods,
  petitionChannels,
  petitionStates,
  problemFocuses,
  reviewFlags,
} from '../../core/petition-vocabulary.js';
import { users } from './accounts.js';
import { departments, jurisdictions, tsvector, units, cadres } from './org.js';
import { storedFiles } from './platform.js';
import { rounds } from './rounds.js';

/** 重复件组: petitions a clerk linked as the same matter. */
export const caseGroups = pgTable('case_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  jurisdictionId: uuid('jurisdiction_id')
    .notNull()
    .references(() => jurisdictions.id),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** 信访件. The petitioner's identity is only ever stored encrypted (identity_cipher). */
export const petitions = pgTable(
  'petitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    code: text('code').notNull(),
    channel: text('channel', { enum: petitionChannels }).notNull(),
    /** The inspection round it was received in. */
    roundId: uuid('round_id').references(() => rounds.id),
    sourceDepartmentId: uuid('source_department_id').references(() => departments.id),
    sourceReference: text('source_reference'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    anonymous: boolean('anonymous').notNull().default(false),
    identityCipher: text('identity_cipher'),
    petitionerNameMasked: text('petitioner_name_masked'),
    petitionerPhoneMasked: text('petitioner_phone_masked'),
    petitionerIdHash: text('petitioner_id_hash'),
    petitionerPhoneHash: text('petitioner_phone_hash'),
    idNumberProblem: text('id_number_problem'),
    phoneProblem: text('phone_problem'),
    focus: text('focus', { enum: problemFocuses }),
    disciplines: text('disciplines')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    summary: text('summary').notNull(),
    content: text('content').notNull(),
    state: text('state', { enum: petitionStates }).notNull().default('registered'),
    registeredBy: uuid('registered_by').references(() => users.id),
    handlerId: uuid('handler_id').references(() => users.id),
    handlingDepartmentId: uuid('handling_department_id').references(() => departments.id),
    transferDepartmentId: uuid('transfer_department_id').references(() => departments.id),
    transferDueOn: date('transfer_due_on', { mode: 'string' }),
    acceptanceDueOn: date('acceptance_due_on', { mode: 'string' }).notNull(),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    conclusionDueOn: date('conclusion_due_on', { mode: 'string' }),
    extensionDays: integer('extension_days'),
    notAcceptedReason: text('not_accepted_reason'),
    answerMethod: text('answer_method', { enum: answerMethods }),
    answeredOn: date('answered_on', { mode: 'string' }),
    answerContent: text('answer_content'),
    caseGroupId: uuid('case_group_id').references(() => caseGroups.id),
    reviewFlag: text('review_flag', { enum: reviewFlags }),
    reviewNote: text('review_note'),
    reviewFlaggedBy: uuid('review_flagged_by').references(() => users.id),
    reviewFlaggedAt: timestamp('review_flagged_at', { withTimezone: true }),
    clueIds: uuid('clue_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    minhash: text('minhash'),
    dedupBands: text('dedup_bands')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    searchVector: tsvector('search_vector'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('petitions_code_uq').on(t.jurisdictionId, t.code),
    index('petitions_state_idx').on(t.jurisdictionId, t.state),
    index('petitions_received_idx').on(t.receivedOn),
    index('petitions_search_idx').using('gin', t.searchVector),
    index('petitions_bands_idx').using('gin', t.dedupBands),
    index('petitions_id_hash_idx').on(t.petitionerIdHash),
    index('petitions_phone_hash_idx').on(t.petitionerPhoneHash),
    index('petitions_group_idx').on(t.caseGroupId),
  ],
);

/** 被反映人 and 被反映单位 of a petition. */
export const petitionAccused = pgTable(
  'petition_accused',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id),
    kind: text('kind', { enum: ['person', 'unit'] }).notNull(),
    name: text('name'),
    position: text('position'),
    unitId: uuid('unit_id').references(() => units.id),
    unitName: text('unit_name'),
    cadreId: uuid('cadre_id').references(() => cadres.id),
  },
  (t) => [
    index('petition_accused_petition_idx').on(t.petitionId),
    index('petition_accused_unit_idx').on(t.unitId),
    index('petition_accused_name_idx').on(t.name),
  ],
);

export const petitionAttachments = pgTable(
  'petition_attachments',
  {
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    addedBy: uuid('added_by').references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.fileId] })],
);

/** 查阅/借阅/复印申请: identity reveal or copy of a petition's file, approved by a leader, time-boxed. */
export const accessRequests = pgTable(
  'access_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: accessRequestKinds }).notNull(),
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    state: text('state', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('access_requests_petition_idx').on(t.petitionId, t.requesterId)],
);

/** Per-jurisdiction yearly counters for human reference numbers (信访件编号). */
export const counters = pgTable(
  'counters',
  {
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    value: integer('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jurisdictionId, t.name, t.year] })],
);

/** One notice per petition, kind and due date: the deadline scan never repeats itself. */
export const petitionDeadlineNotices = pgTable(
  'petition_deadline_notices',
  {
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id),
    kind: text('kind', { enum: ['due_soon', 'overdue'] }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.kind, t.dueOn] })],
);
