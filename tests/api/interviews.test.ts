import { randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../src/db/schema';
import { resetClock, setNow } from '../../src/platform/clock';
import { buildCandidate } from '../factories/candidates';
import { buildContact } from '../factories/clients';
import { createOpenJob, createOrganization } from '../factories/jobs';
import { addToPipeline } from '../factories/pipeline';
import { createTestAgency } from '../support/agency';
import type { Caller } from '../support/http';
import { attachmentsOf } from '../support/mime';
import { useTestAgencyWithMail } from '../support/setup';

const ctx = useTestAgencyWithMail();
afterAll(() => resetClock());

const tag = () => randomBytes(3).toString('hex');

/** A client with a hiring contact (with an email), an open job of theirs, and a candidate (with an email) on it. */
async function interviewSetup(candidate: Record<string, unknown> = {}) {
  const organization = await createOrganization(ctx.agency.as.account_manager);
  const contactEmail = `priya.${tag()}@client.example`;
  const contact = (await buildContact(ctx.agency.as.account_manager, { organizationId: organization.id, firstName: 'Priya', lastName: 'Shah', emails: [contactEmail] })).data;
  const job = await createOpenJob(ctx.agency.as.account_manager, organization.id, ctx.agency.users.recruiter.id, { contactId: contact.id, title: 'Forklift team lead' });
  const candidateEmail = `alex.${tag()}@mail.example`;
  const person = (await buildCandidate(ctx.agency.as.recruiter, { firstName: 'Alex', lastName: `Morgan${tag()}`, emails: [candidateEmail], ...candidate })).data;
  const entry = await addToPipeline(ctx.agency.as.recruiter, job.id, person.id);
  return { organization, contact: { id: contact.id, email: contactEmail }, job, candidate: { ...person, email: candidateEmail }, entry };
}

const SLOT = { startsAt: '2030-06-10T13:00:00.000Z', endsAt: '2030-06-10T14:00:00.000Z', timeZone: 'Europe/London' };

async function schedule(body: Record<string, unknown>, as: Caller = ctx.agency.as.recruiter) {
  return as.post('/api/interviews', { type: 'video', ...SLOT, meetingUrl: 'https://meet.example/forklift', notes: 'Bring your licence.', ...body });
}

/** The mails queued since `since` (the outbox keeps the .ics text as it was sent), oldest first. */
async function outboxSince(since: Date) {
  return ctx.t.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.agencyId, ctx.agency.id), sql`${mailOutbox.createdAt} >= ${since.toISOString()}`))
    .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id));
}

type Outgoing = Awaited<ReturnType<typeof outboxSince>>[number];

function icsOf(mail: Outgoing | undefined): string {
  const attachment = mail?.attachments[0];
  if (!attachment || !('content' in attachment)) {
    throw new Error('mail without an .ics');
  }
  return attachment.content;
}

/** Reads an .ics as a calendar program does (its VTIMEZONE registered, so zoned times resolve to instants). */
function parseIcs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) {
    throw new Error('no VEVENT');
  }
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
    start: event.startDate.toJSDate().toISOString(),
    organizer: String(vevent.getFirstPropertyValue('organizer')).toLowerCase(),
    attendees: vevent.getAllProperties('attendee').map((attendee) => String(attendee.getFirstValue()).replace(/^mailto:/i, '').toLowerCase()).sort(),
  };
}

const userEmail = async (role: 'account_manager' | 'manager' | 'recruiter') => {
  const answer = await ctx.agency.as.admin.get(`/api/users/${ctx.agency.users[role].id}`);
  return String(answer.body.data.email).toLowerCase();
};

