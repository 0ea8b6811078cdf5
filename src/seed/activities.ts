import { and, asc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import { activities, activityMentions, contacts, deals, jobs, organizations, tasks } from '../db/schema';
import { dateInZone } from '../platform/clock';
import { getSetting } from '../platform/settings';
import type { DemoContext, DemoSeed, DemoUser } from './context';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

type ActivityKind = (typeof activities.$inferInsert)['kind'];
type Link = { organizationId?: string; contactId?: string; dealId?: string; jobId?: string };
type Story = { kind: ActivityKind; subject?: string; body: string; callOutcome?: 'connected' | 'left_voicemail' | 'no_answer' | 'busy'; channel?: 'sms' | 'whatsapp' | 'linkedin' | 'other'; daysAgo: number; hour: number };

/** Conversations with a client contact over the past weeks, oldest first. */
const CONTACT_STORIES: Story[] = [
  { kind: 'call', callOutcome: 'no_answer', body: 'Tried the direct line before the morning stand-up; no answer.', daysAgo: 24, hour: 8 },
  { kind: 'call', callOutcome: 'connected', subject: 'Hiring plans for the quarter', body: 'Walked through their hiring plan for the quarter. Two roles likely to come to us; wants CVs within a week of briefing.', daysAgo: 23, hour: 10 },
  { kind: 'email', subject: 'Terms of business', body: 'Sent our terms of business and the rate card for temporary workers.', daysAgo: 20, hour: 14 },
  { kind: 'meeting', subject: 'Site visit', body: 'Visited the site with the operations manager. Shift patterns confirmed; PPE supplied by the client.', daysAgo: 15, hour: 11 },
  { kind: 'message', channel: 'linkedin', body: 'Congratulated them on the new contract announcement; they mentioned extra volume from next month.', daysAgo: 9, hour: 16 },
  { kind: 'call', callOutcome: 'left_voicemail', body: 'Left a voicemail about feedback on the two CVs sent on Monday.', daysAgo: 4, hour: 9 },
  { kind: 'message', channel: 'whatsapp', body: 'Feedback in: would like to interview both candidates on Thursday afternoon.', daysAgo: 3, hour: 17 },
];

/** Notes and calls on a job order. */
const JOB_STORIES: Story[] = [
  { kind: 'note', subject: 'Intake notes', body: 'Client is flexible on start date but not on the licence requirement. Interview process: one stage, on site.', daysAgo: 12, hour: 15 },
  { kind: 'call', callOutcome: 'connected', subject: 'Shortlist review', body: 'Reviewed the shortlist with the hiring manager; two strong, one maybe. Pay band confirmed.', daysAgo: 5, hour: 11 },
  { kind: 'note', body: 'Candidate pool is thin locally; widening the search radius to 30 miles and asking for referrals.', daysAgo: 2, hour: 10 },
];

/** A short account-level history for an organization. */
const ORGANIZATION_STORIES: Story[] = [
  { kind: 'meeting', subject: 'Quarterly account review', body: 'Reviewed fill rates and time-to-fill with the client. Agreed to trial a dedicated recruiter for their night shifts.', daysAgo: 18, hour: 13 },
  { kind: 'note', body: 'Client prefers invoices consolidated weekly; finance contact will confirm the PO format.', daysAgo: 7, hour: 9 },
];

/** Open tasks per person: overdue, today and upcoming, with what they are about when a record fits. */
const TASK_PLANS: { title: string; when: 'overdue' | 'today' | 'today_all_day' | 'upcoming'; days: number; about: 'contact' | 'job' | 'organization' | 'deal' | 'none' }[] = [
  { title: 'Chase interview feedback', when: 'overdue', days: 2, about: 'contact' },
  { title: 'Send updated rate card', when: 'overdue', days: 1, about: 'organization' },
  { title: 'Call back about the shortlist', when: 'today', days: 0, about: 'job' },
  { title: 'Update the weekly pipeline notes', when: 'today_all_day', days: 0, about: 'none' },
  { title: 'Prepare proposal figures', when: 'upcoming', days: 2, about: 'deal' },
  { title: 'Check in after the first week', when: 'upcoming', days: 6, about: 'contact' },
];

const at = (now: Date, daysAgo: number, hour: number) => {
  const day = new Date(now.getTime() - daysAgo * DAY_MS);
  day.setUTCHours(hour, 0, 0, 0);
  return day;
};

/** Notes, calls, emails, meetings and messages on the demo's clients and jobs, and open tasks for everyone on the team. */
export const seedActivities: DemoSeed = async (context: DemoContext) => {
  const { tx, agencyId, team, now } = context;
  const orgs = await tx.select({ id: organizations.id, ownerId: organizations.ownerId }).from(organizations).where(eq(organizations.agencyId, agencyId)).orderBy(asc(organizations.name)).limit(6);
  const people = await tx.select({ id: contacts.id, organizationId: contacts.organizationId }).from(contacts).where(eq(contacts.agencyId, agencyId)).orderBy(asc(contacts.lastName), asc(contacts.firstName)).limit(6);
  const openJobs = await tx
    .select({ id: jobs.id, organizationId: jobs.organizationId, contactId: jobs.contactId, ownerId: jobs.ownerId, status: jobs.status })
    .from(jobs)
    .where(and(eq(jobs.agencyId, agencyId), inArray(jobs.status, ['intake', 'qualified', 'open', 'on_hold'])))
    .orderBy(asc(jobs.number));
  // The newest open job has no next action yet, so the demo's job list shows an at-risk job and why.
  const unplanned = openJobs.findLast((job) => job.status === 'open');
  const plannedJobs = openJobs.filter((job) => job !== unplanned);
  const openDeals = await tx.select({ id: deals.id }).from(deals).where(eq(deals.agencyId, agencyId)).orderBy(asc(deals.title)).limit(4);
  const writers: DemoUser[] = [team.recruiter, team.accounts, team.manager];
  const timeZone = await getSetting(tx, agencyId, 'agency.timeZone');

  const rows: (typeof activities.$inferInsert)[] = [];
  const log = (story: Story, link: Link, author: DemoUser) => {
    const row = {
      agencyId,
      ...link,
      kind: story.kind,
      subject: story.subject ?? null,
      body: story.body,
      callOutcome: story.callOutcome ?? null,
      channel: story.channel ?? null,
      occurredAt: at(now, story.daysAgo, story.hour),
      authorId: author.id,
      createdAt: at(now, story.daysAgo, story.hour),
      updatedAt: at(now, story.daysAgo, story.hour),
    };
    rows.push(row);
    return rows.length - 1;
  };

  const mentionFor = new Map<number, Link>();
  people.forEach((person, index) => {
    const author = writers[index % writers.length] ?? team.recruiter;
    // Each contact gets part of the story, shifted so the desk does not show every contact on the same days.
    CONTACT_STORIES.slice(index % 3).forEach((story, step) => {
      const position = log({ ...story, daysAgo: Math.max(1, story.daysAgo - index) }, { contactId: person.id }, author);
      if (step === 1) {
        mentionFor.set(position, { organizationId: person.organizationId });
      }
    });
  });
  openJobs.forEach((job, index) => {
    const author = index % 2 === 0 ? team.recruiter : team.accounts;
    JOB_STORIES.forEach((story, step) => {
      const position = log({ ...story, daysAgo: Math.max(1, story.daysAgo - index) }, { jobId: job.id }, author);
      if (step === 1 && job.contactId) {
        mentionFor.set(position, { contactId: job.contactId });
      }
    });
  });
  orgs.forEach((org, index) => {
    ORGANIZATION_STORIES.forEach((story) => log({ ...story, daysAgo: story.daysAgo + index }, { organizationId: org.id }, team.accounts));
  });

  if (rows.length > 0) {
    const inserted = await tx.insert(activities).values(rows).returning({ id: activities.id });
    const mentionRows = [...mentionFor.entries()].flatMap(([position, link]) => {
      const activity = inserted[position];
      return activity ? [{ agencyId, activityId: activity.id, ...link }] : [];
    });
    if (mentionRows.length > 0) {
      await tx.insert(activityMentions).values(mentionRows);
    }
  }

  // Last contacted: the latest call, email, meeting or message with each contact (directly or as a mention).
  const contactedAt = new Map<string, Date>();
  const remember = (contactId: string | undefined, when: Date) => {
    const known = contactedAt.get(contactId ?? '');
    if (contactId && (!known || known < when)) {
      contactedAt.set(contactId, when);
    }
  };
  rows.forEach((row, position) => {
    if (row.kind !== 'note') {
      remember(row.contactId ?? undefined, row.occurredAt);
      remember(mentionFor.get(position)?.contactId, row.occurredAt);
    }
  });
  for (const [contactId, when] of contactedAt) {
    await tx
      .update(contacts)
      .set({ lastContactedAt: when })
      .where(and(eq(contacts.agencyId, agencyId), eq(contacts.id, contactId), or(isNull(contacts.lastContactedAt), lt(contacts.lastContactedAt, when))));
  }

  // Open tasks: each front-office person gets overdue, today and upcoming work; open jobs and key contacts get next actions.
  const todayNoonUtc = new Date(`${dateInZone(now, timeZone)}T12:00:00.000Z`);
  const dueAt = (when: (typeof TASK_PLANS)[number]['when'], days: number) => {
    switch (when) {
      case 'overdue':
        return new Date(now.getTime() - days * DAY_MS - 3 * HOUR_MS);
      case 'today':
        // Later today wherever the demo is made: a few hours on, but never past the end of the agency's day.
        return new Date(Math.min(now.getTime() + 2 * HOUR_MS, todayNoonUtc.getTime() + 11 * HOUR_MS));
      case 'today_all_day':
        return todayNoonUtc;
      case 'upcoming':
        return new Date(todayNoonUtc.getTime() + days * DAY_MS - 3 * HOUR_MS);
    }
  };
  const taskRows: (typeof tasks.$inferInsert)[] = [];
  const assignees: DemoUser[] = [team.recruiter, team.accounts, team.manager, team.admin];
  assignees.forEach((person, who) => {
    TASK_PLANS.forEach((plan, step) => {
      const contact = people[(who + step) % Math.max(people.length, 1)];
      const job = plannedJobs[(who + step) % Math.max(plannedJobs.length, 1)];
      const org = orgs[(who + step) % Math.max(orgs.length, 1)];
      const deal = openDeals[(who + step) % Math.max(openDeals.length, 1)];
      const link: Link =
        plan.about === 'contact' && contact ? { contactId: contact.id } : plan.about === 'job' && job ? { jobId: job.id } : plan.about === 'organization' && org ? { organizationId: org.id } : plan.about === 'deal' && deal ? { dealId: deal.id } : {};
      taskRows.push({ agencyId, ...link, title: plan.title, dueAt: dueAt(plan.when, plan.days), allDay: plan.when === 'today_all_day', assigneeId: person.id, createdBy: person.id, createdAt: new Date(now.getTime() - 7 * DAY_MS) });
    });
  });
  plannedJobs.forEach((job, index) => {
    const owner = job.ownerId ?? team.recruiter.id;
    taskRows.push({
      agencyId,
      jobId: job.id,
      title: index % 2 === 0 ? 'Send the next two CVs' : 'Confirm interview slots with the client',
      dueAt: new Date(todayNoonUtc.getTime() + (index % 4) * DAY_MS + 4 * HOUR_MS),
      assigneeId: owner,
      createdBy: owner,
      createdAt: new Date(now.getTime() - 2 * DAY_MS),
    });
  });
  people.slice(0, 3).forEach((person, index) => {
    taskRows.push({ agencyId, contactId: person.id, title: 'Arrange a catch-up call', dueAt: new Date(todayNoonUtc.getTime() + (index + 1) * 2 * DAY_MS), assigneeId: team.accounts.id, createdBy: team.accounts.id, createdAt: new Date(now.getTime() - 3 * DAY_MS) });
  });
  await tx.insert(tasks).values(taskRows);
};
