import { ENDING_WITHIN_DAYS } from '../../../../src/shared/back-office';
import { EMPLOYMENT_TYPES } from '../../../../src/shared/jobs';
import { ASSIGNMENT_STATUSES } from '../../../../src/shared/pipeline';

export const ASSIGNMENT_SORTS = ['startOn', 'endOn', 'candidate', 'status'] as const;
export type AssignmentSort = (typeof ASSIGNMENT_SORTS)[number];
/** The status filter: one status, or all of them; absent means the B5 default (active and needs approval). */
export type StatusFilter = (typeof ASSIGNMENT_STATUSES)[number] | 'all';

/** The assignment list's filters and order, kept in the address so a filtered list can be linked to (the back-office home does). */
export type AssignmentsSearch = {
  status?: StatusFilter;
  organizationId?: string;
  employmentType?: (typeof EMPLOYMENT_TYPES)[number];
  q?: string;
  startFrom?: string;
  startTo?: string;
  endFrom?: string;
  endTo?: string;
  endingWithin?: (typeof ENDING_WITHIN_DAYS)[number];
  sort?: AssignmentSort;
  dir?: 'asc' | 'desc';
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const one = <T extends string | number>(values: readonly T[], value: unknown): T | undefined => values.find((candidate) => String(candidate) === String(value));
const id = (value: unknown): string | undefined => (typeof value === 'string' && UUID.test(value) ? value : undefined);
const date = (value: unknown): string | undefined => (typeof value === 'string' && DATE.test(value) ? value : undefined);
const words = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 100) : typeof value === 'number' ? String(value) : undefined);

export const validateAssignmentsSearch = (search: Record<string, unknown>): AssignmentsSearch => ({
  status: one<StatusFilter>([...ASSIGNMENT_STATUSES, 'all'], search.status),
  organizationId: id(search.organizationId),
  employmentType: one(EMPLOYMENT_TYPES, search.employmentType),
  q: words(search.q),
  startFrom: date(search.startFrom),
  startTo: date(search.startTo),
  endFrom: date(search.endFrom),
  endTo: date(search.endTo),
  endingWithin: one(ENDING_WITHIN_DAYS, search.endingWithin),
  sort: one(ASSIGNMENT_SORTS, search.sort),
  dir: one(['asc', 'desc'] as const, search.dir),
});
