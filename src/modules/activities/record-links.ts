import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client';
import { candidates, contacts, deals, jobs, organizations } from '../../db/schema';
import { RECORD_TYPES, type RecordType } from '../../db/schema/links';
import { AppError } from '../../platform/errors';
import { personName } from '../../platform/name-search';
import { assertNotMerged } from '../candidates/merged';

export { RECORD_TYPES, type RecordType };

export type RecordRef = { type: RecordType; id: string };
export type RelatedRecord = RecordRef & { label: string };

export type LinkField = 'candidateId' | 'organizationId' | 'contactId' | 'dealId' | 'jobId';
export const LINK_FIELDS: Record<RecordType, LinkField> = { candidate: 'candidateId', organization: 'organizationId', contact: 'contactId', deal: 'dealId', job: 'jobId' };
const LINK_FIELD_NAMES = Object.values(LINK_FIELDS);

export type LinkInput = Partial<Record<LinkField, string | null>>;

export const ZRecordType = z.enum(RECORD_TYPES);
export const ZRecordRef = z.object({ type: ZRecordType, id: z.uuid() });
export const ZRelatedRecord = z.object({ type: ZRecordType, id: z.uuid(), label: z.string() }).meta({ id: 'RelatedRecord' });

/** The link fields a body or query may carry, each optional. */
export const linkFields = {
  candidateId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  dealId: z.uuid().optional(),
  jobId: z.uuid().optional(),
};

/** The records named by the link fields that are set. */
export function linksOf(input: LinkInput): RecordRef[] {
  return RECORD_TYPES.flatMap((type) => {
    const id = input[LINK_FIELDS[type]];
    return id ? [{ type, id }] : [];
  });
}

/** Zod refinement: exactly one (activities, timeline) or at most one (tasks) link field, naming the fields otherwise. */
export function checkLinks(required: boolean) {
  return (input: LinkInput, ctx: z.RefinementCtx) => {
    const count = linksOf(input).length;
    if (count === 1 || (count === 0 && !required)) {
      return;
    }
    const message = required ? `give exactly one of ${LINK_FIELD_NAMES.join(', ')}` : `give at most one of ${LINK_FIELD_NAMES.join(', ')}`;
    const paths = count === 0 ? LINK_FIELD_NAMES : LINK_FIELD_NAMES.filter((field) => input[field]);
    for (const path of paths) {
      ctx.addIssue({ code: 'custom', path: [path], message });
    }
  };
}

/** The link columns of an insert: the one record set, the rest null. */
export function linkColumns(ref: RecordRef | undefined): Record<LinkField, string | null> {
  return { candidateId: null, organizationId: null, contactId: null, dealId: null, jobId: null, ...(ref ? { [LINK_FIELDS[ref.type]]: ref.id } : {}) };
}

/** The one record a row with link columns points at. */
export function refOfRow(row: LinkInput): RecordRef | undefined {
  return linksOf(row)[0];
}

const key = (ref: RecordRef) => `${ref.type}:${ref.id}`;

/** Labels of records of the agency: one query per record type asked for, never one per record. */
export async function loadRecordLabels(tx: Executor, agencyId: string, refs: readonly RecordRef[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  const idsOf = (type: RecordType) => [...new Set(refs.filter((ref) => ref.type === type).map((ref) => ref.id))];
  const load = async (type: RecordType, run: (ids: string[]) => Promise<{ id: string; label: string }[]>) => {
    const ids = idsOf(type);
    if (ids.length > 0) {
      for (const row of await run(ids)) {
        labels.set(key({ type, id: row.id }), row.label);
      }
    }
  };
  await load('candidate', (ids) =>
    tx
      .select({ id: candidates.id, label: personName(candidates) })
      .from(candidates)
      .where(and(eq(candidates.agencyId, agencyId), inArray(candidates.id, ids))),
  );
  await load('organization', (ids) => tx.select({ id: organizations.id, label: organizations.name }).from(organizations).where(and(eq(organizations.agencyId, agencyId), inArray(organizations.id, ids))));
  await load('contact', (ids) =>
    tx
      .select({ id: contacts.id, label: personName(contacts) })
      .from(contacts)
      .where(and(eq(contacts.agencyId, agencyId), inArray(contacts.id, ids))),
  );
  await load('deal', (ids) => tx.select({ id: deals.id, label: deals.title }).from(deals).where(and(eq(deals.agencyId, agencyId), inArray(deals.id, ids))));
  await load('job', (ids) =>
    tx
      .select({ id: jobs.id, label: sql<string>`'J-' || ${jobs.number} || ' ' || ${jobs.title}` })
      .from(jobs)
      .where(and(eq(jobs.agencyId, agencyId), inArray(jobs.id, ids))),
  );
  return labels;
}

export const labelOf = (labels: Map<string, string>, ref: RecordRef): string => labels.get(key(ref)) ?? '';

/**
 * Refuses records that are not the agency's (another agency's record is as unknown as a missing one): 422 naming the field;
 * and candidates merged into another (409 naming the survivor). Returns their labels for the answer.
 */
export async function requireRecords(tx: Executor, agencyId: string, refs: readonly { ref: RecordRef; path: string }[]): Promise<Map<string, string>> {
  const labels = await loadRecordLabels(tx, agencyId, refs.map(({ ref }) => ref));
  const missing = refs.filter(({ ref }) => !labels.has(key(ref)));
  if (missing.length > 0) {
    const fields = missing.map(({ path }) => ({ path, message: 'refers to a record that does not exist' }));
    throw new AppError('rule_violation', fields.map((field) => `${field.path}: ${field.message}`).join('; '), { fields });
  }
  await assertNotMerged(
    tx,
    agencyId,
    refs.flatMap(({ ref }) => (ref.type === 'candidate' ? [ref.id] : [])),
  );
  return labels;
}
