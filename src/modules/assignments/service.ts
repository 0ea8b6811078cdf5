import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assignmentEvents, assignmentRates, assignments, organizations, placements } from '../../db/schema';
import type { EffectiveRates } from '../../domain/assignment-rates';
import { scaledRate } from '../../domain/money';
import { type StaffActor, actorLabel } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import type { AssignmentEventKind } from '../../shared/back-office';
import { OPEN_ASSIGNMENT_STATUSES } from '../../shared/back-office';
import type { PlacementRow } from '../placements/queries';
import { type AssignmentRow, assignmentForEntry } from './queries';
import type { TExtendBody, TRatesInput, TUpdateAssignmentBody } from './schema';

type Command = { actor: StaffActor; tx: Executor; assignmentId: string };

/** Overtime is paid and billed at time and a half, double time at twice the regular rate, unless set explicitly. */
export const OVERTIME_BP = 15_000;
export const DOUBLE_BP = 20_000;

export const fieldRule = (rule: string, path: string, message: string) => new AppError('rule_violation', `${path}: ${message}`, { rule, fields: [{ path, message }] });

/**
 * The assignment a placement creates (PRODUCT.md §6): `needs_approval`, the placement's dates and schedule, and — when
 * the placement has an hourly or daily pay and bill rate in its organization's currency — its first rates.
 */
export async function openAssignment(tx: Executor, actor: StaffActor, placement: PlacementRow) {
  const [assignment] = await tx
    .insert(assignments)
    .values({
      agencyId: actor.agencyId,
      placementId: placement.id,
      candidateId: placement.candidateId,
      jobId: placement.jobId,
      organizationId: placement.organizationId,
      employmentType: placement.employmentType,
      startOn: placement.startOn,
      endOn: placement.endOn,
      schedule: placement.schedule,
      statusChangedAt: placement.placedAt,
    })
    .returning();
  if (!assignment) {
    throw new Error('assignment insert returned no row');
  }
  const [organization] = await tx.select({ currency: organizations.currency }).from(organizations).where(and(eq(organizations.agencyId, actor.agencyId), eq(organizations.id, placement.organizationId)));
  const unit = placement.payUnit;
  if ((unit === 'hour' || unit === 'day') && placement.billRateUnit === unit && placement.payMinor !== null && placement.billRateMinor !== null && organization?.currency === placement.currency) {
    await tx.insert(assignmentRates).values({
      agencyId: actor.agencyId,
      assignmentId: assignment.id,
      effectiveFrom: placement.startOn ?? placement.placedAt.toISOString().slice(0, 10),
      currency: placement.currency,
      ...ratesFrom(unit, placement.payMinor, placement.billRateMinor),
      note: `From placement P-${placement.number}`,
      actorLabel: actorLabel(actor),
    });
  }
  await addEvent(tx, actor, assignment, 'placed', { toStatus: 'needs_approval', note: `Placement P-${placement.number}` });
  return assignment;
}

/** Regular rates with overtime and double time at the usual multipliers. */
export function ratesFrom(unit: 'hour' | 'day', payMinor: number, billMinor: number) {
  // A day rate's overtime is hourly: an eight-hour day's hour, scaled.
  const hourly = (minor: number) => (unit === 'day' ? Math.round(minor / 8) : minor);
  return {
    unit,
    payRegularMinor: payMinor,
    payOvertimeMinor: scaledRate(hourly(payMinor), OVERTIME_BP),
    payDoubleMinor: scaledRate(hourly(payMinor), DOUBLE_BP),
    billRegularMinor: billMinor,
    billOvertimeMinor: scaledRate(hourly(billMinor), OVERTIME_BP),
    billDoubleMinor: scaledRate(hourly(billMinor), DOUBLE_BP),
  };
}

/** B10: closed and cancelled assignments are read-only (dates, rates, details) until reactivated. */
function assertOpen(assignment: AssignmentRow) {
  if (!(OPEN_ASSIGNMENT_STATUSES as readonly string[]).includes(assignment.status)) {
    throw new AppError('rule_violation', `A ${assignment.status} assignment is read-only until it is reactivated (B10)`, { rule: 'B10' });
  }
}

async function lockForChange(tx: Executor, actor: StaffActor, assignmentId: string, version: number) {
  const before = await assignmentForEntry(tx, actor.agencyId, assignmentId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'assignment', before, version);
  assertOpen(before);
  return before;
}

/** Edits an open assignment's dates or schedule; the placement's dates follow (its status mirrors the assignment). */
export async function updateAssignment({ actor, tx, assignmentId, version, ...changes }: Command & TUpdateAssignmentBody) {
  const before = await lockForChange(tx, actor, assignmentId, version);
  const startOn = changes.startOn !== undefined ? changes.startOn : before.startOn;
  const endOn = changes.endOn !== undefined ? changes.endOn : before.endOn;
  if (startOn && endOn && endOn < startOn) {
    throw fieldRule('assignment.dates', 'endOn', 'must not be before the start date');
  }
  if (changes.schedule && (before.employmentType === 'permanent' || before.employmentType === 'retained')) {
    throw fieldRule('assignment.schedule', 'schedule', `a ${before.employmentType} assignment has no shifts`);
  }
  const after = await writeAssignment(tx, actor, before, { startOn, endOn, ...(changes.schedule !== undefined ? { schedule: changes.schedule } : {}) });
  if (changes.startOn !== undefined || changes.endOn !== undefined) {
    await addEvent(tx, actor, after, 'dates_changed', { previousEndOn: before.endOn });
  }
  if (changes.schedule !== undefined) {
    await addEvent(tx, actor, after, 'schedule_changed', {});
  }
  await recordAudit(tx, actor, { entity: 'assignment', entityId: before.id, action: 'update', before, after });
  return after;
}

