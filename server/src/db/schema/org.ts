import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  cadreLevels,
  departmentKinds,
  jurisdictionLevels,
  unitTypes,
} from '../../core/vocabulary.js';

/** A tsvector filled from the Chinese tokenizer (see core/search). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** version (optimistic locking), created and updated: the columns every editable record has. */
export const audited = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** 辖区: province → city → county Party committee. Every record belongs to one. */
export const jurisdictions = pgTable('jurisdictions', {
  id: uuid('id').primaryKey().defaultRandom(),
  parentId: uuid('parent_id').references((): AnyPgColumn => jurisdictions.id),
  name: text('name').notNull(),
  level: text('level', { enum: jurisdictionLevels }).notNull(),
  code: text('code'),
  ...audited,
});

/** Partner departments (巡察办, 纪委监委, 组织部, 信访局 …): senders and receivers of work. */
export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: departmentKinds }).notNull(),
    /** false: the department is served on paper and the office records its replies. */
    hasAccounts: boolean('has_accounts').notNull().default(true),
    ...audited,
  },
  (t) => [index('departments_jurisdiction_idx').on(t.jurisdictionId)],
);

/** 被巡察单位: a Party organization, department, township, village, enterprise … */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    name: text('name').notNull(),
    type: text('type', { enum: unitTypes }).notNull(),
    region: text('region'),
    code: text('code'),
    searchVector: tsvector('search_vector'),
    ...audited,
  },
  (t) => [
    index('units_jurisdiction_idx').on(t.jurisdictionId),
    index('units_parent_idx').on(t.parentId),
    index('units_search_idx').using('gin', t.searchVector),
    index('units_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

/** 干部: a leader in a unit. Later issues hang the integrity file on it. */
export const cadres = pgTable(
  'cadres',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }),
    position: text('position').notNull(),
    level: text('level', { enum: cadreLevels }).notNull(),
    isLeadershipMember: boolean('is_leadership_member').notNull().default(false),
    ...audited,
  },
  (t) => [
    index('cadres_unit_idx').on(t.unitId),
    index('cadres_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

/** 巡察组. The rounds issue links teams to rounds and targets. */
export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    name: text('name').notNull(),
    ...audited,
  },
  (t) => [uniqueIndex('teams_name_uq').on(t.jurisdictionId, t.name)],
);

/** 巡察干部 in the talent pool; the rounds issue adds history, relatives and recusal. */
export const inspectors = pgTable(
  'inspectors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }),
    specialties: text('specialties')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    rank: text('rank'),
    currentUnit: text('current_unit'),
    hometown: text('hometown'),
    region: text('region'),
    available: boolean('available').notNull().default(true),
    /** The inspector's own account, when they have one (公务回避: petitions they handled). */
    userId: uuid('user_id'),
    /** Eligibility (source §1 第十一条): 政治素质、纪律、作风、能力; false keeps them off teams. */
    eligible: boolean('eligible').notNull().default(true),
    ...audited,
  },
  (t) => [index('inspectors_jurisdiction_idx').on(t.jurisdictionId)],
);
