import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';
import type { EMPLOYEE_STATUSES } from '../../shared/pipeline';

type EmployeeLike = { status: (typeof EMPLOYEE_STATUSES)[number] };

/** Whether the actor works in the back office, which writes employee records (PRODUCT.md's role table). */
export const isBackOffice = (actor: StaffActor): boolean => (ROLE_SETS.backOffice as readonly string[]).includes(actor.role);

/** Every staff member reads employee records; the back office onboards, edits, terminates and reactivates them. */
export const employeePolicy = {
  abilities(actor: StaffActor, employee: EmployeeLike) {
    const writer = isBackOffice(actor);
    return {
      update: writer,
      terminate: writer && employee.status === 'active',
      reactivate: writer && employee.status === 'terminated',
      tickDocuments: writer,
    };
  },
};
