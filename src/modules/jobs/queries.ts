import { and, asc, count, desc, eq, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { contacts, deals, jobRecruiters, jobStages, jobs, organizations, stageTemplateStages, users } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { now } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { afterCursorDesc, toPage } from '../../platform/pagination';
import { getSetting, getSettings } from '../../platform/settings';
import type { JobStatus } from '../../shared/jobs';
import { nextActionsFor } from '../activities/next-actions';
import type { TJobFilters, TListJobsQuery } from './schema';

const DAY_MS = 24 * 3600 * 1000;
const owners = alias(users, 'owners');

const summaryColumns = {
  job: jobs,
  organizationName: organizations.name,
  ownerName: owners.name,
};

const escapeLike = (text: string) => text.replace(/[%_\\]/g, (c) => `\\${c}`);
const daysAgo = (days: number) => new Date(now().getTime() - days * DAY_MS);

/** The WHERE of the job list, shared by the page, the per-status counts and the CSV export. */
async function jobConditions(tx: Executor, actor: StaffActor, filters: TJobFilters, options: { ignoreStatus?: boolean } = {}): Promise<SQL | undefined> {
  const reference = filters.q?.match(/^(?:j-?)?(\d{1,9})$/i)?.[1];
  // An IN over the recruiter's own rows (job_recruiters_user_idx) rather than EXISTS per job: at 200k jobs the
  // planner otherwise scans every assignment for "my open jobs".
  const recruiterIs = (userId: string) =>
    inArray(jobs.id, tx.select({ jobId: jobRecruiters.jobId }).from(jobRecruiters).where(and(eq(jobRecruiters.agencyId, actor.agencyId), eq(jobRecruiters.userId, userId))));
  let view: SQL | undefined;
  if (filters.view === 'my_open') {
    view = and(inArray(jobs.status, ['qualified', 'open', 'on_hold']), or(eq(jobs.ownerId, actor.userId), recruiterIs(actor.userId)));
  } else if (filters.view === 'on_hold_long') {
    const days = await getSetting(tx, actor.agencyId, 'jobs.atRiskOnHoldDays');
    view = and(eq(jobs.status, 'on_hold'), lte(jobs.statusChangedAt, daysAgo(days)));
  }
  return and(
    eq(jobs.agencyId, actor.agencyId),
    view,
    !options.ignoreStatus && filters.status?.length ? inArray(jobs.status, filters.status) : undefined,
    filters.ownerId?.length ? inArray(jobs.ownerId, filters.ownerId) : undefined,
    filters.recruiterId ? recruiterIs(filters.recruiterId) : undefined,
    filters.organizationId ? eq(jobs.organizationId, filters.organizationId) : undefined,
    filters.contactId ? eq(jobs.contactId, filters.contactId) : undefined,
    filters.dealId ? eq(jobs.dealId, filters.dealId) : undefined,
    filters.employmentType ? eq(jobs.employmentType, filters.employmentType) : undefined,
    filters.urgency ? eq(jobs.urgency, filters.urgency) : undefined,
    filters.minAgeDays !== undefined ? lte(jobs.createdAt, daysAgo(filters.minAgeDays)) : undefined,
    filters.minDaysInStatus !== undefined ? lte(jobs.statusChangedAt, daysAgo(filters.minDaysInStatus)) : undefined,
    filters.q ? or(sql`lower(${jobs.title}) LIKE ${`%${escapeLike(filters.q.toLowerCase())}%`}`, reference ? eq(jobs.number, Number(reference)) : undefined) : undefined,
  );
}

/** A page of the job list with everything a row shows, in a fixed number of queries. */
export async function listJobs(tx: Executor, actor: StaffActor, query: TListJobsQuery) {
  const sortColumn = query.sort === 'created' ? jobs.createdAt : jobs.updatedAt;
  const rows = await tx
    .select(summaryColumns)
    .from(jobs)
    .innerJoin(organizations, and(eq(organizations.agencyId, jobs.agencyId), eq(organizations.id, jobs.organizationId)))
    .leftJoin(owners, and(eq(owners.agencyId, jobs.agencyId), eq(owners.id, jobs.ownerId)))
    .where(and(await jobConditions(tx, actor, query), afterCursorDesc(sortColumn, jobs.id, query.cursor)))
    .orderBy(desc(sortColumn), desc(jobs.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [(query.sort === 'created' ? row.job.createdAt : row.job.updatedAt).toISOString(), row.job.id]);
  return { ...page, data: await withRelated(tx, actor.agencyId, page.data) };
}

type SummaryRow = { job: typeof jobs.$inferSelect; organizationName: string; ownerName: string | null };

/** Recruiters, next actions and pipeline figures for a set of jobs: three queries whatever the page size. */
async function withRelated(tx: Executor, agencyId: string, rows: SummaryRow[]) {
  const ids = rows.map((row) => row.job.id);
  const [recruiters, nextActions, pipeline] = await Promise.all([recruitersOf(tx, agencyId, ids), nextActionsFor(tx, agencyId, 'jobId', ids), pipelineFactsOf(tx, agencyId, ids)]);
  return rows.map((row) => ({
    ...row,
    recruiters: recruiters.get(row.job.id) ?? [],
    nextAction: nextActions.get(row.job.id) ?? null,
    pipeline: pipeline.get(row.job.id) ?? NO_PIPELINE,
  }));
}

export type JobPipelineFacts = { candidates: number; submissions: number; inInterview: number };
const NO_PIPELINE: JobPipelineFacts = { candidates: 0, submissions: 0, inInterview: 0 };

/**
 * Per job: its entries, its live submissions (status submitted) and its entries in an interview-kind stage — the
 * job list's candidates column and the at-risk rules that need pipeline data. One statement for the page, counted
 * over pipeline_entries_job_stage_idx and submissions_job_idx.
 */
async function pipelineFactsOf(tx: Executor, agencyId: string, jobIds: string[]): Promise<Map<string, JobPipelineFacts>> {
  const facts = new Map<string, JobPipelineFacts>();
  if (jobIds.length === 0) {
    return facts;
  }
  // Written out with aliases: in a one-table select drizzle leaves column names unqualified, which the subqueries need.
  const rows = await tx
    .select({
      jobId: jobs.id,
      candidates: sql<number>`(SELECT count(*) FROM pipeline_entries e WHERE e.agency_id = jobs.agency_id AND e.job_id = jobs.id)`.mapWith(Number),
      submissions: sql<number>`(SELECT count(*) FROM submissions s WHERE s.agency_id = jobs.agency_id AND s.job_id = jobs.id AND s.status = 'submitted')`.mapWith(Number),
      inInterview: sql<number>`(SELECT count(*) FROM pipeline_entries e JOIN job_stages st ON st.agency_id = e.agency_id AND st.id = e.stage_id
        WHERE e.agency_id = jobs.agency_id AND e.job_id = jobs.id AND st.kind = 'interview')`.mapWith(Number),
    })
    .from(jobs)
    .where(and(eq(jobs.agencyId, agencyId), inArray(jobs.id, jobIds)));
  for (const { jobId, ...counts } of rows) {
    facts.set(jobId, counts);
  }
  return facts;
}

async function recruitersOf(tx: Executor, agencyId: string, jobIds: string[]) {
  const byJob = new Map<string, { id: string; name: string }[]>();
  if (jobIds.length === 0) {
    return byJob;
  }
  const rows = await tx
    .select({ jobId: jobRecruiters.jobId, id: users.id, name: users.name })
    .from(jobRecruiters)
    .innerJoin(users, and(eq(users.agencyId, jobRecruiters.agencyId), eq(users.id, jobRecruiters.userId)))
    .where(and(eq(jobRecruiters.agencyId, agencyId), inArray(jobRecruiters.jobId, jobIds)))
    .orderBy(asc(users.name));
  for (const { jobId, ...user } of rows) {
    byJob.set(jobId, [...(byJob.get(jobId) ?? []), user]);
  }
  return byJob;
}

/** How many jobs of the current filter sit in each status (the status tabs of the list). */
export async function countJobsByStatus(tx: Executor, actor: StaffActor, filters: TJobFilters): Promise<Partial<Record<JobStatus, number>>> {
  const rows = await tx
    .select({ status: jobs.status, total: count() })
    .from(jobs)
    .where(await jobConditions(tx, actor, filters, { ignoreStatus: true }))
    .groupBy(jobs.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.total]));
}

