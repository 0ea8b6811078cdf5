import { markupBp } from '../../domain/money';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';
import { ACTION_FROM, OPEN_ASSIGNMENT_STATUSES } from '../../shared/back-office';
import { isDirectPath } from '../../shared/pipeline';
import type { AssignmentSummaryRow, getAssignmentDetail } from './queries';

export function presentAssignmentSummary(row: AssignmentSummaryRow) {
  const { assignment } = row;
  const rates = row.currentRates;
  return {
    id: assignment.id,
    status: assignment.status,
    employmentType: assignment.employmentType,
    directPath: isDirectPath(assignment.employmentType),
    startOn: assignment.startOn,
    endOn: assignment.endOn,
    everApproved: assignment.everApproved,
    statusChangedAt: assignment.statusChangedAt.toISOString(),
    version: assignment.version,
    candidate: { id: assignment.candidateId, name: row.candidateName },
    job: { id: assignment.jobId, number: row.jobNumber, title: row.jobTitle },
    organization: { id: assignment.organizationId, name: row.organizationName },
    placement: { id: assignment.placementId, number: row.placementNumber },
    employee: row.employeeId && row.employeeNumber !== null && row.employeeStatus ? { id: row.employeeId, number: row.employeeNumber, status: row.employeeStatus } : null,
    currentRates: rates ? { ...rates, payRegularMinor: Number(rates.payRegularMinor), billRegularMinor: Number(rates.billRegularMinor), markupBp: markupBp(Number(rates.payRegularMinor), Number(rates.billRegularMinor)) } : null,
    readOnly: !(OPEN_ASSIGNMENT_STATUSES as readonly string[]).includes(assignment.status),
  };
}

export function presentAssignmentRecord(actor: StaffActor, detail: Awaited<ReturnType<typeof getAssignmentDetail>>) {
  const summary = presentAssignmentSummary(detail.summary);
  const { status } = detail.summary.assignment;
  const writes = (ROLE_SETS.backOffice as readonly string[]).includes(actor.role);
  return {
    data: {
      ...summary,
      schedule: detail.summary.assignment.schedule ?? null,
      rates: detail.rates.map((rate) => ({
        id: rate.id,
        effectiveFrom: rate.effectiveFrom,
        currency: rate.currency,
        unit: rate.unit,
        payRegularMinor: rate.payRegularMinor,
        payOvertimeMinor: rate.payOvertimeMinor,
        payDoubleMinor: rate.payDoubleMinor,
        billRegularMinor: rate.billRegularMinor,
        billOvertimeMinor: rate.billOvertimeMinor,
        billDoubleMinor: rate.billDoubleMinor,
        markupBp: markupBp(rate.payRegularMinor, rate.billRegularMinor),
        note: rate.note,
        actorLabel: rate.actorLabel,
        createdAt: rate.createdAt.toISOString(),
      })),
      events: detail.events.map((event) => ({
        id: event.id,
        kind: event.kind,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        startOn: event.startOn,
        endOn: event.endOn,
        previousEndOn: event.previousEndOn,
        note: event.note,
        actorLabel: event.actorLabel,
        createdAt: event.createdAt.toISOString(),
      })),
    },
    abilities: {
      approve: writes && ACTION_FROM.approve.includes(status),
      close: writes && ACTION_FROM.close.includes(status),
      cancel: writes && ACTION_FROM.cancel.includes(status),
      reactivate: writes && ACTION_FROM.reactivate.includes(status),
      edit: writes && !summary.readOnly,
      extend: writes && status === 'active',
    },
  };
}
