import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A timestamp with time zone, to the microsecond. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 6 });

export const timestamps = {
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
};

export const organisations = pgTable(
  'organisations',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    domain: text('domain').notNull(),
    location: text('location'),
    tier: text('tier').notNull().default('free'),
    /** Blob key of the logo the apply page shows. */
    logo: text('logo'),
    /** Kept by a trigger on candidates: every candidate has applied at least once. */
    candidates_count: integer('candidates_count').notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('organisations_domain_key').on(sql`lower(${t.domain})`)],
);

/** The hiring services every organisation can use; ids are stable across installations. */
export const services = pgTable('services', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  key: text('key').notNull().unique(),
});

export const organisationServices = pgTable(
  'organisation_services',
  {
    org_id: integer('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    service_id: integer('service_id')
      .notNull()
      .references(() => services.id),
  },
  (t) => [primaryKey({ columns: [t.org_id, t.service_id] })],
);

export const roles = pgTable('roles', {
  id: integer('id').primaryKey(),
  name: text('name').notNull().unique(),
});

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    org_id: integer('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    username: text('username'),
    email: text('email').notNull(),
    password_hash: text('password_hash').notNull(),
    role_id: integer('role_id')
      .notNull()
      .references(() => roles.id),
    profile_pic: text('profile_pic'),
    is_active: boolean('is_active').notNull().default(true),
    is_staff: boolean('is_staff').notNull().default(false),
    is_superuser: boolean('is_superuser').notNull().default(false),
    last_login: ts('last_login'),
    last_seen: ts('last_seen'),
    contact: text('contact'),
    country: text('country'),
    invited_by: integer('invited_by'),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`), index('users_org_idx').on(t.org_id)],
);

/**
 * One row per login. Refresh tokens rotate: only the newest one (current_refresh_id) is
 * accepted; presenting an older one revokes the whole session and every token from it.
 */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: uuid('id').primaryKey(),
    user_id: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    current_refresh_id: uuid('current_refresh_id').notNull(),
    expires_at: timestamp('expires_at', { withTimezone: true }).notNull(),
    revoked_at: timestamp('revoked_at', { withTimezone: true }),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_sessions_user_idx').on(t.user_id)],
);

/**
 * The e-mails an organisation has had Shortlist send, counted against MAIL_DAILY_LIMIT. Kept apart
 * from candidates and jobs, so that deleting those does not give the allowance back.
 */
export const sentEmails = pgTable(
  'sent_emails',
  {
    id: serial('id').primaryKey(),
    org_id: integer('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    // Never read, and no longer written: a rolling upgrade runs old processes that still write it
    // beside new ones, so it is dropped a release later.
    kind: text('kind'),
    created_at: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('sent_emails_org_created_idx').on(t.org_id, t.created_at)],
);

/**
 * What the language model cost an organisation outside parsing (resumes carry their own cost):
 * one row per job description written or rewritten, for the dashboard's cost.
 */
export const modelUsage = pgTable(
  'model_usage',
  {
    id: serial('id').primaryKey(),
    org_id: integer('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    user_id: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The answer asked for: job_description or enhanced_job_description. */
    purpose: text('purpose').notNull(),
    input_tokens: integer('input_tokens').notNull(),
    output_tokens: integer('output_tokens').notNull(),
    total_tokens: integer('total_tokens').notNull(),
    cost: numeric('cost', { precision: 10, scale: 4 }).notNull(),
    created_at: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('model_usage_org_user_idx').on(t.org_id, t.user_id)],
);
