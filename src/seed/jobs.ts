import { and, asc, eq } from 'drizzle-orm';
import { contacts, deals, jobRecruiters, jobStages, jobStatusChanges, jobs, organizations, stageTemplateStages } from '../db/schema';
import type { ApplicationForm, Qualification } from '../db/schema/jobs';
import { nextNumber } from '../platform/counters';
import type { EmploymentType, JobStatus } from '../shared/jobs';
import type { DemoContext, DemoSeed, DemoUser } from './context';

const DAY_MS = 24 * 3600 * 1000;

type JobStory = {
  title: string;
  employmentType: EmploymentType;
  /** The status path the job took, each step with how many days ago it happened (the first is the intake). */
  path: [JobStatus, number][];
  reason?: string;
  pay: [number, number, 'hour' | 'year'];
  openings: number;
  urgency: 'low' | 'normal' | 'high' | 'critical';
  location: string;
  remotePolicy: 'onsite' | 'hybrid' | 'remote';
  mustHave: string[];
  niceToHave: string[];
  fromDeal?: boolean;
};

const STORIES: JobStory[] = [
  { title: 'Warehouse team leader (nights)', employmentType: 'temporary', path: [['intake', 30], ['qualified', 28], ['open', 27]], pay: [1650, 1850, 'hour'], openings: 2, urgency: 'high', location: 'Felixstowe', remotePolicy: 'onsite', mustHave: ['Counterbalance forklift licence', 'Team leadership'], niceToHave: ['WMS experience'] },
  { title: 'Senior payroll administrator', employmentType: 'permanent', path: [['intake', 21], ['qualified', 19], ['open', 18]], pay: [3800000, 4400000, 'year'], openings: 1, urgency: 'normal', location: 'Leeds', remotePolicy: 'hybrid', mustHave: ['UK payroll', 'Sage 50'], niceToHave: ['CIPP qualification'], fromDeal: true },
  { title: 'Registered nurse, surgical ward', employmentType: 'contract', path: [['intake', 14], ['qualified', 13], ['open', 12]], pay: [2900, 3400, 'hour'], openings: 3, urgency: 'critical', location: 'Manchester', remotePolicy: 'onsite', mustHave: ['NMC registration', 'Surgical nursing'], niceToHave: ['Theatre recovery'] },
  { title: 'Data engineer', employmentType: 'contract_to_hire', path: [['intake', 9], ['qualified', 8], ['open', 6]], pay: [5500, 6500, 'hour'], openings: 1, urgency: 'normal', location: 'London', remotePolicy: 'remote', mustHave: ['Python', 'SQL', 'dbt'], niceToHave: ['Airflow', 'Snowflake'] },
  { title: 'Finance director', employmentType: 'retained', path: [['intake', 40], ['qualified', 38], ['open', 36], ['on_hold', 22]], reason: 'Board postponed the hire until the new financial year', pay: [11000000, 13000000, 'year'], openings: 1, urgency: 'low', location: 'Birmingham', remotePolicy: 'hybrid', mustHave: ['ACA or ACCA', 'Group reporting'], niceToHave: ['Private equity experience'] },
  { title: 'CNC machinist', employmentType: 'temporary', path: [['intake', 5], ['qualified', 4]], pay: [1500, 1700, 'hour'], openings: 4, urgency: 'high', location: 'Sheffield', remotePolicy: 'onsite', mustHave: ['CNC milling', 'Technical drawings'], niceToHave: ['Fanuc controls'] },
  { title: 'Customer service advisor', employmentType: 'temporary', path: [['intake', 2]], pay: [1220, 1300, 'hour'], openings: 6, urgency: 'normal', location: 'Glasgow', remotePolicy: 'hybrid', mustHave: ['Customer service'], niceToHave: ['Zendesk'], fromDeal: true },
  { title: 'Marketing manager', employmentType: 'permanent', path: [['intake', 1]], pay: [5000000, 5800000, 'year'], openings: 1, urgency: 'normal', location: 'Bristol', remotePolicy: 'hybrid', mustHave: ['B2B marketing', 'HubSpot'], niceToHave: ['Team management'] },
  { title: 'Electrician (commercial fit-out)', employmentType: 'contract', path: [['intake', 60], ['qualified', 58], ['open', 57], ['closed', 10]], reason: 'Client finished the fit-out early', pay: [2600, 3000, 'hour'], openings: 2, urgency: 'normal', location: 'Reading', remotePolicy: 'onsite', mustHave: ['18th Edition', 'ECS card'], niceToHave: [] },
  { title: 'Office manager', employmentType: 'permanent', path: [['intake', 45], ['cancelled', 41]], reason: 'Client restructured and removed the role', pay: [3200000, 3600000, 'year'], openings: 1, urgency: 'low', location: 'Cambridge', remotePolicy: 'onsite', mustHave: ['Office management'], niceToHave: [] },
];

const APPLICATION_FORM: ApplicationForm = {
  fields: [
    { field: 'phone', required: true },
    { field: 'cv', required: true },
    { field: 'availability', required: false },
  ],
  questions: [
    { id: 'right_to_work', kind: 'yes_no', label: 'Do you have the right to work in the UK?', required: true, knockout: ['no'] },
    { id: 'experience', kind: 'number', label: 'Years of relevant experience', required: false, knockoutBelow: 1 },
  ],
};

