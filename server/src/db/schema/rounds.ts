import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { roundKinds, roundStages } from '../../core/round-vocabulary.js';
import { users } from './accounts.js';
import { jurisdictions, teams, units } from './org.js';

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
    stage: text('stage', { enum: roundStages }).notNull().default('preparation'),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
