import { contacts, jobRecruiters, jobStages, jobStatusChanges, jobs, organizations, users } from '../../src/db/schema';
import type { EmploymentType, JobStatus } from '../../src/shared/jobs';
import { CITIES, COMPANY_NAMES, COMPANY_SUFFIXES, CONTACT_TITLES, INDUSTRIES, JOB_TITLES, SKILLS_BY_POPULARITY, WORLD_FIRST_NAMES, WORLD_LAST_NAMES, slugOf } from '../../src/seed/vocabulary';
import type { GeneratedJob, GeneratedStage, GeneratorContext, GeneratedUser } from './context';

const DAY_MS = 24 * 3600 * 1000;
const ROLES: GeneratedUser['role'][] = ['recruiter', 'recruiter', 'recruiter', 'account_manager', 'manager', 'back_office'];
const JOB_STATUS_MIX: [JobStatus[], number[]] = [['intake', 'qualified', 'open', 'on_hold', 'filled', 'closed', 'cancelled'], [4, 4, 30, 6, 30, 18, 8]];
const EMPLOYMENT_MIX: [EmploymentType[], number[]] = [['permanent', 'temporary', 'contract', 'contract_to_hire', 'retained'], [40, 30, 18, 8, 4]];

/** Staff desks beyond the demo team: mostly recruiters, some account managers, managers and back office. */
export async function generateUsers(context: GeneratorContext): Promise<void> {
  const { random, agencyId, now } = context;
  const rows = Array.from({ length: context.scale.users }, (_, i) => {
    const role = ROLES[i % ROLES.length] ?? 'recruiter';
    const name = `${random.pick(WORLD_FIRST_NAMES)} ${random.pick(WORLD_LAST_NAMES)}`;
    const createdAt = new Date(now.getTime() - random.int(200, 1500) * DAY_MS);
    return { agencyId, id: random.uuid(createdAt), email: `${slugOf(name)}.${i}@bench.test`, name, role, status: 'active' as const, createdAt, updatedAt: createdAt };
  });
  await context.writer.insert(users, rows);
  context.users.push(...rows.map(({ id, name, role }) => ({ id, name, role })));
}

/** Client organizations (a few key accounts with many jobs, a long tail of small ones) and their contacts. */
export async function generateClients(context: GeneratorContext): Promise<void> {
  const { random, agencyId, now, scale } = context;
  const managers = context.users.filter((user) => user.role === 'account_manager' || user.role === 'manager');
  const rows = Array.from({ length: scale.organizations }, (_, i) => {
    const createdAt = new Date(now.getTime() - random.int(30, 2000) * DAY_MS);
    const city = random.pick(CITIES);
    return {
      agencyId,
      id: random.uuid(createdAt),
      name: `${random.pick(COMPANY_NAMES)} ${random.pick(COMPANY_SUFFIXES)} ${i + 1}`,
      status: random.weighted(['prospect', 'active', 'inactive'] as const, [25, 60, 15]),
      industry: random.pick(INDUSTRIES),
      addresses: [{ label: 'Head office', line1: `${random.int(1, 300)} High Street`, city: city.city, region: city.region, postalCode: city.postalCode, country: city.country }],
      ownerId: random.pick(managers).id,
      paymentTermsDays: random.pick([14, 30, 30, 45, 60]),
      currency: city.country === 'GB' ? 'GBP' : 'EUR',
      tags: random.chance(0.1) ? ['key-account'] : [],
      createdAt,
      updatedAt: new Date(createdAt.getTime() + random.int(0, 20) * DAY_MS),
    };
  });
  await context.writer.insert(organizations, rows);
  context.organizations.push(...rows.map(({ id, currency, createdAt }) => ({ id, currency, createdAt })));
  const contactRows = Array.from({ length: scale.contacts }, (_, i) => {
    const organization = random.pick(rows);
    const firstName = random.pick(WORLD_FIRST_NAMES);
    const lastName = random.pick(WORLD_LAST_NAMES);
    const createdAt = new Date(organization.createdAt.getTime() + random.int(0, 30) * DAY_MS);
    return {
      agencyId,
      id: random.uuid(createdAt),
      firstName,
      lastName,
      title: random.pick(CONTACT_TITLES),
      emails: [`${slugOf(firstName)}.${slugOf(lastName)}.${i}@${slugOf(organization.name)}.example`],
      phones: [`+4420${String(random.int(0, 99_999_999)).padStart(8, '0')}`],
      organizationId: organization.id,
      roles: random.weighted([['hiring_manager'], ['billing'], ['decision_maker'], ['hiring_manager', 'decision_maker']] as const, [60, 15, 15, 10]).slice(),
      ownerId: organization.ownerId,
      status: random.chance(0.9) ? ('active' as const) : ('inactive' as const),
      createdAt,
      updatedAt: createdAt,
    };
  });
  for (let start = 0; start < contactRows.length; start += 10_000) {
    await context.writer.insert(contacts, contactRows.slice(start, start + 10_000));
  }
  context.contacts.push(...contactRows.map(({ id, organizationId }) => ({ id, organizationId })));
}

