import { sql } from 'drizzle-orm';
import { bigserial, foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { editableColumns, instant, tenantColumns } from './columns';

export const userRoles = ['admin', 'manager', 'recruiter', 'account_manager', 'back_office'] as const;
export const userStatuses = ['invited', 'active', 'deactivated'] as const;

export const users = pgTable(
  'users',
  {
    ...tenantColumns(),
    ...editableColumns(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: userRoles }).notNull(),
    status: text('status', { enum: userStatuses }).notNull().default('invited'),
    passwordHash: text('password_hash'),
    timeZone: text('time_zone'),
    lastLoginAt: instant('last_login_at'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    // Staff log in with email alone, so an email is unique across the installation.
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    index('users_agency_name_idx').on(t.agencyId, sql`lower(${t.name})`, t.id),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    ...tenantColumns(),
    userId: uuid('user_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
    userAgent: text('user_agent'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('sessions_token_hash_unique').on(t.tokenHash),
    foreignKey({ columns: [t.agencyId, t.userId], foreignColumns: [users.agencyId, users.id], name: 'sessions_user_fk' }),
    index('sessions_user_idx').on(t.agencyId, t.userId),
  ],
);

export const userInvitations = pgTable(
  'user_invitations',
  {
    ...tenantColumns(),
    userId: uuid('user_id').notNull(),
    invitedBy: uuid('invited_by'),
    tokenHash: text('token_hash').notNull(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('user_invitations_token_hash_unique').on(t.tokenHash),
    foreignKey({ columns: [t.agencyId, t.userId], foreignColumns: [users.agencyId, users.id], name: 'user_invitations_user_fk' }),
    foreignKey({ columns: [t.agencyId, t.invitedBy], foreignColumns: [users.agencyId, users.id], name: 'user_invitations_invited_by_fk' }),
    index('user_invitations_user_idx').on(t.agencyId, t.userId),
    index('user_invitations_invited_by_idx').on(t.agencyId, t.invitedBy),
  ],
);

export const apiKeyScopes = ['read', 'write'] as const;

export const apiKeys = pgTable(
  'api_keys',
  {
    ...tenantColumns(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    scopes: text('scopes', { enum: apiKeyScopes }).array().notNull(),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('api_keys_key_hash_unique').on(t.keyHash),
    foreignKey({ columns: [t.agencyId, t.userId], foreignColumns: [users.agencyId, users.id], name: 'api_keys_user_fk' }),
    index('api_keys_user_idx').on(t.agencyId, t.userId),
    index('api_keys_agency_created_idx').on(t.agencyId, t.createdAt, t.id),
  ],
);

/** Failed logins, counted per email and address for the rate limit; installation-wide, before any agency is known. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    at: instant('at').notNull(),
  },
  (t) => [index('login_failures_email_ip_at_idx').on(t.email, t.ip, t.at)],
);