describe('scheduling an interview', () => {
  it('answers the interview, moves the entry to the interview stage, and mails every attendee an .ics invitation (METHOD:REQUEST, stable UID, SEQUENCE 0, TZID) over SMTP', async () => {
    const { contact, candidate, entry } = await interviewSetup();
    const since = new Date();
    const created = await schedule({ entryId: entry.id, attendeeUserIds: [ctx.agency.users.account_manager.id], attendeeContactIds: [contact.id] });
    expect(created.status).toBe(201);
    const interview = created.body.data;
    expect(created.body).toEqual({
      data: expect.objectContaining({
        type: 'video',
        startsAt: SLOT.startsAt,
        endsAt: SLOT.endsAt,
        timeZone: 'Europe/London',
        status: 'scheduled',
        icalUid: `${interview.id}@fillrate`,
        sequence: 0,
        version: 1,
        outcome: null,
        organizer: { id: ctx.agency.users.recruiter.id, name: expect.any(String) },
        candidate: { id: candidate.id, name: `Alex ${candidate.lastName}` },
        attendees: {
          users: [{ id: ctx.agency.users.account_manager.id, name: expect.any(String), email: expect.any(String) }],
          contacts: [{ id: contact.id, name: 'Priya Shah', email: contact.email }],
          candidate: true,
        },
      }),
      abilities: { update: true, cancel: true, recordOutcome: false },
    });
    expect(interview.entry).toMatchObject({ id: entry.id, stage: { kind: 'interview' } });
    expect(interview.entry.version).toBeGreaterThan(entry.version);

    const mails = await outboxSince(since);
    const managerEmail = await userEmail('account_manager');
    expect(mails.map((mail) => mail.to.toLowerCase()).sort()).toEqual([candidate.email, contact.email, managerEmail].sort());
    for (const mail of mails) {
      expect(mail).toMatchObject({ templateKey: 'interview.invitation', attachments: [{ fileName: 'invite.ics', mediaType: 'text/calendar; method=REQUEST' }] });
      expect(mail.text).toContain('When: Monday 10 June 2030, 14:00–15:00 (Europe/London)');
      expect(mail.text).toContain('Where: https://meet.example/forklift');
      expect(parseIcs(icsOf(mail))).toEqual({
        method: 'REQUEST',
        uid: `${interview.id}@fillrate`,
        sequence: 0,
        tzid: 'Europe/London',
        start: SLOT.startsAt,
        organizer: `mailto:${await userEmail('recruiter')}`,
        attendees: [candidate.email, contact.email, managerEmail].sort(),
      });
    }

    await ctx.t.runJobs();
    const received = ctx.smtp.received.find((mail) => mail.to.includes(contact.email));
    expect(received).toBeDefined();
    const [attachment] = attachmentsOf(received?.raw ?? '');
    expect(attachment).toMatchObject({ fileName: 'invite.ics', contentType: expect.stringMatching(/^text\/calendar; ?method=REQUEST/) });
    expect(parseIcs(attachment?.bytes.toString('utf8') ?? '')).toMatchObject({ method: 'REQUEST', uid: `${interview.id}@fillrate`, sequence: 0, tzid: 'Europe/London', start: SLOT.startsAt });
  });

  it('never moves an entry backwards: an entry already at offer stays there', async () => {
    const { entry } = await interviewSetup();
    const offer = await ctx.agency.as.recruiter.post('/api/offers', { entryId: entry.id, payMinor: 3_500_000, payUnit: 'year' });
    expect(offer.body.data.entry.stage.kind).toBe('offer');
    const created = await schedule({ entryId: entry.id, inviteCandidate: false });
    expect(created.status).toBe(201);
    expect(created.body.data.entry.stage.kind).toBe('offer');
  });

  it('names the field at fault: end before start, an unknown time zone and a non-web meeting link are 400; a contact of another client, a user not of the agency and a 13-hour slot are 422', async () => {
    const { entry } = await interviewSetup();
    const backwards = await schedule({ entryId: entry.id, endsAt: '2030-06-10T12:00:00.000Z' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields).toEqual([expect.objectContaining({ path: 'endsAt' })]);
    const nowhere = await schedule({ entryId: entry.id, timeZone: 'Mars/Olympus_Mons' });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.fields).toEqual([expect.objectContaining({ path: 'timeZone' })]);

    const script = await schedule({ entryId: entry.id, meetingUrl: 'javascript:alert(1)' });
    expect(script.status).toBe(400);
    expect(script.body.error.fields).toEqual([expect.objectContaining({ path: 'meetingUrl' })]);

    const stranger = (await buildContact(ctx.agency.as.account_manager)).data;
    const wrongContact = await schedule({ entryId: entry.id, attendeeContactIds: [stranger.id] });
    expect(wrongContact.status).toBe(422);
    expect(wrongContact.body.error.fields).toEqual([{ path: 'attendeeContactIds', message: `not contacts of the job's organization: ${stranger.id}` }]);
    const other = await createTestAgency(ctx.t);
    const foreignUser = await schedule({ entryId: entry.id, attendeeUserIds: [other.users.recruiter.id] });
    expect(foreignUser.status).toBe(422);
    expect(foreignUser.body.error.fields).toEqual([expect.objectContaining({ path: 'attendeeUserIds' })]);
    const marathon = await schedule({ entryId: entry.id, endsAt: '2030-06-11T02:00:00.000Z' });
    expect(marathon.status).toBe(422);
    expect(marathon.body.error).toMatchObject({ rule: 'interview.times', fields: [{ path: 'endsAt', message: 'an interview lasts at most 12 hours' }] });
    expect((await ctx.agency.as.recruiter.get(`/api/interviews?entryId=${entry.id}`)).body.data).toEqual([]);
  });

  it('a candidate marked do not contact is not invited (422 naming inviteCandidate); without the invitation the interview is scheduled and they get no mail', async () => {
    const { candidate, entry } = await interviewSetup({ status: 'do_not_contact' });
    const refused = await schedule({ entryId: entry.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ rule: 'interview.do_not_contact', fields: [{ path: 'inviteCandidate', message: expect.any(String) }] });
    const since = new Date();
    const created = await schedule({ entryId: entry.id, inviteCandidate: false, attendeeUserIds: [ctx.agency.users.manager.id] });
    expect(created.status).toBe(201);
    expect(created.body.data.attendees.candidate).toBe(false);
    const recipients = (await outboxSince(since)).map((mail) => mail.to.toLowerCase());
    expect(recipients).toEqual([await userEmail('manager')]);
    expect(recipients).not.toContain(candidate.email);
  });

  it('is refused on a job no longer worked (422 interview.job_not_active), and back office may read but not schedule (403)', async () => {
    const { job, entry } = await interviewSetup();
    expect((await schedule({ entryId: entry.id }, ctx.agency.as.back_office)).status).toBe(403);
    const current = await ctx.agency.as.account_manager.get(`/api/jobs/${job.id}`);
    const cancelled = await ctx.agency.as.account_manager.post(`/api/jobs/${job.id}/transitions`, { to: 'cancelled', version: current.body.data.version, reason: 'Client withdrew the role' });
    expect(cancelled.status).toBe(200);
    const refused = await schedule({ entryId: entry.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe('interview.job_not_active');
  });
});

describe('rescheduling and cancelling', () => {
  it('a reschedule sends the same UID with a higher SEQUENCE: an update to those still invited, an invitation to newcomers and a cancellation to those taken off', async () => {
    const { contact, candidate, entry } = await interviewSetup();
    const created = (await schedule({ entryId: entry.id, attendeeContactIds: [contact.id] })).body.data;
    const since = new Date();
    const moved = await ctx.agency.as.account_manager.patch(`/api/interviews/${created.id}`, {
      version: created.version,
      startsAt: '2030-06-12T08:30:00.000Z',
      endsAt: '2030-06-12T09:30:00.000Z',
      attendeeContactIds: [],
      attendeeUserIds: [ctx.agency.users.manager.id],
    });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ startsAt: '2030-06-12T08:30:00.000Z', sequence: 1, version: 2, icalUid: created.icalUid, attendees: { contacts: [] } });

    const mails = await outboxSince(since);
    const byRecipient = new Map(mails.map((mail) => [mail.to.toLowerCase(), mail]));
    const managerEmail = await userEmail('manager');
    expect([...byRecipient.keys()].sort()).toEqual([candidate.email, contact.email, managerEmail].sort());
    expect(byRecipient.get(candidate.email)).toMatchObject({ templateKey: 'interview.update', attachments: [{ mediaType: 'text/calendar; method=REQUEST' }] });
    expect(byRecipient.get(managerEmail)).toMatchObject({ templateKey: 'interview.invitation' });
    expect(byRecipient.get(contact.email)).toMatchObject({ templateKey: 'interview.cancellation', attachments: [{ fileName: 'cancel.ics', mediaType: 'text/calendar; method=CANCEL' }] });
    expect(parseIcs(icsOf(byRecipient.get(candidate.email)))).toMatchObject({ method: 'REQUEST', uid: created.icalUid, sequence: 1, start: '2030-06-12T08:30:00.000Z', attendees: [candidate.email, managerEmail].sort() });
    expect(parseIcs(icsOf(byRecipient.get(contact.email)))).toMatchObject({ method: 'CANCEL', uid: created.icalUid, sequence: 1, attendees: [contact.email] });

    const stale = await ctx.agency.as.recruiter.patch(`/api/interviews/${created.id}`, { version: created.version, notes: 'Too late' });
    expect(stale.status).toBe(409);
    const quiet = new Date();
    const same = await ctx.agency.as.recruiter.patch(`/api/interviews/${created.id}`, { version: 2, startsAt: '2030-06-12T08:30:00.000Z' });
    expect(same.body.data).toMatchObject({ version: 2, sequence: 1 });
    expect(await outboxSince(quiet)).toEqual([]);
  });

  it('cancelling sends every attendee METHOD:CANCEL with the reason; the downloaded .ics is the cancellation and the interview can no longer change', async () => {
    const { contact, candidate, entry } = await interviewSetup();
    const created = (await schedule({ entryId: entry.id, attendeeContactIds: [contact.id] })).body.data;
    const since = new Date();
    const cancelled = await ctx.agency.as.recruiter.post(`/api/interviews/${created.id}/cancel`, { version: created.version, reason: 'The hiring manager is ill' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ data: { status: 'cancelled', sequence: 1, version: 2 }, abilities: { update: false, cancel: false, recordOutcome: false } });

    const mails = await outboxSince(since);
    expect(mails.map((mail) => mail.to.toLowerCase()).sort()).toEqual([candidate.email, contact.email].sort());
    for (const mail of mails) {
      expect(mail.templateKey).toBe('interview.cancellation');
      expect(mail.text).toContain('The hiring manager is ill');
      expect(parseIcs(icsOf(mail))).toMatchObject({ method: 'CANCEL', uid: created.icalUid, sequence: 1 });
    }

    const download = await ctx.agency.as.back_office.get(`/api/interviews/${created.id}/invite.ics`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="interview-${created.id}.ics"`);
    expect(parseIcs(String(download.body))).toMatchObject({ method: 'CANCEL', uid: created.icalUid, sequence: 1 });

    const audit = await ctx.agency.as.admin.get(`/api/audit-events?entity=interview&entityId=${created.id}`);
    expect((audit.body.data as { action: string }[]).map((event) => event.action).sort()).toEqual(['cancel', 'create']);

    const change = await ctx.agency.as.recruiter.patch(`/api/interviews/${created.id}`, { version: 2, notes: 'Back on?' });
    expect(change.status).toBe(422);
    expect(change.body.error.rule).toBe('interview.not_scheduled');
    const again = await ctx.agency.as.recruiter.post(`/api/interviews/${created.id}/cancel`, { version: 2 });
    expect(again.body.error.rule).toBe('interview.not_scheduled');
    const outcome = await ctx.agency.as.recruiter.post(`/api/interviews/${created.id}/outcome`, { version: 2, outcome: 'passed' });
    expect(outcome.body.error.rule).toBe('interview.cancelled');
  });

  it('the downloaded invitation of a scheduled interview is METHOD:REQUEST naming its attendees', async () => {
    const { contact, candidate, entry } = await interviewSetup();
    const created = (await schedule({ entryId: entry.id, attendeeContactIds: [contact.id] })).body.data;
    const download = await ctx.agency.as.recruiter.get(`/api/interviews/${created.id}/invite.ics`);
    expect(download.headers['content-type']).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(parseIcs(String(download.body))).toMatchObject({ method: 'REQUEST', uid: created.icalUid, sequence: 0, tzid: 'Europe/London', start: SLOT.startsAt, attendees: [candidate.email, contact.email].sort() });
  });
});

describe('interview outcome', () => {
  it('is recorded once the interview has started (422 interview.not_started before), completes it, and can be corrected', async () => {
    const { entry } = await interviewSetup();
    // Sessions expire with the clock moved years ahead; API keys do not.
    const [recruiter, accountManager, backOffice] = [ctx.agency.apiKey.recruiter, ctx.agency.apiKey.account_manager, ctx.agency.apiKey.back_office];
    const created = (await schedule({ entryId: entry.id, inviteCandidate: false }, recruiter)).body.data;
    setNow('2030-06-10T12:59:00.000Z');
    try {
      const early = await recruiter.post(`/api/interviews/${created.id}/outcome`, { version: 1, outcome: 'passed' });
      expect(early.status).toBe(422);
      expect(early.body.error.rule).toBe('interview.not_started');
      setNow('2030-06-10T14:05:00.000Z');
      expect((await recruiter.get(`/api/interviews/${created.id}`)).body.abilities).toEqual({ update: true, cancel: true, recordOutcome: true });
      const recorded = await recruiter.post(`/api/interviews/${created.id}/outcome`, { version: 1, outcome: 'undecided', notes: 'Strong on safety, unsure on leadership' });
      expect(recorded.status).toBe(200);
      expect(recorded.body).toMatchObject({
        data: { status: 'completed', outcome: 'undecided', outcomeNotes: 'Strong on safety, unsure on leadership', outcomeRecordedAt: '2030-06-10T14:05:00.000Z', version: 2 },
        abilities: { update: false, cancel: false, recordOutcome: true },
      });
      const corrected = await accountManager.post(`/api/interviews/${created.id}/outcome`, { version: 2, outcome: 'passed', notes: 'Client confirmed' });
      expect(corrected.body.data).toMatchObject({ outcome: 'passed', version: 3 });
      expect((await backOffice.post(`/api/interviews/${created.id}/outcome`, { version: 3, outcome: 'failed' })).status).toBe(403);
    } finally {
      resetClock();
    }
  });
});

describe('listing interviews and the calendar', () => {
  it('lists an entry\'s interviews by start; the calendar shows what a user organizes or attends in a window, page by page', async () => {
    const { entry } = await interviewSetup();
    const later = (await schedule({ entryId: entry.id, inviteCandidate: false, startsAt: '2031-02-03T10:00:00.000Z', endsAt: '2031-02-03T11:00:00.000Z', attendeeUserIds: [ctx.agency.users.manager.id] })).body.data;
    const sooner = (await schedule({ entryId: entry.id, inviteCandidate: false, startsAt: '2031-02-01T10:00:00.000Z', endsAt: '2031-02-01T11:00:00.000Z' }, ctx.agency.as.account_manager)).body.data;
    const ofEntry = await ctx.agency.as.back_office.get(`/api/interviews?entryId=${entry.id}`);
    expect(ofEntry.body.data.map((interview: { id: string }) => interview.id)).toEqual([sooner.id, later.id]);

    const window = 'from=2031-01-01T00:00:00.000Z&to=2031-03-01T00:00:00.000Z';
    const recruiterCalendar = await ctx.agency.as.recruiter.get(`/api/interviews?${window}`);
    expect(recruiterCalendar.body.data.map((interview: { id: string }) => interview.id)).toEqual([later.id]);
    const managerCalendar = await ctx.agency.as.recruiter.get(`/api/interviews?${window}&userId=${ctx.agency.users.manager.id}`);
    expect(managerCalendar.body.data.map((interview: { id: string }) => interview.id)).toEqual([later.id]);
    const accountManagerCalendar = await ctx.agency.as.account_manager.get(`/api/interviews?${window}`);
    expect(accountManagerCalendar.body.data.map((interview: { id: string }) => interview.id)).toEqual([sooner.id]);

    const first = await ctx.agency.as.back_office.get(`/api/interviews?entryId=${entry.id}&limit=1`);
    expect(first.body.data.map((interview: { id: string }) => interview.id)).toEqual([sooner.id]);
    const second = await ctx.agency.as.back_office.get(`/api/interviews?entryId=${entry.id}&limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ data: [{ id: later.id }], nextCursor: null });

    const backwards = await ctx.agency.as.recruiter.get('/api/interviews?from=2031-03-01T00:00:00.000Z&to=2031-01-01T00:00:00.000Z');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields).toEqual([expect.objectContaining({ path: 'to' })]);
  });

  it('another agency\'s interviews are never listed, and their entry answers an empty list', async () => {
    const other = await createTestAgency(ctx.t);
    const organization = await createOrganization(other.as.account_manager);
    const job = await createOpenJob(other.as.account_manager, organization.id, other.users.recruiter.id);
    const candidate = (await buildCandidate(other.as.recruiter)).data;
    const entry = await addToPipeline(other.as.recruiter, job.id, candidate.id);
    const theirs = await other.as.recruiter.post('/api/interviews', { entryId: entry.id, type: 'phone', ...SLOT, inviteCandidate: false });
    expect(theirs.status).toBe(201);
    expect((await ctx.agency.as.recruiter.get(`/api/interviews?entryId=${entry.id}`)).body.data).toEqual([]);
    expect((await ctx.agency.as.recruiter.post('/api/interviews', { entryId: entry.id, type: 'phone', ...SLOT })).status).toBe(404);
  });
});
