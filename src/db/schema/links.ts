import { sql } from 'drizzle-orm';
import { check, foreignKey, index, uuid, type AnyPgColumn, type PgColumn } from 'drizzle-orm/pg-core';

/**
 * Typed links to "any record" (ARCHITECTURE.md): one nullable column per record type, each with its composite
 * foreign key and index, instead of an untyped subject_type/subject_id pair. Later record types add a column here.
 */
export const recordLinkColumns = () => ({
  candidateId: uuid('candidate_id'),
  organizationId: uuid('organization_id'),
  contactId: uuid('contact_id'),
  dealId: uuid('deal_id'),
  jobId: uuid('job_id'),
});

export const RECORD_TYPES = ['candidate', 'organization', 'contact', 'deal', 'job'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

type LinkedTable = { agencyId: PgColumn; candidateId: PgColumn; organizationId: PgColumn; contactId: PgColumn; dealId: PgColumn; jobId: PgColumn };
type Targets = Record<RecordType, { agencyId: AnyPgColumn; id: AnyPgColumn }>;

/** Foreign keys, indexes (with `sortColumns` after the link, for per-record lists) and the exactly-one / at-most-one check. */
export function recordLinkConstraints(table: string, t: LinkedTable, targets: () => Targets, options: { required: boolean; sortColumns: PgColumn[] }) {
  const columns = { candidate: t.candidateId, organization: t.organizationId, contact: t.contactId, deal: t.dealId, job: t.jobId };
  const links = Object.entries(columns) as [RecordType, PgColumn][];
  const linked = sql.raw(links.map(([, column]) => `"${column.name}"`).join(', '));
  return [
    ...links.flatMap(([type, column]) => {
      const target = targets()[type];
      return [
        foreignKey({ columns: [t.agencyId, column], foreignColumns: [target.agencyId, target.id], name: `${table}_${type}_fk` }),
        index(`${table}_${type}_idx`).on(t.agencyId, column, ...options.sortColumns),
      ];
    }),
    check(`${table}_one_record`, options.required ? sql`num_nonnulls(${linked}) = 1` : sql`num_nonnulls(${linked}) <= 1`),
  ];
}
