import type { Db } from '../src/db/client';
import { listActivities } from '../src/modules/activities/activities-queries';
import { listTasks, myTasks } from '../src/modules/activities/tasks-queries';
import { recordTimeline } from '../src/modules/activities/timeline';
import { listCandidates } from '../src/modules/candidates/queries';
import { searchCandidates } from '../src/modules/candidates/search-queries';
import { listContacts } from '../src/modules/contacts/queries';
import { getDealBoard, listDeals } from '../src/modules/deals/queries';
import { countJobsByStatus, listJobs } from '../src/modules/jobs/queries';
import { listOrganizations } from '../src/modules/organizations/queries';
import type { StaffActor } from '../src/platform/auth/actor';

type Sample = { organization_id: string; user_id: string; job_id: string; candidate_id: string };
type ListCase = { name: string; run: (db: Db, actor: StaffActor, sample: Sample) => Promise<unknown> };

const page = { limit: 50, sort: 'updated' as const };

/** Every list shape the screens ask for, as the app's own query functions run it. */
export const LIST_CASES: ListCase[] = [
  { name: 'candidates: first page', run: (db, actor) => listCandidates(db, actor.agencyId, page) },
  { name: 'candidates: by name', run: (db, actor) => listCandidates(db, actor.agencyId, { ...page, sort: 'name' }) },
  { name: 'candidates: status', run: (db, actor) => listCandidates(db, actor.agencyId, { ...page, status: 'actively_searching' }) },
  { name: 'candidates: owner', run: (db, actor, s) => listCandidates(db, actor.agencyId, { ...page, ownerId: s.user_id }) },
  { name: 'candidates: skill', run: (db, actor) => listCandidates(db, actor.agencyId, { ...page, skill: 'skill1234' }) },
  { name: 'candidates: common skill', run: (db, actor) => listCandidates(db, actor.agencyId, { ...page, skill: 'python' }) },
  { name: 'candidates: tag', run: (db, actor) => listCandidates(db, actor.agencyId, { ...page, tag: 'hot' }) },
  { name: 'candidates: available by', run: (db, actor) => listCandidates(db, actor.agencyId, { ...page, availableBy: '2026-12-01' }) },
  { name: 'candidates: name prefix', run: (db, actor) => listCandidates(db, actor.agencyId, { ...page, q: 'familyab' }) },
  { name: 'candidates: email', run: (db, actor) => listCandidates(db, actor.agencyId, { ...page, q: 'cand4242@example.test' }) },
  { name: 'candidates: phone', run: (db, actor) => listCandidates(db, actor.agencyId, { ...page, q: '+447911004242' }) },
  { name: 'candidate search: rare word', run: (db, actor) => searchCandidates(db, actor.agencyId, actor.userId, { limit: 50, q: 'skill1234', cv: false }) },
  { name: 'candidate search: common word', run: (db, actor) => searchCandidates(db, actor.agencyId, actor.userId, { limit: 50, q: 'python', cv: false }) },
  { name: 'candidate search: phrase + filter', run: (db, actor) => searchCandidates(db, actor.agencyId, actor.userId, { limit: 50, q: '"title 12" status:active', cv: false }) },
  { name: 'candidate search: OR with NOT', run: (db, actor) => searchCandidates(db, actor.agencyId, actor.userId, { limit: 50, q: '(forklift OR welding) -hot', cv: false }) },
  { name: 'timeline: of a candidate', run: (db, actor, s) => recordTimeline(db, actor.agencyId, { limit: 50, candidateId: s.candidate_id }) },
  { name: 'organizations: first page', run: (db, actor) => listOrganizations(db, actor.agencyId, page) },
  { name: 'organizations: by name', run: (db, actor) => listOrganizations(db, actor.agencyId, { ...page, sort: 'name' }) },
  { name: 'organizations: status', run: (db, actor) => listOrganizations(db, actor.agencyId, { ...page, status: 'active' }) },
  { name: 'organizations: owner', run: (db, actor, s) => listOrganizations(db, actor.agencyId, { ...page, ownerId: s.user_id }) },
  { name: 'organizations: tag', run: (db, actor) => listOrganizations(db, actor.agencyId, { ...page, tag: 'key-account' }) },
  { name: 'organizations: industry', run: (db, actor) => listOrganizations(db, actor.agencyId, { ...page, industry: 'Healthcare' }) },
  { name: 'organizations: name search', run: (db, actor) => listOrganizations(db, actor.agencyId, { ...page, q: 'company 3f' }) },
  { name: 'contacts: first page', run: (db, actor) => listContacts(db, actor.agencyId, page) },
  { name: 'contacts: by name', run: (db, actor) => listContacts(db, actor.agencyId, { ...page, sort: 'name' }) },
  { name: 'contacts: organization', run: (db, actor, s) => listContacts(db, actor.agencyId, { ...page, organizationId: s.organization_id }) },
  { name: 'contacts: owner', run: (db, actor, s) => listContacts(db, actor.agencyId, { ...page, ownerId: s.user_id }) },
  { name: 'contacts: status', run: (db, actor) => listContacts(db, actor.agencyId, { ...page, status: 'inactive' }) },
  { name: 'contacts: role', run: (db, actor) => listContacts(db, actor.agencyId, { ...page, role: 'billing' }) },
  { name: 'contacts: last-name prefix', run: (db, actor) => listContacts(db, actor.agencyId, { ...page, q: 'lastab' }) },
  { name: 'contacts: email', run: (db, actor) => listContacts(db, actor.agencyId, { ...page, q: 'c4242@example.test' }) },
  { name: 'deals: first page', run: (db, actor) => listDeals(db, actor.agencyId, { limit: 50 }) },
  { name: 'deals: stage', run: (db, actor) => listDeals(db, actor.agencyId, { limit: 50, stage: 'proposal' }) },
  { name: 'deals: board', run: (db, actor) => getDealBoard(db, actor.agencyId, {}) },
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
