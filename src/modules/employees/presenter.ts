import type { StaffActor } from '../../platform/auth/actor';
import { employeePolicy } from './policy';
import type { EmployeeSummaryRow, getEmployeeParts } from './queries';

/** An employee as lists and answers show it. */
export function presentEmployee(row: EmployeeSummaryRow) {
  const e = row.employee;
  return {
    id: e.id,
    number: e.number,
    status: e.status,
    hiredOn: e.hiredOn,
    terminatedOn: e.terminatedOn,
    terminationReason: e.terminationReason,
    workerType: e.workerType,
    payFrequency: e.payFrequency,
    version: e.version,
    candidate: { id: e.candidateId, name: row.candidateName },
  };
}

type Parts = Awaited<ReturnType<typeof getEmployeeParts>>;

/** The employee page: the record, its history, documents checklist and the candidate's assignments, with abilities. */
export function presentEmployeeRecord(actor: StaffActor, row: EmployeeSummaryRow, parts: Parts) {
  return {
    data: {
      ...presentEmployee(row),
      events: parts.events.map((event) => ({ id: event.id, kind: event.kind, on: event.on, reason: event.reason, actorLabel: event.actorLabel, createdAt: event.createdAt.toISOString() })),
      documents: parts.documents.map((document) => ({ id: document.id, name: document.name, position: document.position, receivedOn: document.receivedOn, note: document.note, version: document.version })),
      assignments: parts.assignments,
    },
    abilities: employeePolicy.abilities(actor, row.employee),
  };
}
