import type { EmploymentType } from '../shared/jobs';
import type { ChecklistItemKind, ChecklistOwnerRole, FollowUpParty } from '../shared/pipeline';
import { addDays } from './placements';

export type ChecklistTemplateItem = { kind: ChecklistItemKind; label: string; ownerRole: ChecklistOwnerRole; /** Due this many days from the start date (negative: before it). */ dueDays: number };
export type ChecklistTemplates = Record<EmploymentType, ChecklistTemplateItem[]>;

const startDetails: ChecklistTemplateItem = { kind: 'start_details_sent', label: 'Start details sent to the candidate', ownerRole: 'recruiter', dueDays: -3 };
const documents: ChecklistTemplateItem = { kind: 'documents_received', label: 'Documents received (ID, right to work, references)', ownerRole: 'back_office', dueDays: -1 };
const contract: ChecklistTemplateItem = { kind: 'contract_signed', label: 'Contract signed', ownerRole: 'account_manager', dueDays: -1 };
const shifts: ChecklistTemplateItem = { kind: 'shifts_set', label: 'Shifts and timesheet expectations set (schedule, hours per week, approver)', ownerRole: 'recruiter', dueDays: -2 };
const billing: ChecklistTemplateItem = { kind: 'billing_set_up', label: 'Billing set up (billing contact, PO number, terms)', ownerRole: 'back_office', dueDays: 0 };
const milestones: ChecklistTemplateItem = { kind: 'retained_milestones', label: 'Retained milestones and their fees agreed', ownerRole: 'account_manager', dueDays: -7 };

/** The handoff every employment type starts with (PRODUCT.md §5); agencies edit it in Admin → Settings. */
export const DEFAULT_CHECKLISTS: ChecklistTemplates = {
  permanent: [startDetails, documents, contract, billing],
  temporary: [startDetails, documents, shifts, billing],
  contract: [startDetails, documents, contract, shifts, billing],
  contract_to_hire: [startDetails, documents, contract, shifts, billing],
  retained: [milestones, startDetails, documents, contract, billing],
};

export type FollowUpPlanItem = { label: string; party: FollowUpParty; /** Days after the start date. */ offsetDays: number; ownerRole: Exclude<ChecklistOwnerRole, 'back_office'> };

/** Check-ins scheduled on placement: first day, end of first week, day 30 and day 90, with the candidate and the client. */
export const DEFAULT_FOLLOW_UPS: FollowUpPlanItem[] = [
  { label: 'First day check-in', party: 'candidate', offsetDays: 0, ownerRole: 'recruiter' },
  { label: 'First day check-in', party: 'client', offsetDays: 0, ownerRole: 'account_manager' },
  { label: 'End of first week check-in', party: 'candidate', offsetDays: 4, ownerRole: 'recruiter' },
  { label: 'End of first week check-in', party: 'client', offsetDays: 4, ownerRole: 'account_manager' },
  { label: 'Day 30 check-in', party: 'candidate', offsetDays: 30, ownerRole: 'recruiter' },
  { label: 'Day 30 check-in', party: 'client', offsetDays: 30, ownerRole: 'account_manager' },
  { label: 'Day 90 check-in', party: 'candidate', offsetDays: 90, ownerRole: 'recruiter' },
  { label: 'Day 90 check-in', party: 'client', offsetDays: 90, ownerRole: 'account_manager' },
];

export type PlacementPeople = { recruiterId: string | null; accountManagerId: string | null; backOfficeId: string | null };

const ownerFor = (role: ChecklistOwnerRole, people: PlacementPeople): string | null =>
  role === 'recruiter' ? people.recruiterId : role === 'account_manager' ? people.accountManagerId : people.backOfficeId;

/** A placement's checklist from the template: owners by role, due dates from the start date (none while it is unknown). */
export function checklistFor(template: readonly ChecklistTemplateItem[], startOn: string | null, people: PlacementPeople) {
  return template.map((item, position) => ({
    kind: item.kind,
    label: item.label,
    position,
    ownerRole: item.ownerRole,
    ownerId: ownerFor(item.ownerRole, people),
    dueOn: startOn ? addDays(startOn, item.dueDays) : null,
  }));
}

/** Follow-ups are scheduled once the start date is known (PRODUCT.md §5). */
export function followUpsFor(plan: readonly FollowUpPlanItem[], startOn: string | null, people: PlacementPeople) {
  if (!startOn) {
    return [];
  }
  return plan.map((item) => ({ label: item.label, party: item.party, dueOn: addDays(startOn, item.offsetDays), ownerId: ownerFor(item.ownerRole, people) }));
}

/** Share of items done, as the progress bar shows it (0–100). */
export function checklistProgress(items: readonly { doneAt: Date | null }[]): number {
  return items.length === 0 ? 100 : Math.round((items.filter((item) => item.doneAt).length / items.length) * 100);
}
