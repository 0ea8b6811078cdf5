import type { Executor } from '../../db/client';
import type { StaffActor } from '../../platform/auth/actor';
import { listCandidates } from '../candidates/queries';
import { ZListCandidatesQuery } from '../candidates/schema';
import { listContacts } from '../contacts/queries';
import { ZListContactsQuery } from '../contacts/schema';
import { listJobs } from '../jobs/queries';
import { ZListJobsQuery } from '../jobs/schema';
import { listOrganizations } from '../organizations/queries';
import { ZListOrganizationsQuery } from '../organizations/schema';
import { GLOBAL_SEARCH_LIMIT, type TGlobalSearchQuery } from './schema';

const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ') || null;

/**
 * The header's search box, answering as you type: each kind through its list's own quick search (name, email and
 * phone prefixes; a job's title), so each uses the indexes its list does. Four list queries, whatever was typed.
 */
export async function searchEverything(tx: Executor, actor: StaffActor, { q }: TGlobalSearchQuery) {
  const page = { q, limit: GLOBAL_SEARCH_LIMIT };
  const [candidates, contacts, organizations, jobs] = await Promise.all([
    listCandidates(tx, actor.agencyId, ZListCandidatesQuery.parse(page), actor.userId),
    listContacts(tx, actor.agencyId, ZListContactsQuery.parse(page)),
    listOrganizations(tx, actor.agencyId, ZListOrganizationsQuery.parse(page)),
    listJobs(tx, actor, ZListJobsQuery.parse(page)),
  ]);
  return [
    ...candidates.data.map(({ candidate }) => ({
      kind: 'candidate' as const,
      id: candidate.id,
      label: `${candidate.firstName} ${candidate.lastName}`,
      detail: joined(candidate.currentTitle, candidate.currentEmployer),
      link: `/candidates/${candidate.id}`,
    })),
    ...contacts.data.map(({ contact, organizationName }) => ({
      kind: 'contact' as const,
      id: contact.id,
      label: `${contact.firstName} ${contact.lastName}`,
      detail: organizationName,
      link: `/contacts/${contact.id}`,
    })),
    ...organizations.data.map(({ organization }) => ({
      kind: 'organization' as const,
      id: organization.id,
      label: organization.name,
      detail: null,
      link: `/organizations/${organization.id}`,
    })),
    ...jobs.data.map(({ job, organizationName }) => ({ kind: 'job' as const, id: job.id, label: job.title, detail: organizationName, link: `/jobs/${job.id}` })),
  ];
}