/** The job row alone, locked when a command is about to change it. */
export const getJobRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, jobs, agencyId, id, 'Job', options);

/** One job with its organization, contact, deal, owner, recruiters, stages and next action. */
export async function getJobDetail(tx: Executor, agencyId: string, id: string) {
  const [row] = await tx
    .select({ ...summaryColumns, contactFirstName: contacts.firstName, contactLastName: contacts.lastName, dealTitle: deals.title })
    .from(jobs)
    .innerJoin(organizations, and(eq(organizations.agencyId, jobs.agencyId), eq(organizations.id, jobs.organizationId)))
    .leftJoin(owners, and(eq(owners.agencyId, jobs.agencyId), eq(owners.id, jobs.ownerId)))
    .leftJoin(contacts, and(eq(contacts.agencyId, jobs.agencyId), eq(contacts.id, jobs.contactId)))
    .leftJoin(deals, and(eq(deals.agencyId, jobs.agencyId), eq(deals.id, jobs.dealId)))
    .where(and(eq(jobs.agencyId, agencyId), eq(jobs.id, id)));
  if (!row) {
    throw notFound('Job');
  }
  const [[related], stages] = await Promise.all([withRelated(tx, agencyId, [row]), listJobStages(tx, agencyId, id)]);
  if (!related) {
    throw new Error('job detail lost its row');
  }
  const contactName = row.contactFirstName ? `${row.contactFirstName} ${row.contactLastName ?? ''}`.trim() : null;
  return { ...related, contactName, dealTitle: row.dealTitle, stages };
}

export async function listJobStages(tx: Executor, agencyId: string, jobId: string) {
  return tx
    .select()
    .from(jobStages)
    .where(and(eq(jobStages.agencyId, agencyId), eq(jobStages.jobId, jobId)))
    .orderBy(asc(jobStages.position));
}

export async function listTemplateStages(tx: Executor, agencyId: string) {
  return tx.select().from(stageTemplateStages).where(eq(stageTemplateStages.agencyId, agencyId)).orderBy(asc(stageTemplateStages.position));
}

/** The at-risk thresholds of the agency, read once per request in one query. */
export async function jobHealthThresholds(tx: Executor, agencyId: string) {
  const values = await getSettings(tx, agencyId, ['jobs.atRiskOpenWithoutSubmissionDays', 'jobs.atRiskOnHoldDays', 'jobs.atRiskStartWithinDays']);
  return {
    openWithoutSubmissionDays: values['jobs.atRiskOpenWithoutSubmissionDays'],
    onHoldDays: values['jobs.atRiskOnHoldDays'],
    startWithinDays: values['jobs.atRiskStartWithinDays'],
  };
}
