import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clueAccounts, clueSources } from '../../core/clue-vocabulary.js';
import { disciplines, problemFocuses } from '../../core/petition-vocabulary.js';
import { users } from './accounts.js';
import { audited, cadres, jurisdictions, units } from './org.js';
import { petitions } from './petitions.js';
import { rounds } from './rounds.js';

/**
 * 问题线索. Petitions raise clues into the ledger (recorded = 报账); the clue ledger issue adds
 * the five-account workflow, transfers, disposal and the ledger views on top of this table.
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
    roundId: uuid('round_id').references(() => rounds.id),
    accusedName: text('accused_name'),
    accusedPosition: text('accused_position'),
    accusedUnitId: uuid('accused_unit_id').references(() => units.id),
    accusedUnitName: text('accused_unit_name'),
    accusedCadreId: uuid('accused_cadre_id').references(() => cadres.id),
    focus: text('focus', { enum: problemFocuses }),
    disciplines: text('disciplines', { enum: disciplines })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    description: text('description').notNull(),
    account: text('account', { enum: clueAccounts }).notNull().default('recorded'),
    createdBy: uuid('created_by').references(() => users.id),
    ...audited,
  },
  (t) => [
    uniqueIndex('clues_code_uq').on(t.jurisdictionId, t.code),
    index('clues_petition_idx').on(t.sourcePetitionId),
    index('clues_account_idx').on(t.jurisdictionId, t.account),
  ],
);
