import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { disciplines, problemFocuses } from '../../core/petition-vocabulary.js';
import {
  activityMethods,
  briefingSources,
  roundKinds,
  roundStages,
} from '../../core/round-vocabulary.js';
import { users } from './accounts.js';
import { audited, departments, inspectors, jurisdictions, teams, units } from './org.js';

/**
 * 巡察轮次. The petitions issue needs rounds for two things only: a petition received during a
 * round links to it, and a team sees the petitions about its round's targets. The rounds issue
 * adds planning, the six-stage workflow and on-site records on top of these tables.
 */
export const rounds = pgTable(
  'rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: roundKinds }).notNull().default('regular'),
    /** The stage (准备 … 立卷归案); `state` in code, as every workflow's. */
    state: text('stage', { enum: roundStages }).notNull().default('preparation'),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    /** 专项巡察的主题, e.g. 征地拆迁, 扶贫民生. */
    topic: text('topic'),
    /** 授权书 number. */
    authorizationNo: text('authorization_no'),
    termId: uuid('term_id').references((): AnyPgColumn => terms.id),
    createdBy: uuid('created_by').references(() => users.id),
    ...audited,
  },
  (t) => [index('rounds_jurisdiction_idx').on(t.jurisdictionId)],
);

/** 巡察对象: a unit inspected in a round, and the team assigned to it. */
export const roundTargets = pgTable(
  'round_targets',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    teamId: uuid('team_id').references(() => teams.id),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.unitId] }),
    index('round_targets_team_idx').on(t.teamId),
    index('round_targets_unit_idx').on(t.unitId),
  ],
);

/** 届: a term of the Party committee; every unit is inspected at least once per term (全覆盖). */
export const terms = pgTable(
  'terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    name: text('name').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('terms_jurisdiction_idx').on(t.jurisdictionId)],
);

/** 工作经历: where an inspector worked (任职回避 looks back N years). */
export const inspectorPositions = pgTable(
  'inspector_positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectorId: uuid('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    unitId: uuid('unit_id').references(() => units.id),
    unitName: text('unit_name').notNull(),
    position: text('position'),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    /** null: still there. */
    toOn: date('to_on', { mode: 'string' }),
  },
  (t) => [index('inspector_positions_inspector_idx').on(t.inspectorId)],
);

/** 亲属: a relative holding a post somewhere (公务回避 when the post is in the target). */
export const inspectorRelatives = pgTable(
  'inspector_relatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectorId: uuid('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    name: text('name').notNull(),
    relation: text('relation').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    unitName: text('unit_name'),
    position: text('position'),
  },
  (t) => [index('inspector_relatives_inspector_idx').on(t.inspectorId)],
);

/** Who serves on which team in a round (组长 / 副组长 / 组员), with an approved override if conflicted. */
export const roundTeamMembers = pgTable(
  'round_team_members',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    inspectorId: uuid('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    role: text('role', { enum: ['leader', 'deputy', 'member'] })
      .notNull()
      .default('member'),
    overrideId: uuid('override_id').references((): AnyPgColumn => recusalOverrides.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.inspectorId] }),
    index('round_team_members_team_idx').on(t.teamId),
  ],
);

/** A leader's approval to assign an inspector despite recusal conflicts, with the reason. */
export const recusalOverrides = pgTable(
  'recusal_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    inspectorId: uuid('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    conflicts: jsonb('conflicts').notNull(),
    reason: text('reason').notNull(),
    state: text('state', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    requestedBy: uuid('requested_by').references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recusal_overrides_round_idx').on(t.roundId, t.inspectorId)],
);

/** 情况通报: a briefing requested from a partner department before going on site. */
export const briefings = pgTable(
  'briefings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    source: text('source', { enum: briefingSources }).notNull(),
    departmentId: uuid('department_id').references(() => departments.id),
    request: text('request').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    response: text('response'),
    respondedOn: date('responded_on', { mode: 'string' }),
    fileIds: uuid('file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by').references(() => users.id),
    ...audited,
  },
  (t) => [index('briefings_round_idx').on(t.roundId)],
);

/** 巡察了解活动: one on-site record by method (谈话, 调阅资料, 座谈会, 民主测评 …) at a target. */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    teamId: uuid('team_id').references(() => teams.id),
    method: text('method', { enum: activityMethods }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    place: text('place'),
    /** Method-specific fields (interviewee, post, interviewers, recorder, outline, items, scores …). */
    details: jsonb('details')
      .notNull()
      .default(sql`'{}'::jsonb`),
    summary: text('summary').notNull(),
    record: text('record'),
    unannounced: boolean('unannounced').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    ...audited,
  },
  (t) => [index('activities_round_idx').on(t.roundId, t.unitId)],
);

/** 巡察发现问题: a problem found at a target; the report lists them; rectification works them off. */
export const findings = pgTable(
  'findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    activityId: uuid('activity_id').references(() => activities.id),
    problem: text('problem').notNull(),
    focus: text('focus', { enum: problemFocuses }),
    disciplines: text('disciplines', { enum: disciplines })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    evidence: text('evidence'),
    createdBy: uuid('created_by').references(() => users.id),
    ...audited,
  },
  (t) => [index('findings_round_idx').on(t.roundId, t.unitId)],
);

/** 巡察报告 per target: text, evaluation of the leadership team, approval and feedback. */
export const roundReports = pgTable(
  'round_reports',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    content: text('content').notNull(),
    /** 领导班子评价 (used later by 组织部). */
    teamEvaluation: text('team_evaluation'),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    feedbackOn: date('feedback_on', { mode: 'string' }),
    feedbackAttendees: text('feedback_attendees'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId] })],
);