/** Extends an active assignment's end date, optionally with new rates from a date; the history keeps each extension. */
export async function extendAssignment({ actor, tx, assignmentId, version, endOn, note, rates }: Command & TExtendBody) {
  const before = await lockForChange(tx, actor, assignmentId, version);
  if (before.status !== 'active') {
    throw new AppError('rule_violation', `Only an active assignment can be extended; this one is ${before.status.replace('_', ' ')}`, { rule: 'assignment.extend' });
  }
  if (before.endOn && endOn <= before.endOn) {
    throw fieldRule('assignment.extend', 'endOn', `must be after the current end date ${before.endOn}`);
  }
  if (before.startOn && endOn < before.startOn) {
    throw fieldRule('assignment.extend', 'endOn', 'must not be before the start date');
  }
  const after = await writeAssignment(tx, actor, before, { endOn });
  if (rates) {
    await putRates(tx, actor, after, rates, 'rates');
  }
  await addEvent(tx, actor, after, 'extended', { previousEndOn: before.endOn, note });
  await recordAudit(tx, actor, { entity: 'assignment', entityId: before.id, action: 'extend', before: { endOn: before.endOn }, after: { endOn, note, rates: rates ?? null } });
  return after;
}

/** New effective-dated rates on an open assignment (a second set on the same date replaces the first). */
export async function changeRates({ actor, tx, assignmentId, version, ...rates }: Command & TRatesInput & { version: number }) {
  const before = await lockForChange(tx, actor, assignmentId, version);
  const after = await writeAssignment(tx, actor, before, {});
  await putRates(tx, actor, after, rates, '');
  await recordAudit(tx, actor, { entity: 'assignment', entityId: before.id, action: 'change rates', after: rates });
  return after;
}

/** Rates must be in the organization's invoicing currency (PRODUCT.md §6: a mismatch is refused when rates are set). */
export async function putRates(tx: Executor, actor: StaffActor, assignment: AssignmentRow, rates: Omit<EffectiveRates, never> & { note: string }, pathPrefix: string) {
  const path = (field: string) => (pathPrefix ? `${pathPrefix}.${field}` : field);
  const [organization] = await tx.select({ currency: organizations.currency, name: organizations.name }).from(organizations).where(and(eq(organizations.agencyId, actor.agencyId), eq(organizations.id, assignment.organizationId)));
  if (organization && organization.currency !== rates.currency) {
    throw fieldRule('assignment.currency', path('currency'), `${organization.name} is invoiced in ${organization.currency}; rates must be in ${organization.currency}`);
  }
  const values = {
    currency: rates.currency,
    unit: rates.unit,
    payRegularMinor: rates.payRegularMinor,
    payOvertimeMinor: rates.payOvertimeMinor,
    payDoubleMinor: rates.payDoubleMinor,
    billRegularMinor: rates.billRegularMinor,
    billOvertimeMinor: rates.billOvertimeMinor,
    billDoubleMinor: rates.billDoubleMinor,
    note: rates.note,
    actorLabel: actorLabel(actor),
  };
  await tx
    .insert(assignmentRates)
    .values({ agencyId: actor.agencyId, assignmentId: assignment.id, effectiveFrom: rates.effectiveFrom, ...values })
    .onConflictDoUpdate({ target: [assignmentRates.agencyId, assignmentRates.assignmentId, assignmentRates.effectiveFrom], set: values });
  await addEvent(tx, actor, assignment, 'rates_changed', { startOn: rates.effectiveFrom, note: rates.note });
}

export async function writeAssignment(tx: Executor, actor: StaffActor, before: AssignmentRow, changes: Partial<AssignmentRow>) {
  const [after] = await tx
    .update(assignments)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(assignments.agencyId, actor.agencyId), eq(assignments.id, before.id)))
    .returning();
  if (!after) {
    throw new Error('assignment update returned no row');
  }
  if (changes.startOn !== undefined || changes.endOn !== undefined) {
    await alignFirstRates(tx, actor.agencyId, after.id, after.startOn);
    await tx
      .update(placements)
      .set({ startOn: after.startOn, endOn: after.endOn })
      .where(and(eq(placements.agencyId, actor.agencyId), eq(placements.id, after.placementId)));
  }
  return after;
}

/**
 * The first rates apply from the assignment's start: when the start moves earlier (a date set at approval, or the
 * placement's start corrected), the earliest rate set moves with it, so no worked day is left without rates.
 */
export async function alignFirstRates(tx: Executor, agencyId: string, assignmentId: string, startOn: string | null) {
  if (!startOn) {
    return;
  }
  await tx.execute(sql`
    update ${assignmentRates} set effective_from = ${startOn}::date
    where agency_id = ${agencyId} and id = (
      select id from ${assignmentRates} where agency_id = ${agencyId} and assignment_id = ${assignmentId} order by effective_from limit 1
    ) and effective_from > ${startOn}::date`);
}

type EventFields = Partial<Pick<typeof assignmentEvents.$inferInsert, 'fromStatus' | 'toStatus' | 'startOn' | 'endOn' | 'previousEndOn' | 'note'>>;

export async function addEvent(tx: Executor, actor: StaffActor, assignment: AssignmentRow, kind: AssignmentEventKind, fields: EventFields) {
  await tx.insert(assignmentEvents).values({ agencyId: actor.agencyId, assignmentId: assignment.id, kind, startOn: assignment.startOn, endOn: assignment.endOn, ...fields, actorLabel: actorLabel(actor), createdAt: now() });
}
