import { backOfficePlace } from '../../domain/placements';
import { checklistProgress } from '../../domain/handoff';
import type { StaffActor } from '../../platform/auth/actor';
import { placementPolicy } from './policy';
import type { PlacementSummaryRow, getPlacementParts } from './queries';

export const placementReference = (number: number) => `P-${number}`;

const person = (id: string | null, name: string | null | undefined) => (id && name ? { id, name } : null);

export function presentPlacementSummary(row: PlacementSummaryRow) {
  const p = row.placement;
  return {
    id: p.id,
    number: p.number,
    reference: placementReference(p.number),
    status: p.status,
    assignmentStatus: row.assignmentStatus,
    employmentType: p.employmentType,
    candidate: { id: p.candidateId, name: row.candidateName },
    job: { id: p.jobId, number: row.jobNumber, title: row.jobTitle },
    organization: { id: p.organizationId, name: row.organizationName },
    recruiter: person(p.recruiterId, row.recruiterName),
    accountManager: person(p.accountManagerId, row.accountManagerName),
    startOn: p.startOn,
    endOn: p.endOn,
    placedAt: p.placedAt.toISOString(),
    feeMinor: p.feeMinor,
    currency: p.currency,
    handoffProgress: row.checklistTotal === 0 ? 100 : Math.round((row.checklistDone / row.checklistTotal) * 100),
    startOutcome: p.startOutcome,
    billingReady: row.billingItemDone || Boolean(p.billingContactId),
    followUpsDone: row.followUpsDone,
    followUpsTotal: row.followUpsTotal,
    openIssues: row.openIssues,
    backOffice: backOfficePlace({ status: p.status, isEmployee: row.isEmployee }),
  };
}

type Parts = Awaited<ReturnType<typeof getPlacementParts>>;

export function presentPlacementRecord(actor: StaffActor, row: PlacementSummaryRow, parts: Parts, hiringContact: { id: string; name: string } | null, today: string) {
  const p = row.placement;
  const linked = (link: { id: string; number: number; status: typeof p.status; candidateName: string }) => ({ id: link.id, reference: placementReference(link.number), status: link.status, candidateName: link.candidateName });
  return {
    data: {
      ...presentPlacementSummary(row),
      handoffProgress: checklistProgress(parts.checklist.map(({ item }) => item)),
      version: p.version,
      entryId: p.entryId,
      offerId: p.offerId,
      assignment: { id: parts.assignment.id, status: parts.assignment.status, startOn: parts.assignment.startOn, endOn: parts.assignment.endOn, everApproved: parts.assignment.everApproved },
      payMinor: p.payMinor,
      payUnit: p.payUnit,
      billRateMinor: p.billRateMinor,
      billRateUnit: p.billRateUnit,
      feeType: p.feeType,
      feeBp: p.feeBp,
      feeFlatMinor: p.feeFlatMinor,
      firstYearSalaryMinor: p.firstYearSalaryMinor,
      retainedMilestones: p.retainedMilestones,
      schedule: p.schedule,
      billingContact: person(p.billingContactId, p.billingContactId ? parts.contacts.get(p.billingContactId) : null),
      hiringContact,
      poNumber: p.poNumber,
      paymentTermsDays: p.paymentTermsDays,
      startOutcomeOn: p.startOutcomeOn,
      startOutcomeNote: p.startOutcomeNote,
      cancelledAt: p.cancelledAt?.toISOString() ?? null,
      cancelReason: p.cancelReason,
      cancelledBy: p.cancelledByLabel,
      firstTime: !row.isEmployee,
      replaces: parts.replaces ? linked(parts.replaces) : null,
      replacedBy: parts.replacedBy.map(linked),
      checklist: parts.checklist.map(({ item, ownerName }) => ({
        id: item.id,
        version: item.version,
        kind: item.kind,
        label: item.label,
        ownerRole: item.ownerRole,
        owner: person(item.ownerId, ownerName),
        dueOn: item.dueOn,
        overdue: !item.doneAt && item.dueOn !== null && item.dueOn < today,
        doneAt: item.doneAt?.toISOString() ?? null,
        doneBy: item.doneByLabel,
        note: item.note,
      })),
      followUps: parts.followUps.map(({ followUp, ownerName }) => ({
        id: followUp.id,
        version: followUp.version,
        label: followUp.label,
        party: followUp.party,
        dueOn: followUp.dueOn,
        owner: person(followUp.ownerId, ownerName),
        taskId: followUp.taskId,
        doneAt: followUp.doneAt?.toISOString() ?? null,
        feedback: followUp.feedback,
        satisfaction: followUp.satisfaction,
      })),
      issues: parts.issues.map((issue) => ({
        id: issue.id,
        version: issue.version,
        kind: issue.kind,
        severity: issue.severity,
        note: issue.note,
        resolution: issue.resolution,
        resolvedAt: issue.resolvedAt?.toISOString() ?? null,
        reportedBy: issue.reportedByLabel,
        createdAt: issue.createdAt.toISOString(),
      })),
      repeatOrders: parts.repeatOrders.map((order) =>
        order.jobId ? { kind: 'job' as const, id: order.jobId, label: `J-${order.jobNumber ?? ''} ${order.jobTitle ?? ''}`.trim() } : { kind: 'deal' as const, id: order.dealId ?? '', label: order.dealTitle ?? '' },
      ),
    },
    abilities: placementPolicy.abilities(actor, { status: p.status, firstTime: !row.isEmployee, startOn: p.startOn, startOutcome: p.startOutcome }),
  };
}