function qualification(decidedBy: DemoUser, decidedAt: Date): Qualification {
  return {
    checks: {
      real: { answer: true, note: 'Hiring manager confirmed the vacancy on the intake call' },
      fundable: { answer: true, note: 'Budget approved; rates agreed with the client' },
      actionable: { answer: true, note: 'Interview slots offered for the next two weeks' },
      specific: { answer: true, note: 'Must-haves, start date and shift pattern agreed' },
    },
    decidedBy: decidedBy.name,
    decidedAt: decidedAt.toISOString(),
  };
}

/** Job orders at every stage of their life, with the status history that led there. */
export const seedJobs: DemoSeed = async (context: DemoContext) => {
  const { tx, agencyId, team } = context;
  const clients = await tx
    .select({ id: organizations.id, currency: organizations.currency })
    .from(organizations)
    .where(eq(organizations.agencyId, agencyId))
    .orderBy(asc(organizations.createdAt), asc(organizations.id));
  if (clients.length === 0) {
    return;
  }
  const template = await tx.select().from(stageTemplateStages).where(eq(stageTemplateStages.agencyId, agencyId)).orderBy(asc(stageTemplateStages.position));
  const ago = (days: number) => new Date(context.now.getTime() - days * DAY_MS);
  for (const [index, story] of STORIES.entries()) {
    const client = clients[index % clients.length];
    if (!client) {
      continue;
    }
    const [contact] = await tx.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.agencyId, agencyId), eq(contacts.organizationId, client.id))).limit(1);
    const [deal] = story.fromDeal ? await tx.select({ id: deals.id }).from(deals).where(and(eq(deals.agencyId, agencyId), eq(deals.organizationId, client.id))).limit(1) : [];
    const owner = index % 3 === 2 ? team.manager : team.accounts;
    const [first] = story.path;
    const last = story.path.at(-1);
    if (!first || !last) {
      continue;
    }
    const qualifiedStep = story.path.find(([status]) => status === 'qualified');
    const openedStep = story.path.find(([status]) => status === 'open');
    const [pay0, pay1, payUnit] = story.pay;
    const [job] = await tx
      .insert(jobs)
      .values({
        agencyId,
        number: await nextNumber(tx, agencyId, 'job', 1001),
        organizationId: client.id,
        contactId: contact?.id ?? null,
        dealId: deal?.id ?? null,
        title: story.title,
        description: `<p>${story.title} for a long-standing client. ${story.mustHave.join(', ')} essential.</p><ul><li>${story.location}, ${story.remotePolicy}</li><li>${story.openings} opening${story.openings > 1 ? 's' : ''}</li></ul>`,
        employmentType: story.employmentType,
        location: story.location,
        remotePolicy: story.remotePolicy,
        payMinMinor: pay0,
        payMaxMinor: pay1,
        payUnit,
        ...(payUnit === 'hour' ? { billRateMinor: Math.round(pay1 * 1.32), billRateUnit: 'hour' as const } : { feeType: 'percent' as const, feeBp: 2000 }),
        currency: client.currency,
        urgency: story.urgency,
        openings: story.openings,
        targetStartOn: new Date(context.now.getTime() + (10 + index * 3) * DAY_MS).toISOString().slice(0, 10),
        submissionRules: 'Anonymised CV plus a two-line summary of fit; no more than three candidates per submission.',
        interviewProcess: 'Phone screen with the agency, then one interview on site with the hiring manager.',
        mustHaveSkills: story.mustHave,
        niceToHaveSkills: story.niceToHave,
        successCriteria: 'Placed candidates still in post after 90 days.',
        advertText: `We are looking for a ${story.title.toLowerCase()} in ${story.location}. Apply today to hear more.`,
        deliveryNotes: 'Client responds fastest by phone; send CVs before noon.',
        sourcingPlan: ['database_search', 'job_boards', 'referrals'],
        applicationForm: APPLICATION_FORM,
        ownerId: owner.id,
        status: last[0],
        statusChangedAt: ago(last[1]),
        firstOpenedAt: openedStep ? ago(openedStep[1]) : null,
        qualification: qualifiedStep ? qualification(owner, ago(qualifiedStep[1])) : null,
        createdAt: ago(first[1]),
        updatedAt: ago(last[1]),
      })
      .returning({ id: jobs.id });
    if (!job) {
      continue;
    }
    await tx.insert(jobStages).values(template.map(({ name, kind, position }) => ({ agencyId, jobId: job.id, name, kind, position })));
    if (openedStep) {
      await tx.insert(jobRecruiters).values({ agencyId, jobId: job.id, userId: team.recruiter.id });
    }
    await tx.insert(jobStatusChanges).values(
      story.path.map(([status, days], step) => ({
        agencyId,
        jobId: job.id,
        fromStatus: step === 0 ? null : (story.path[step - 1]?.[0] ?? null),
        toStatus: status,
        reason: status === last[0] && step > 0 && story.reason ? story.reason : status === 'qualified' ? 'All four qualification checks answered yes' : null,
        actorId: owner.id,
        actorLabel: owner.name,
        createdAt: ago(days),
      })),
    );
  }
};
