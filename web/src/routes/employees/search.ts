import { EMPLOYEE_STATUSES } from '../../../../src/shared/pipeline';

/** The employee list's filters, kept in the address so a filtered list can be linked to and survives a reload. */
export type EmployeesSearch = { status?: (typeof EMPLOYEE_STATUSES)[number]; q?: string };

export const validateEmployeesSearch = (search: Record<string, unknown>): EmployeesSearch => ({
  status: EMPLOYEE_STATUSES.find((status) => status === search.status),
  q: typeof search.q === 'string' && search.q.trim() !== '' ? search.q.slice(0, 100) : undefined,
});