/** Job orders in every status, each with the agency's stages copied, recruiters and its status history. */
export async function generateJobs(context: GeneratorContext, template: { name: string; kind: GeneratedStage['kind']; position: number }[], firstNumber: number): Promise<void> {
  const { random, agencyId, now, scale } = context;
  const recruiters = context.users.filter((user) => user.role === 'recruiter');
  const owners = context.users.filter((user) => user.role === 'account_manager' || user.role === 'manager');
  const contactsByOrganization = new Map<string, string[]>();
  for (const contact of context.contacts) {
    contactsByOrganization.set(contact.organizationId, [...(contactsByOrganization.get(contact.organizationId) ?? []), contact.id]);
  }
  for (let start = 0; start < scale.jobs; start += 5_000) {
    const batch = Array.from({ length: Math.min(5_000, scale.jobs - start) }, (_, k) => {
      const organization = random.pick(context.organizations);
      const createdAt = new Date(Math.max(organization.createdAt.getTime(), now.getTime() - random.int(1, 900) * DAY_MS));
      const status = random.weighted(...JOB_STATUS_MIX);
      const employmentType = random.weighted(...EMPLOYMENT_MIX);
      const hourly = employmentType === 'temporary' || employmentType === 'contract';
      const openings = random.weighted([1, 2, 3, 5], [70, 15, 10, 5]);
      const statusChangedAt = new Date(createdAt.getTime() + random.next() * (now.getTime() - createdAt.getTime()));
      const job: typeof jobs.$inferInsert = {
        agencyId,
        id: random.uuid(createdAt),
        number: firstNumber + start + k,
        organizationId: organization.id,
        contactId: random.pick(contactsByOrganization.get(organization.id) ?? [null]),
        title: random.pick(JOB_TITLES),
        employmentType,
        location: random.pick(CITIES).city,
        payMinMinor: hourly ? random.int(1_200, 2_000) : random.int(25, 60) * 100_000,
        payMaxMinor: hourly ? random.int(2_000, 3_500) : random.int(60, 90) * 100_000,
        payUnit: hourly ? 'hour' : 'year',
        billRateMinor: hourly ? random.int(2_500, 5_000) : null,
        billRateUnit: hourly ? 'hour' : null,
        feeType: hourly ? null : 'percent',
        feeBp: hourly ? null : random.pick([1500, 2000, 2500]),
        currency: organization.currency,
        urgency: random.weighted(['low', 'normal', 'high', 'critical'] as const, [15, 60, 20, 5]),
        openings,
        filledCount: status === 'filled' ? openings : 0,
        mustHaveSkills: random.sample(SKILLS_BY_POPULARITY, 2),
        ownerId: random.pick(owners).id,
        status,
        statusChangedAt,
        firstOpenedAt: status === 'intake' || status === 'qualified' ? null : new Date(createdAt.getTime() + random.int(1, 7) * DAY_MS),
        createdAt,
        updatedAt: statusChangedAt,
      };
      const stages = template.map((stage) => ({ ...stage, id: random.uuid(createdAt) }));
      return { job, stages, openings, statusChangedAt, recruiters: random.sample(recruiters, random.int(1, 2)) };
    });
    await context.writer.insert(jobs, batch.map(({ job }) => job));
    await context.writer.insert(jobStages, batch.flatMap(({ job, stages }) => stages.map((stage) => ({ ...stage, agencyId, jobId: job.id as string, createdAt: job.createdAt, updatedAt: job.createdAt }))));
    await context.writer.insert(jobRecruiters, batch.flatMap(({ job, recruiters: chosen }) => chosen.map((user) => ({ agencyId, jobId: job.id as string, userId: user.id }))));
    await context.writer.insert(
      jobStatusChanges,
      batch.flatMap(({ job }) => {
        const intake = { agencyId, id: random.uuid(job.createdAt as Date), jobId: job.id as string, fromStatus: null, toStatus: 'intake' as const, actorLabel: 'Intake', createdAt: job.createdAt };
        return job.status === 'intake' ? [intake] : [intake, { ...intake, id: random.uuid(job.statusChangedAt), fromStatus: 'intake' as const, toStatus: job.status as JobStatus, createdAt: job.statusChangedAt }];
      }),
    );
    context.jobs.push(...batch.map(({ job, stages, openings, statusChangedAt }): GeneratedJob => ({ id: job.id as string, organizationId: job.organizationId, contactId: job.contactId ?? null, title: job.title, status: job.status as JobStatus, employmentType: job.employmentType, currency: job.currency, ownerId: job.ownerId as string, openings, createdAt: job.createdAt as Date, statusChangedAt, stages })));
  }
}
