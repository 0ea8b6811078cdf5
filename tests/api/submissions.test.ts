import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assignments, employees, mailOutbox, placements } from '../../src/db/schema';
import { advance, now, setNow, startClockAt } from '../../src/platform/clock';
import { buildCandidate } from '../factories/candidates';
import { buildContact } from '../factories/clients';
import { makeDocx, uploadDocument } from '../factories/documents';
import { createOpenJob } from '../factories/jobs';
import { type PipelineEntryOut, addToPipeline } from '../factories/pipeline';
import { SUBMISSION_PROFILE, candidateOnJob, clientJob, uploadCv } from '../factories/submissions';
import { createTestAgency } from '../support/agency';
import { attachmentsOf } from '../support/mime';
import { useTestAgencyWithMail } from '../support/setup';

const ctx = useTestAgencyWithMail({ FILLRATE_DATA_DIR: `/tmp/fillrate-test-submissions-${process.pid}` });

async function submit(body: Record<string, unknown>, as = ctx.agency.as.recruiter) {
  return as.post('/api/submissions', body);
}

async function outboxCount() {
  return (await ctx.t.database.db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.agencyId, ctx.agency.id))).length;
}

describe('submitting a candidate', () => {
  it('records who sent which CV and what was shared, moves the entry to submitted, and the hiring contact receives the mail with the CV attached', async () => {
    const { contact, job } = await clientJob(ctx.agency);
    const { candidate, entry, cv } = await candidateOnJob(ctx.t, ctx.agency, job.id);
    const created = await submit({ entryId: entry.id, note: 'Led two site moves; can start in four weeks.', sharedFields: ['current_title', 'location', 'skills'] });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      entryId: entry.id,
      job: { id: job.id, reference: `J-${job.number}`, title: 'Forklift team lead' },
      candidate: { id: candidate.id, name: candidate.name },
      contact: { id: contact.id, name: 'Priya Shah', email: contact.email },
      document: { id: cv.id, fileName: 'cv.pdf' },
      note: 'Led two site moves; can start in four weeks.',
      sharedFields: ['current_title', 'location', 'skills'],
      status: 'submitted',
      submittedBy: { id: ctx.agency.users.recruiter.id },
      emailed: true,
      stage: { kind: 'submitted' },
      placement: null,
      latestFeedback: null,
      hoursToFirstFeedback: null,
      feedback: [],
      version: 1,
    });
    expect(created.body.abilities).toEqual({ withdraw: true, recordFeedback: true });

    await ctx.t.runJobs();
    const mail = ctx.smtp.received.find((received) => received.to.includes(contact.email));
    expect(mail?.raw).toMatch(new RegExp(`Subject: ${candidate.name} for Forklift team lead \\(J-${job.number}\\)`));
    const attachments = attachmentsOf(mail?.raw ?? '');
    expect(attachments.map(({ fileName, contentType }) => ({ fileName, contentType }))).toEqual([{ fileName: `${candidate.name} - cv.pdf`, contentType: 'application/pdf' }]);
    expect(Buffer.compare(attachments[0]?.bytes ?? Buffer.alloc(0), cv.bytes)).toBe(0);

    const sent = await ctx.agency.as.admin.get(`/api/outbox/${created.body.data.mailId}`);
    expect(sent.body.data).toMatchObject({ to: contact.email, status: 'sent', templateKey: 'submission.single' });
    const text: string = sent.body.data.text;
    expect(text).toContain('Hello Priya Shah');
    expect(text).toContain('Led two site moves; can start in four weeks.');
    expect(text).toContain('Current title: Forklift Team Lead\nLocation: Leeds\nSkills: Counterbalance forklift, Stock control');
    // Fields not chosen never leave: the phone, the email and the pay the candidate wants.
    expect(text).not.toMatch(/7911|Desired pay|32,000|@mail\.example/);

    const entries = await ctx.agency.as.manager.get(`/api/submissions?entryId=${entry.id}`);
    expect(entries.body.data.map((row: { id: string }) => row.id)).toEqual([created.body.data.id]);
    const audit = await ctx.agency.as.admin.get(`/api/audit-events?entity=pipeline_entry&entityId=${entry.id}`);
    expect(audit.body.data.map((event: { action: string; after: { kind?: string } }) => [event.action, event.after.kind])).toContainEqual(['move', 'submitted']);
  });

  it('sends the CV chosen, which must be a CV of that candidate: another kind of document or another candidate\'s CV answers 422 naming documentId', async () => {
    const { contact, job } = await clientJob(ctx.agency);
    const { candidate, entry } = await candidateOnJob(ctx.t, ctx.agency, job.id);
    const older = await uploadCv(ctx.t, ctx.agency, candidate.id, 'cv-2023.pdf', 'An older CV');
    await uploadCv(ctx.t, ctx.agency, candidate.id, 'cv-2026.pdf', 'The newest CV');
    const letter = await uploadDocument(ctx.t.app, ctx.agency.as.recruiter, candidate.id, { fileName: 'letter.docx', bytes: makeDocx('Dear hiring manager') }, 'cover_letter');
    const someoneElse = await candidateOnJob(ctx.t, ctx.agency, job.id);

    for (const documentId of [letter.body.data.id, someoneElse.cv.id]) {
      const refused = await submit({ entryId: entry.id, documentId });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({ rule: 'submission.document', fields: [{ path: 'documentId' }] });
    }
    const chosen = await submit({ entryId: entry.id, documentId: older.id });
    expect(chosen.status).toBe(201);
    expect(chosen.body.data.document).toEqual({ id: older.id, fileName: 'cv-2023.pdf' });
    await ctx.t.runJobs();
    const mail = ctx.smtp.received.filter((received) => received.to.includes(contact.email)).at(-1);
    expect(attachmentsOf(mail?.raw ?? '').map((attachment) => attachment.fileName)).toEqual([`${candidate.name} - cv-2023.pdf`]);
  });

  it('without a CV a sent submission is refused (422 submission.cv_required); with send false it is recorded without any mail', async () => {
    const { job } = await clientJob(ctx.agency);
    const candidate = (await buildCandidate(ctx.agency.as.recruiter)).data;
    const entry = await addToPipeline(ctx.agency.as.recruiter, job.id, candidate.id);
    const mailsBefore = await outboxCount();

    const refused = await submit({ entryId: entry.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ rule: 'submission.cv_required', fields: [{ path: 'documentId' }] });

    const recorded = await submit({ entryId: entry.id, send: false, note: 'Sent from my phone after the call' });
    expect(recorded.status).toBe(201);
    expect(recorded.body.data).toMatchObject({ emailed: false, mailId: null, document: null, contact: { name: 'Priya Shah' }, stage: { kind: 'submitted' } });
    expect(await outboxCount()).toBe(mailsBefore);
  });

  it('goes to the job\'s hiring contact unless another is chosen; a contact of another client or without an email is refused naming contactId', async () => {
    const { organization, job } = await clientJob(ctx.agency);
    const colleague = (await buildContact(ctx.agency.as.account_manager, { organizationId: organization.id, firstName: 'Omar', lastName: 'Reed' })).data;
    const noEmail = (await buildContact(ctx.agency.as.account_manager, { organizationId: organization.id, emails: [] })).data;
    const elsewhere = (await buildContact(ctx.agency.as.account_manager)).data;

    const first = await candidateOnJob(ctx.t, ctx.agency, job.id);
    const notClient = await submit({ entryId: first.entry.id, contactId: elsewhere.id });
    expect(notClient.status).toBe(422);
    expect(notClient.body.error).toMatchObject({ rule: 'submission.contact_not_client', fields: [{ path: 'contactId' }] });
    const silent = await submit({ entryId: first.entry.id, contactId: noEmail.id });
    expect(silent.status).toBe(422);
    expect(silent.body.error).toMatchObject({ rule: 'submission.contact_no_email', fields: [{ path: 'contactId' }] });

    const toColleague = await submit({ entryId: first.entry.id, contactId: colleague.id });
    expect(toColleague.status).toBe(201);
    expect(toColleague.body.data.contact).toMatchObject({ id: colleague.id, name: 'Omar Reed' });

    const noHiringContact = await createOpenJob(ctx.agency.as.account_manager, organization.id, ctx.agency.users.recruiter.id);
    const second = await candidateOnJob(ctx.t, ctx.agency, noHiringContact.id);
    const needsOne = await submit({ entryId: second.entry.id });
    expect(needsOne.status).toBe(422);
    expect(needsOne.body.error).toMatchObject({ rule: 'submission.contact_required', fields: [{ path: 'contactId' }] });
  });

  it('a candidate is submitted to a job once: a second submission, even at the same moment, answers 409 pointing at the first; after a withdrawal they can be submitted again', async () => {
    const { job } = await clientJob(ctx.agency);
    const { entry } = await candidateOnJob(ctx.t, ctx.agency, job.id);
    const [one, two] = await Promise.all([submit({ entryId: entry.id }), submit({ entryId: entry.id })]);
    expect([one.status, two.status].sort()).toEqual([201, 409]);
    const winner = one.status === 201 ? one : two;
    const loser = one.status === 201 ? two : one;
    expect(loser.body.error).toMatchObject({ rule: 'submission.duplicate', related: [{ type: 'submission', id: winner.body.data.id }] });

    const withdrawn = await ctx.agency.as.recruiter.post(`/api/submissions/${winner.body.data.id}/withdraw`, { version: 1, reason: 'Client asked for a newer CV' });
    expect(withdrawn.status).toBe(200);
    const again = await submit({ entryId: entry.id });
    expect(again.status).toBe(201);
    const list = await ctx.agency.as.recruiter.get(`/api/submissions?entryId=${entry.id}`);
    expect(list.body.data.map((row: { status: string }) => row.status)).toEqual(['submitted', 'withdrawn']);
  });

  it('is refused while the job is not being worked (422 submission.job_not_active) but allowed on hold, and for a candidate who asked not to be contacted', async () => {
    const { job } = await clientJob(ctx.agency);
    const onHold = await candidateOnJob(ctx.t, ctx.agency, job.id);
    const doNotContact = await candidateOnJob(ctx.t, ctx.agency, job.id, { ...SUBMISSION_PROFILE, status: 'do_not_contact' });
    const closed = await candidateOnJob(ctx.t, ctx.agency, job.id);
    const held = await ctx.agency.as.account_manager.post(`/api/jobs/${job.id}/transitions`, { to: 'on_hold', version: job.version, reason: 'Budget review' });
    expect(held.status).toBe(200);
    expect((await submit({ entryId: onHold.entry.id })).status).toBe(201);
    expect((await submit({ entryId: doNotContact.entry.id })).status).toBe(201);

    const cancelled = await ctx.agency.as.account_manager.post(`/api/jobs/${job.id}/transitions`, { to: 'cancelled', version: held.body.data.version, reason: 'Client went elsewhere' });
    expect(cancelled.status).toBe(200);
    const refused = await submit({ entryId: closed.entry.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ rule: 'submission.job_not_active', related: [{ type: 'job', id: job.id }] });
  });

  it('the back office reads submissions but may not submit, withdraw or record feedback (403)', async () => {
    const { job } = await clientJob(ctx.agency);
    const { entry } = await candidateOnJob(ctx.t, ctx.agency, job.id);
    const created = await submit({ entryId: entry.id });
    const id = created.body.data.id;
    const backOffice = ctx.agency.as.back_office;
    expect((await backOffice.get(`/api/submissions/${id}`)).body.abilities).toEqual({ withdraw: false, recordFeedback: false });
    expect((await backOffice.get(`/api/jobs/${job.id}/submissions`)).status).toBe(200);
    expect((await backOffice.post('/api/submissions', { entryId: entry.id })).status).toBe(403);
    expect((await backOffice.post(`/api/submissions/${id}/withdraw`, { version: 1, reason: 'x' })).status).toBe(403);
    expect((await backOffice.post(`/api/submissions/${id}/feedback`, { kind: 'hold' })).status).toBe(403);
    expect((await backOffice.post('/api/shortlists', { jobId: job.id, items: [{ entryId: entry.id }] })).status).toBe(403);
  });
});

