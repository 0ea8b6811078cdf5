import { and, eq, max } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { counters, employeeDocuments, employeeEvents, employees } from '../../db/schema';
import type { EmployeeEventKind } from '../../shared/back-office';
import { type StaffActor, actorLabel } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { nextNumber } from '../../platform/counters';
import { assertListValue } from '../../platform/lists';
import { getSetting } from '../../platform/settings';

/**
 * The employee record's lifecycle, shared by onboarding from hiring management, B8's automatic hire and
 * termination, and B12's reactivation. Each writes the record, its history event and the audit in the caller's
 * transaction.
 */
export type EmployeeRow = typeof employees.$inferSelect;

export type HireInput = { candidateId: string; hiredOn: string; number?: number | undefined; workerType?: string | undefined; payFrequency?: string | undefined; reason?: string | undefined };

/** The next employee number: the agency's counter, moved past any number typed by hand. */
async function nextEmployeeNumber(tx: Executor, agencyId: string): Promise<number> {
  const next = await nextNumber(tx, agencyId, 'employee', 1001);
  const [row] = await tx.select({ highest: max(employees.number) }).from(employees).where(eq(employees.agencyId, agencyId));
  if (row?.highest == null || next > row.highest) {
    return next;
  }
  await tx.update(counters).set({ value: row.highest + 1 }).where(and(eq(counters.agencyId, agencyId), eq(counters.name, 'employee')));
  return row.highest + 1;
}

/** Hires a candidate: worker type and pay frequency default to the agency's settings (B8's automatic hire). */
export async function hireEmployee(tx: Executor, actor: StaffActor, input: HireInput): Promise<EmployeeRow> {
  const workerType = input.workerType ?? (await getSetting(tx, actor.agencyId, 'employees.defaultWorkerType'));
  const payFrequency = input.payFrequency ?? (await getSetting(tx, actor.agencyId, 'employees.defaultPayFrequency'));
  await assertListValue(tx, actor.agencyId, 'worker_types', workerType, 'workerType');
  await assertListValue(tx, actor.agencyId, 'pay_frequencies', payFrequency, 'payFrequency');
  const [employee] = await tx
    .insert(employees)
    .values({ agencyId: actor.agencyId, candidateId: input.candidateId, number: input.number ?? (await nextEmployeeNumber(tx, actor.agencyId)), hiredOn: input.hiredOn, workerType, payFrequency })
    .returning();
  if (!employee) {
    throw new Error('employee insert returned no row');
  }
  const documents = await getSetting(tx, actor.agencyId, 'employees.requiredDocuments');
  if (documents.length > 0) {
    await tx.insert(employeeDocuments).values(documents.map((name, position) => ({ agencyId: actor.agencyId, employeeId: employee.id, name, position })));
  }
  await addEvent(tx, actor, employee.id, 'hired', input.hiredOn, input.reason ?? '');
  await recordAudit(tx, actor, { entity: 'employee', entityId: employee.id, action: 'hire', after: employee });
  return employee;
}

/** Ends an employment on a date with a reason. */
export async function terminateEmployee(tx: Executor, actor: StaffActor, before: EmployeeRow, terminatedOn: string, reason: string): Promise<EmployeeRow> {
  const after = await setEmployment(tx, actor, before, { status: 'terminated', terminatedOn, terminationReason: reason });
  await addEvent(tx, actor, before.id, 'terminated', terminatedOn, reason);
  await recordAudit(tx, actor, { entity: 'employee', entityId: before.id, action: 'terminate', before: { status: before.status }, after: { status: 'terminated', terminatedOn, reason } });
  return after;
}

/** Makes a terminated employee active again from a date (B12's "reactivate the employee record", or by hand). */
export async function reactivateEmployee(tx: Executor, actor: StaffActor, before: EmployeeRow, on: string, reason = ''): Promise<EmployeeRow> {
  const after = await setEmployment(tx, actor, before, { status: 'active', terminatedOn: null, terminationReason: null });
  await addEvent(tx, actor, before.id, 'reactivated', on, reason);
  await recordAudit(tx, actor, { entity: 'employee', entityId: before.id, action: 'reactivate', before: { status: before.status, terminatedOn: before.terminatedOn }, after: { status: 'active' } });
  return after;
}

/** The employee record of a candidate, locked for the caller's change; null while the candidate was never hired. */
export async function employeeOfCandidate(tx: Executor, agencyId: string, candidateId: string): Promise<EmployeeRow | null> {
  const [row] = await tx.select().from(employees).where(and(eq(employees.agencyId, agencyId), eq(employees.candidateId, candidateId))).for('update');
  return row ?? null;
}

async function setEmployment(tx: Executor, actor: StaffActor, before: EmployeeRow, changes: Partial<EmployeeRow>): Promise<EmployeeRow> {
  const [after] = await tx
    .update(employees)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(employees.agencyId, actor.agencyId), eq(employees.id, before.id)))
    .returning();
  if (!after) {
    throw new Error('employee update returned no row');
  }
  return after;
}

async function addEvent(tx: Executor, actor: StaffActor, employeeId: string, kind: EmployeeEventKind, on: string, reason: string) {
  await tx.insert(employeeEvents).values({ agencyId: actor.agencyId, employeeId, kind, on, reason, actorLabel: actorLabel(actor) });
}
