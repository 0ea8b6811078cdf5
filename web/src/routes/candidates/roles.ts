import type { StaffRole } from '../../../../src/shared/roles';

/** Everyone but back office writes candidates (PRODUCT.md, "What each staff role may do"); records carry their own abilities. */
const CANDIDATE_WRITER_ROLES: readonly StaffRole[] = ['admin', 'manager', 'recruiter', 'account_manager'];

/** Kept apart from the pages' code: the router and the command palette read it without loading them. */
export const canWriteCandidates = (role: StaffRole): boolean => CANDIDATE_WRITER_ROLES.includes(role);
