import { CLIENT_WRITER_ROLES } from '../../../../src/shared/clients';
import type { StaffRole } from '../../../../src/shared/roles';

/** Who writes placements (PRODUCT.md's role table: the front office); records carry their own abilities. */
const FRONT_OFFICE: readonly StaffRole[] = ['admin', 'manager', 'recruiter', 'account_manager'];
/** Who acts in hiring management (B3): the back office, managers and admins. */
const BACK_OFFICE: readonly StaffRole[] = ['admin', 'manager', 'back_office'];

export const isFrontOffice = (role: StaffRole): boolean => FRONT_OFFICE.includes(role);
export const isBackOffice = (role: StaffRole): boolean => BACK_OFFICE.includes(role);
/** Who turns repeat demand into a job order or a deal (the client writers). */
export const canWriteClients = (role: StaffRole): boolean => CLIENT_WRITER_ROLES.some((writer) => writer === role);
