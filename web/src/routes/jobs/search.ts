import { EMPLOYMENT_TYPES, JOB_STATUSES, URGENCIES } from '../../../../src/shared/jobs';

/** The jobs list's filters, kept in the address so a filtered list can be linked to and survives a reload. */
export type JobsSearch = {
  q?: string;
  status?: (typeof JOB_STATUSES)[number];
  view?: 'my_open' | 'on_hold_long';
  ownerId?: string;
  recruiterId?: string;
  organizationId?: string;
  employmentType?: (typeof EMPLOYMENT_TYPES)[number];
  urgency?: (typeof URGENCIES)[number];
  minAgeDays?: number;
};

/** Where the intake form starts from: an organization's page or a deal. */
export type NewJobSearch = { organizationId?: string; dealId?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VIEWS = ['my_open', 'on_hold_long'] as const;

const one = <T extends string>(values: readonly T[], value: unknown): T | undefined => values.find((candidate) => candidate === value);
const id = (value: unknown): string | undefined => (typeof value === 'string' && UUID.test(value) ? value : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 100) : undefined);
function days(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(number) && number >= 0 && number <= 3650 ? number : undefined;
}

export function validateJobsSearch(search: Record<string, unknown>): JobsSearch {
  return {
    q: text(search.q),
    status: one(JOB_STATUSES, search.status),
    view: one(VIEWS, search.view),
    ownerId: id(search.ownerId),
    recruiterId: id(search.recruiterId),
    organizationId: id(search.organizationId),
    employmentType: one(EMPLOYMENT_TYPES, search.employmentType),
    urgency: one(URGENCIES, search.urgency),
    minAgeDays: days(search.minAgeDays),
  };
}

export const validateNewJobSearch = (search: Record<string, unknown>): NewJobSearch => ({ organizationId: id(search.organizationId), dealId: id(search.dealId) });

/** Who takes job orders in (the API's clientWriters); the list hides "New job order" from everyone else. */
const JOB_WRITERS: readonly string[] = ['admin', 'manager', 'account_manager'];
export const canTakeJobs = (role: string): boolean => JOB_WRITERS.includes(role);

/** The job page's tab, the pipeline's view and the entry open in its drawer, kept in the address so each can be linked to. */
export const JOB_TABS = ['overview', 'pipeline', 'submissions'] as const;
export type JobTab = (typeof JOB_TABS)[number];
export const PIPELINE_VIEWS = ['board', 'list'] as const;
export type PipelineView = (typeof PIPELINE_VIEWS)[number];
export type JobSearch = { tab?: JobTab; view?: PipelineView; entry?: string };

export const validateJobSearch = (search: Record<string, unknown>): JobSearch => ({ tab: one(JOB_TABS, search.tab), view: one(PIPELINE_VIEWS, search.view), entry: id(search.entry) });
