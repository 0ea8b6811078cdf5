import { bigint, customType, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { now } from '../../platform/clock';
import { newId } from '../../platform/ids';
import { FEE_TYPES, RATE_UNITS } from '../../shared/jobs';
import { agencies } from './agencies';

/** Columns every business table starts with: the tenant, a UUIDv7 id, and when it was made. */
export const tenantColumns = () => ({
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  id: uuid('id').notNull().$defaultFn(newId),
  createdAt: instant('created_at').notNull().defaultNow().$defaultFn(now),
});

/** Columns of records people edit: last change time and the optimistic-concurrency version. */
export const editableColumns = () => ({
  updatedAt: instant('updated_at').notNull().defaultNow().$defaultFn(now).$onUpdateFn(now),
  version: integer('version').notNull().default(1),
});

export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** What the client is billed: a bill rate with its unit, and the placement fee (jobs, offers, placements). */
export const billingColumns = () => ({
  billRateMinor: bigint('bill_rate_minor', { mode: 'number' }),
  billRateUnit: text('bill_rate_unit', { enum: RATE_UNITS }),
  feeType: text('fee_type', { enum: FEE_TYPES }),
  /** Percentage fee in basis points (2000 = 20 %), or a flat fee in minor units. */
  feeBp: integer('fee_bp'),
  feeFlatMinor: bigint('fee_flat_minor', { mode: 'number' }),
});

/** PostgreSQL's full-text document type; read back as its text form. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
