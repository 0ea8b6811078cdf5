import { checkApproval } from '../../domain/timesheets';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';
import type { ApprovalStatus } from '../../shared/back-office';

const backOffice = (actor: StaffActor) => (ROLE_SETS.backOffice as readonly string[]).includes(actor.role);

/**
 * Timesheets and expenses are written and decided by the back office (the client portal issue adds client
 * approvers); every staff member may read them. A week without a sheet is a draft to be.
 */
export const approvalPolicy = {
  abilities(actor: StaffActor, status: ApprovalStatus | 'missing', takesEntries: boolean) {
    const may = backOffice(actor);
    const current = status === 'missing' ? 'draft' : status;
    return {
      edit: may && takesEntries && checkApproval('edit', current, 'timesheet').ok,
      submit: may && status !== 'missing' && checkApproval('submit', current, 'timesheet').ok,
      approve: may && checkApproval('approve', current, 'timesheet').ok,
      reject: may && checkApproval('reject', current, 'timesheet', 'reason').ok,
    };
  },
};
