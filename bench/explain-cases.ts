import type { Db } from '../src/db/client';
import { listActivities } from '../src/modules/activities/activities-queries';
import { listTasks, myTasks } from '../src/modules/activities/tasks-queries';
import { recordTimeline } from '../src/modules/activities/timeline';
import { countJobsByStatus, listJobs } from '../src/modules/jobs/queries';
import type { StaffActor } from '../src/platform/auth/actor';

type Sample = { organization_id: string; user_id: string; job_id: string };
type ListCase = { name: string; run: (db: Db, actor: StaffActor, sample: Sample) => Promise<unknown> };

const page = { limit: 50, sort: 'updated' as const };

/** Every list shape the screens ask for, as the app's own query functions run it. */
export const LIST_CASES: ListCase[] = [
  { name: 'jobs: first page', run: (db, actor) => listJobs(db, actor, page) },
  { name: 'jobs: status open', run: (db, actor) => listJobs(db, actor, { ...page, status: ['open'] }) },
  { name: 'jobs: owner + status', run: (db, actor, s) => listJobs(db, actor, { ...page, ownerId: [s.user_id], status: ['open', 'on_hold'] }) },
  { name: 'jobs: recruiter', run: (db, actor, s) => listJobs(db, actor, { ...page, recruiterId: s.user_id }) },
  { name: 'jobs: organization', run: (db, actor, s) => listJobs(db, actor, { ...page, organizationId: s.organization_id }) },
  { name: 'jobs: my open (view)', run: (db, actor) => listJobs(db, actor, { ...page, view: 'my_open' }) },
  { name: 'jobs: on hold > 14 days (view)', run: (db, actor) => listJobs(db, actor, { ...page, view: 'on_hold_long' }) },
  { name: 'jobs: title search', run: (db, actor) => listJobs(db, actor, { ...page, q: 'nurse 1234' }) },
  { name: 'jobs: reference', run: (db, actor) => listJobs(db, actor, { ...page, q: 'J-150000' }) },
  { name: 'jobs: sorted by created', run: (db, actor) => listJobs(db, actor, { ...page, sort: 'created' }) },
  { name: 'jobs: counts per status', run: (db, actor) => countJobsByStatus(db, actor, { sort: 'updated' }) },
  { name: 'jobs: counts of an owner', run: (db, actor, s) => countJobsByStatus(db, actor, { sort: 'updated', ownerId: [s.user_id] }) },
  { name: 'tasks: my tasks', run: (db, actor, s) => myTasks(db, actor.agencyId, s.user_id) },
  { name: 'tasks: open of an assignee', run: (db, actor, s) => listTasks(db, actor.agencyId, { limit: 50, status: 'open', assigneeId: s.user_id }) },
  { name: 'tasks: of a job', run: (db, actor, s) => listTasks(db, actor.agencyId, { limit: 50, status: 'all', jobId: s.job_id }) },
  { name: 'activities: of a job', run: (db, actor, s) => listActivities(db, actor.agencyId, { limit: 50, jobId: s.job_id }) },
  { name: 'timeline: of a job', run: (db, actor, s) => recordTimeline(db, actor.agencyId, { limit: 50, jobId: s.job_id }) },
];
