import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidateSourceEvents, candidates, listItems } from '../../db/schema';
import { currentPosition, skillNamesOf } from '../../domain/candidate-profile';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { getSetting } from '../../platform/settings';
import { normalizePhone } from '../../shared/phones';
import { type RecordRef, requireRecords } from '../activities/record-links';
import { assertAgencyUser, fieldRule } from '../organizations/references';
import { getCandidateRow } from './queries';
import { refreshCandidateSearch } from './search-index';
import type { CandidateFieldsInput, TCreateCandidateBody, TCreateSourceEventBody, TUpdateCandidateBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

/** Phones as typed → E.164, read in the agency's phone country; one that is not a number is a 400 naming it. */
export async function normalizePhones(tx: Executor, agencyId: string, phones: readonly string[], path = 'phones'): Promise<string[]> {
  const country = await getSetting(tx, agencyId, 'agency.phoneCountry');
  const fields: { path: string; message: string }[] = [];
  const normalized = phones.map((phone, index) => {
    const e164 = normalizePhone(phone, country);
    if (!e164) {
      fields.push({ path: `${path}.${index}`, message: `not a phone number (numbers without a country code are read as ${country})` });
    }
    return e164 ?? '';
  });
  if (fields.length > 0) {
    throw new AppError('validation', fields.map((field) => `${field.path}: ${field.message}`).join('; '), { fields });
  }
  return [...new Set(normalized)];
}

/** A nurture stage is a value of the agency's nurture_stages list that is not archived. */
async function assertNurtureStage(tx: Executor, agencyId: string, stage: string | null | undefined): Promise<void> {
  if (!stage) {
    return;
  }
  const open = await tx
    .select({ value: listItems.value })
    .from(listItems)
    .where(and(eq(listItems.agencyId, agencyId), eq(listItems.list, 'nurture_stages'), eq(listItems.archived, false)));
  if (!open.some((item) => item.value === stage)) {
    throw fieldRule('nurtureStage', `not a stage of the nurture stages list (${open.map((item) => item.value).join(', ')})`);
  }
}

/** The columns kept in step with the entries they come from: current position from work history, skill names from skills. */
function derivedColumns(fields: CandidateFieldsInput) {
  return {
    ...(fields.workHistory ? currentPosition(fields.workHistory) : {}),
    ...(fields.skills ? { skillNames: skillNamesOf(fields.skills) } : {}),
  };
}

/** Adds a candidate: phones normalized, owned by the caller unless told, status new unless told, and their first source event. */
export async function createCandidate({ actor, tx, source, sourceDetail, phones = [], ownerId, ...fields }: CommandBase & TCreateCandidateBody) {
  const owner = ownerId === undefined ? actor.userId : ownerId;
  await assertAgencyUser(tx, actor.agencyId, owner);
  await assertNurtureStage(tx, actor.agencyId, fields.nurtureStage);
  const [candidate] = await tx
    .insert(candidates)
    .values({
      ...fields,
      agencyId: actor.agencyId,
      phones: await normalizePhones(tx, actor.agencyId, phones),
      source,
      ownerId: owner,
      ...derivedColumns(fields),
    })
    .returning();
  if (!candidate) {
    throw new Error('candidate insert returned no row');
  }
  const [sourceEvent] = await tx
    .insert(candidateSourceEvents)
    .values({ agencyId: actor.agencyId, candidateId: candidate.id, source, occurredAt: candidate.createdAt, detail: sourceDetail ?? null })
    .returning();
  await refreshCandidateSearch(tx, actor.agencyId, [candidate.id]);
  await recordAudit(tx, actor, { entity: 'candidate', entityId: candidate.id, action: 'create', after: { ...candidate, sourceEvent } });
  return candidate;
}

/** Edits a candidate with optimistic concurrency; status is set by hand here until the rules that set it land. */
export async function updateCandidate({ actor, tx, candidateId, version, phones, ...fields }: CommandBase & TUpdateCandidateBody & { candidateId: string }) {
  const before = await getCandidateRow(tx, actor.agencyId, candidateId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'candidate', before, version);
  if (fields.nurtureStage !== undefined && fields.nurtureStage !== before.nurtureStage) {
    await assertNurtureStage(tx, actor.agencyId, fields.nurtureStage);
  }
  const [after] = await tx
    .update(candidates)
    .set({
      ...fields,
      ...(phones ? { phones: await normalizePhones(tx, actor.agencyId, phones) } : {}),
      ...derivedColumns(fields),
      version: before.version + 1,
    })
    .where(and(eq(candidates.agencyId, actor.agencyId), eq(candidates.id, candidateId)))
    .returning();
  if (!after) {
    throw new Error('candidate update returned no row');
  }
  await refreshCandidateSearch(tx, actor.agencyId, [candidateId]);
  await recordAudit(tx, actor, { entity: 'candidate', entityId: candidateId, action: 'update', before, after });
  return after;
}

/** Records another arrival of the candidate (re-imported, applied again…), optionally for a job. */
export async function addSourceEvent({ actor, tx, candidateId, ...input }: CommandBase & TCreateSourceEventBody & { candidateId: string }) {
  await getCandidateRow(tx, actor.agencyId, candidateId);
  if (input.jobId) {
    const ref: RecordRef = { type: 'job', id: input.jobId };
    await requireRecords(tx, actor.agencyId, [{ ref, path: 'jobId' }]);
  }
  const [event] = await tx
    .insert(candidateSourceEvents)
    .values({
      agencyId: actor.agencyId,
      candidateId,
      source: input.source,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : now(),
      detail: input.detail ?? null,
      jobId: input.jobId ?? null,
      referrerName: input.referrerName ?? null,
    })
    .returning();
  if (!event) {
    throw new Error('source event insert returned no row');
  }
  await recordAudit(tx, actor, { entity: 'candidate_source_event', entityId: event.id, action: 'create', after: event });
  return event;
}
