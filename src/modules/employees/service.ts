import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates, counters, employeeDocuments, employees } from '../../db/schema';
import { checkOnboard, checkReactivate, checkTerminate, employeeReference } from '../../domain/employees';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { today } from '../../platform/clock';
import { AppError, assertVerdict } from '../../platform/errors';
import { assertListValue } from '../../platform/lists';
import { getSetting } from '../../platform/settings';
import { fieldRule } from '../organizations/references';
import { type EmployeeRow, employeeOfCandidate, hireEmployee, reactivateEmployee, terminateEmployee } from './lifecycle';
import { employeeWithNumber, getEmployeeDocument, getEmployeeRow, livePlacementCount } from './queries';
import type { TOnboardBody, TUpdateEmployeeBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

/** Where the lifecycle's automatic numbering starts (`nextNumber(…, 'employee', 1001)`). */
const FIRST_EMPLOYEE_NUMBER = 1001;

/**
 * Onboards a candidate placed for the first time (hiring management): the employee record with its number, hire
 * date, worker type, pay frequency and the agency's required documents checklist, and the "hired" history event.
 * The candidate's row lock serializes two onboardings of the same candidate; the second hears 409 naming the first.
 */
export async function onboardEmployee({ actor, tx, candidateId, hiredOn, workerType, payFrequency, number }: CommandBase & TOnboardBody): Promise<EmployeeRow> {
  const [candidate] = await tx
    .select({ id: candidates.id })
    .from(candidates)
    .where(and(eq(candidates.agencyId, actor.agencyId), eq(candidates.id, candidateId)))
    .for('update');
  if (!candidate) {
    throw fieldRule('candidateId', 'not a candidate of this agency');
  }
  const existing = await employeeOfCandidate(tx, actor.agencyId, candidateId);
  const verdict = checkOnboard({ existing, livePlacements: await livePlacementCount(tx, actor.agencyId, candidateId) });
  assertVerdict(verdict, existing ? { related: [{ type: 'employee', id: existing.id, label: employeeReference(existing.number) }] } : {});
  await assertListValue(tx, actor.agencyId, 'worker_types', workerType, 'workerType');
  await assertListValue(tx, actor.agencyId, 'pay_frequencies', payFrequency, 'payFrequency');
  if (number !== undefined) {
    const holder = await employeeWithNumber(tx, actor.agencyId, number);
    if (holder) {
      throw new AppError('conflict', `number: ${employeeReference(number)} is already another employee's number`, {
        rule: 'employee.number_taken',
        fields: [{ path: 'number', message: 'already another employee\'s number' }],
        related: [{ type: 'employee', id: holder.id, label: employeeReference(number) }],
      });
    }
  }
  if (number !== undefined) {
    await keepCounterAhead(tx, actor.agencyId, number);
  }
  return hireEmployee(tx, actor, { candidateId, hiredOn, number, workerType, payFrequency });
}

/**
 * A typed number moves the agency's employee counter up to it (never down), so the next automatic number follows
 * the highest one in a single step instead of counting up to it.
 */
async function keepCounterAhead(tx: Executor, agencyId: string, number: number) {
  const floor = Math.max(number, FIRST_EMPLOYEE_NUMBER - 1);
  await tx
    .insert(counters)
    .values({ agencyId, name: 'employee', value: floor })
    .onConflictDoUpdate({ target: [counters.agencyId, counters.name], set: { value: sql`greatest(${counters.value}, ${floor})` } });
}

/** Changes the worker type or pay frequency (values of the agency's lists). */
export async function updateEmployee({ actor, tx, employeeId, version, workerType, payFrequency }: CommandBase & TUpdateEmployeeBody & { employeeId: string }): Promise<EmployeeRow> {
  const before = await getEmployeeRow(tx, actor.agencyId, employeeId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'employee', before, version);
  if (workerType !== undefined) {
    await assertListValue(tx, actor.agencyId, 'worker_types', workerType, 'workerType');
  }
  if (payFrequency !== undefined) {
    await assertListValue(tx, actor.agencyId, 'pay_frequencies', payFrequency, 'payFrequency');
  }
  const changes = { ...(workerType !== undefined ? { workerType } : {}), ...(payFrequency !== undefined ? { payFrequency } : {}) };
  const [after] = await tx
    .update(employees)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(employees.agencyId, actor.agencyId), eq(employees.id, employeeId)))
    .returning();
  if (!after) {
    throw new Error('employee update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'employee', entityId: employeeId, action: 'update', before: { workerType: before.workerType, payFrequency: before.payFrequency }, after: changes });
  return after;
}

/** Terminates an active employee on a date (on or after the hire date) with a reason. */
export async function terminateEmployment({ actor, tx, employeeId, version, terminatedOn, reason }: CommandBase & { employeeId: string; version: number; terminatedOn: string; reason: string }): Promise<EmployeeRow> {
  const before = await getEmployeeRow(tx, actor.agencyId, employeeId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'employee', before, version);
  assertVerdict(checkTerminate({ status: before.status, hiredOn: before.hiredOn, terminatedOn }), { fieldInMessage: true });
  return terminateEmployee(tx, actor, before, terminatedOn, reason);
}

/** Makes a terminated employee active again from a date (on or after the termination date). */
export async function reactivateEmployment({ actor, tx, employeeId, version, on }: CommandBase & { employeeId: string; version: number; on: string }): Promise<EmployeeRow> {
  const before = await getEmployeeRow(tx, actor.agencyId, employeeId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'employee', before, version);
  assertVerdict(checkReactivate({ status: before.status, terminatedOn: before.terminatedOn, on }), { fieldInMessage: true });
  return reactivateEmployee(tx, actor, before, on);
}

/** Ticks (or unticks) a document of the employee's checklist: received today in the agency's time zone. */
export async function updateEmployeeDocument({
  actor,
  tx,
  employeeId,
  documentId,
  version,
  received,
  note,
}: CommandBase & { employeeId: string; documentId: string; version: number; received: boolean; note?: string | undefined }) {
  await getEmployeeRow(tx, actor.agencyId, employeeId);
  const before = await getEmployeeDocument(tx, actor.agencyId, employeeId, documentId);
  await assertCurrentVersion(tx, actor.agencyId, 'employee_document', before, version);
  const receivedOn = received ? (before.receivedOn ?? today(await getSetting(tx, actor.agencyId, 'agency.timeZone'))) : null;
  const [after] = await tx
    .update(employeeDocuments)
    .set({ receivedOn, ...(note !== undefined ? { note } : {}), version: before.version + 1 })
    .where(and(eq(employeeDocuments.agencyId, actor.agencyId), eq(employeeDocuments.id, documentId)))
    .returning();
  await recordAudit(tx, actor, {
    entity: 'employee_document',
    entityId: documentId,
    action: 'update',
    before: { receivedOn: before.receivedOn, note: before.note },
    after: { receivedOn, note: after?.note ?? before.note },
  });
  return after;
}