describe('withdrawing and client feedback', () => {
  it('withdrawing needs the version read and a reason; a withdrawn submission is not withdrawn again and takes no feedback', async () => {
    const { job } = await clientJob(ctx.agency);
    const { entry } = await candidateOnJob(ctx.t, ctx.agency, job.id);
    const id = (await submit({ entryId: entry.id })).body.data.id;
    const recruiter = ctx.agency.as.recruiter;

    const noReason = await recruiter.post(`/api/submissions/${id}/withdraw`, { version: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual([expect.objectContaining({ path: 'reason' })]);
    expect((await recruiter.post(`/api/submissions/${id}/withdraw`, { version: 7, reason: 'Candidate took another job' })).status).toBe(409);

    const withdrawn = await recruiter.post(`/api/submissions/${id}/withdraw`, { version: 1, reason: 'Candidate took another job' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.data).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Candidate took another job', withdrawnAt: expect.any(String), version: 2 });
    expect(withdrawn.body.abilities).toEqual({ withdraw: false, recordFeedback: false });

    const again = await recruiter.post(`/api/submissions/${id}/withdraw`, { version: 2, reason: 'Again' });
    expect(again.status).toBe(422);
    expect(again.body.error.rule).toBe('submission.withdrawn');
    const feedback = await recruiter.post(`/api/submissions/${id}/feedback`, { kind: 'interview' });
    expect(feedback.status).toBe(422);
    expect(feedback.body.error.rule).toBe('submission.withdrawn');
    const audit = await ctx.agency.as.admin.get(`/api/audit-events?entity=submission&entityId=${id}`);
    expect(audit.body.data.map((event: { action: string }) => event.action).sort()).toEqual(['create', 'withdraw']);
  });

  it('feedback is appended newest first; the first feedback\'s time is kept and the hours to it shown; a time in the future or before the submission is refused', async () => {
    const { job } = await clientJob(ctx.agency);
    const { entry } = await candidateOnJob(ctx.t, ctx.agency, job.id);
    setNow(new Date());
    const created = (await submit({ entryId: entry.id })).body.data;
    const sentAt = new Date(created.sentAt).getTime();
    const recruiter = ctx.agency.as.recruiter;

    advance(5 * 3_600_000);
    const held = await recruiter.post(`/api/submissions/${created.id}/feedback`, { kind: 'hold', remark: 'Waiting for budget sign-off' });
    expect(held.status).toBe(201);
    expect(held.body.data).toMatchObject({ firstFeedbackAt: new Date(sentAt + 5 * 3_600_000).toISOString(), hoursToFirstFeedback: 5, latestFeedback: { kind: 'hold', remark: 'Waiting for budget sign-off' } });

    // A phone answer noted late: it came two and a half hours after sending, so it is the first feedback.
    const earlier = new Date(sentAt + 2.5 * 3_600_000).toISOString();
    const interview = await recruiter.post(`/api/submissions/${created.id}/feedback`, { kind: 'more_info', remark: 'Asked about forklift licences', receivedAt: earlier });
    expect(interview.status).toBe(201);
    expect(interview.body.data).toMatchObject({ firstFeedbackAt: earlier, hoursToFirstFeedback: 2.5, latestFeedback: { kind: 'hold' } });
    expect(interview.body.data.feedback.map((item: { kind: string; recordedBy: string; source: string }) => [item.kind, item.source])).toEqual([
      ['hold', 'staff'],
      ['more_info', 'staff'],
    ]);
    expect(interview.body.data.feedback[0].recordedBy).toEqual(expect.any(String));

    const future = await recruiter.post(`/api/submissions/${created.id}/feedback`, { kind: 'reject', receivedAt: new Date(Date.now() + 30 * 86_400_000).toISOString() });
    expect(future.status).toBe(400);
    expect(future.body.error.fields).toEqual([{ path: 'receivedAt', message: 'not in the future' }]);
    const before = await recruiter.post(`/api/submissions/${created.id}/feedback`, { kind: 'reject', receivedAt: new Date(sentAt - 60_000).toISOString() });
    expect(before.status).toBe(400);
    expect(before.body.error.fields).toEqual([expect.objectContaining({ path: 'receivedAt' })]);
    const badKind = await recruiter.post(`/api/submissions/${created.id}/feedback`, { kind: 'maybe' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.fields).toEqual([expect.objectContaining({ path: 'kind' })]);

    const record = await ctx.agency.as.back_office.get(`/api/submissions/${created.id}`);
    expect(record.body.data.feedback).toHaveLength(2);
    startClockAt(now());
  });

  it('lists a candidate\'s submissions across jobs, newest first; the list needs an entry or a candidate', async () => {
    const first = await clientJob(ctx.agency);
    const second = await clientJob(ctx.agency);
    const candidate = (await buildCandidate(ctx.agency.as.recruiter)).data;
    await uploadCv(ctx.t, ctx.agency, candidate.id, 'cv.pdf', 'CV');
    const entries: PipelineEntryOut[] = [await addToPipeline(ctx.agency.as.recruiter, first.job.id, candidate.id), await addToPipeline(ctx.agency.as.recruiter, second.job.id, candidate.id)];
    for (const entry of entries) {
      expect((await submit({ entryId: entry.id })).status).toBe(201);
    }
    const list = await ctx.agency.as.back_office.get(`/api/submissions?candidateId=${candidate.id}&limit=1`);
    expect(list.body.data.map((row: { job: { id: string } }) => row.job.id)).toEqual([second.job.id]);
    const next = await ctx.agency.as.back_office.get(`/api/submissions?candidateId=${candidate.id}&limit=1&cursor=${list.body.nextCursor}`);
    expect(next.body).toMatchObject({ data: [{ job: { id: first.job.id } }], nextCursor: null });
    const unfiltered = await ctx.agency.as.back_office.get('/api/submissions');
    expect(unfiltered.status).toBe(400);
    expect(unfiltered.body.error.fields).toEqual([expect.objectContaining({ path: 'entryId' })]);
  });
});

/** Places an entry through the placements API and answers the placement (the back office's states are set below). */
async function place(entryId: string) {
  const placed = await ctx.agency.as.recruiter.post('/api/placements', { entryId });
  expect(placed.status, JSON.stringify(placed.body)).toBe(201);
  return placed.body.data as { id: string; number: number; status: string };
}

/** The back office's side, built by the Back office issue: approve the assignment, close it, hire the candidate. */
async function setAssignment(placementId: string, status: 'active' | 'closed') {
  await ctx.t.database.db
    .update(assignments)
    .set({ status, everApproved: true })
    .where(and(eq(assignments.agencyId, ctx.agency.id), eq(assignments.placementId, placementId)));
  await ctx.t.database.db
    .update(placements)
    .set({ status })
    .where(and(eq(placements.agencyId, ctx.agency.id), eq(placements.id, placementId)));
}

let employeeNumber = 0;
async function makeEmployee(candidateId: string) {
  employeeNumber += 1;
  await ctx.t.database.db.insert(employees).values({ agencyId: ctx.agency.id, candidateId, number: employeeNumber, hiredOn: '2026-01-05', workerType: 'temporary', payFrequency: 'weekly' });
}

describe('B1: the job\'s submissions list', () => {
  it('B1: shows each submission\'s placement and assignment status and where it sits in the back office, as a link', async () => {
    const { job } = await clientJob(ctx.agency, { openings: 5 });
    const unplaced = await candidateOnJob(ctx.t, ctx.agency, job.id, { firstName: 'Una', lastName: 'Placed' });
    const firstTime = await candidateOnJob(ctx.t, ctx.agency, job.id, { firstName: 'Fay', lastName: 'First' });
    const employee = await candidateOnJob(ctx.t, ctx.agency, job.id, { firstName: 'Eli', lastName: 'Employee' });
    const active = await candidateOnJob(ctx.t, ctx.agency, job.id, { firstName: 'Ada', lastName: 'Active' });
    const finished = await candidateOnJob(ctx.t, ctx.agency, job.id, { firstName: 'Cal', lastName: 'Closed' });
    for (const { entry } of [unplaced, firstTime, employee, active, finished]) {
      expect((await submit({ entryId: entry.id })).status).toBe(201);
    }
    const pendingFirst = await place(firstTime.entry.id);
    await makeEmployee(employee.candidate.id);
    const pendingEmployee = await place(employee.entry.id);
    const approved = await place(active.entry.id);
    await setAssignment(approved.id, 'active');
    await makeEmployee(finished.candidate.id);
    const closed = await place(finished.entry.id);
    await setAssignment(closed.id, 'closed');

    const list = await ctx.agency.as.manager.get(`/api/jobs/${job.id}/submissions`);
    expect(list.status).toBe(200);
    const byName = new Map(list.body.data.map((row: { candidate: { name: string } }) => [row.candidate.name, row]));
    expect(byName.get('Una Placed')).toMatchObject({ placement: null, stage: { kind: 'submitted' } });
    expect(byName.get('Fay First')).toMatchObject({
      stage: { kind: 'placed' },
      placement: { placementId: pendingFirst.id, number: pendingFirst.number, status: 'pending', assignmentStatus: 'needs_approval', backOffice: { place: 'hiring_management', href: '/hiring' } },
    });
    expect(byName.get('Eli Employee')).toMatchObject({
      placement: { placementId: pendingEmployee.id, status: 'pending', assignmentStatus: 'needs_approval', backOffice: { place: 'assignments', href: `/placements/${pendingEmployee.id}` } },
    });
    expect(byName.get('Ada Active')).toMatchObject({ placement: { status: 'active', assignmentStatus: 'active', backOffice: { place: 'assignments', href: `/placements/${approved.id}` } } });
    expect(byName.get('Cal Closed')).toMatchObject({
      placement: { status: 'closed', assignmentStatus: 'closed', backOffice: { place: 'employees', href: expect.stringMatching(/^\/employees\/[0-9a-f-]{36}$/) } },
    });
  });

  it('B1: a cancelled placement shows cancelled on the submissions list, and the submission keeps its sender and latest feedback', async () => {
    const { job } = await clientJob(ctx.agency, { openings: 2 });
    const { entry } = await candidateOnJob(ctx.t, ctx.agency, job.id, { firstName: 'Nia', lastName: 'Cancel' });
    const submission = (await submit({ entryId: entry.id })).body.data;
    await ctx.agency.as.recruiter.post(`/api/submissions/${submission.id}/feedback`, { kind: 'interview', remark: 'Wants to meet Nia on Tuesday' });
    const placement = await place(entry.id);
    const cancelled = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/cancel`, { version: 1, reason: 'Candidate withdrew before start' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);

    const [row] = (await ctx.agency.as.recruiter.get(`/api/jobs/${job.id}/submissions`)).body.data;
    expect(row).toMatchObject({
      candidate: { name: 'Nia Cancel' },
      submittedBy: { id: ctx.agency.users.recruiter.id },
      sentAt: submission.sentAt,
      status: 'submitted',
      latestFeedback: { kind: 'interview', remark: 'Wants to meet Nia on Tuesday' },
      placement: { placementId: placement.id, status: 'cancelled', assignmentStatus: 'cancelled' },
    });
  });

  it('B1: another agency\'s job answers 404 and its submissions never show', async () => {
    const { job } = await clientJob(ctx.agency);
    const { entry } = await candidateOnJob(ctx.t, ctx.agency, job.id);
    await submit({ entryId: entry.id });
    const theirs = await createTestAgency(ctx.t);
    expect((await theirs.as.recruiter.get(`/api/jobs/${job.id}/submissions`)).status).toBe(404);
    expect((await theirs.as.recruiter.get(`/api/submissions?entryId=${entry.id}`)).body.data).toEqual([]);
  });
});
