import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mailOutbox } from '../../src/db/schema';
import { buildCandidate } from '../factories/candidates';
import { addToPipeline } from '../factories/pipeline';
import { SUBMISSION_PROFILE, candidateOnJob, clientJob } from '../factories/submissions';
import { attachmentsOf } from '../support/mime';
import { useTestAgencyWithMail } from '../support/setup';

const ctx = useTestAgencyWithMail({ FILLRATE_DATA_DIR: `/tmp/fillrate-test-shortlists-${process.pid}` });

async function submit(body: Record<string, unknown>) {
  return ctx.agency.as.recruiter.post('/api/submissions', body);
}

async function outboxCount() {
  return (await ctx.t.database.db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.agencyId, ctx.agency.id))).length;
}

describe('shortlists', () => {
  it('one mail lists every candidate with only their shared fields and attaches each CV; one submission per candidate is linked to the shortlist', async () => {
    const { contact, job } = await clientJob(ctx.agency);
    const alex = await candidateOnJob(ctx.t, ctx.agency, job.id, { ...SUBMISSION_PROFILE, lastName: 'Morgan' });
    const jo = await candidateOnJob(ctx.t, ctx.agency, job.id, { firstName: 'Jo', lastName: 'Lee', location: 'York', phones: ['+44 7400 123456'] });
    const kim = await candidateOnJob(ctx.t, ctx.agency, job.id, { firstName: 'Kim', lastName: 'Hale', location: 'Hull' });
    const created = await ctx.agency.as.recruiter.post('/api/shortlists', {
      jobId: job.id,
      note: 'Three strong candidates, all available within a month.',
      items: [
        { entryId: alex.entry.id, sharedFields: ['current_title', 'location'], note: 'Ran the night shift at Harbour Freight' },
        { entryId: jo.entry.id, sharedFields: ['location', 'phone'] },
        { entryId: kim.entry.id },
      ],
    });
    expect(created.status).toBe(201);
    const shortlist = created.body.data;
    expect(shortlist).toMatchObject({ jobId: job.id, contact: { id: contact.id, email: contact.email }, note: 'Three strong candidates, all available within a month.' });
    expect(shortlist.submissions.map((submission: { candidate: { name: string }; shortlistId: string; mailId: string; stage: { kind: string } }) => [submission.candidate.name, submission.shortlistId, submission.mailId, submission.stage.kind])).toEqual([
      ['Alex Morgan', shortlist.id, shortlist.mailId, 'submitted'],
      ['Jo Lee', shortlist.id, shortlist.mailId, 'submitted'],
      ['Kim Hale', shortlist.id, shortlist.mailId, 'submitted'],
    ]);

    const mailsBefore = ctx.smtp.received.length;
    await ctx.t.runJobs();
    const mails = ctx.smtp.received.slice(mailsBefore).filter((received) => received.to.includes(contact.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.raw).toMatch(/Subject: Shortlist for Forklift team lead \(J-\d+\): 3 candidates/);
    const attachments = attachmentsOf(mails[0]?.raw ?? '');
    expect(attachments.map((attachment) => attachment.fileName)).toEqual(['Alex Morgan - cv.pdf', 'Jo Lee - cv.pdf', 'Kim Hale - cv.pdf']);
    expect(attachments.map((attachment) => Buffer.compare(attachment.bytes, [alex, jo, kim][attachments.indexOf(attachment)]?.cv.bytes ?? Buffer.alloc(0)))).toEqual([0, 0, 0]);

    const text: string = (await ctx.agency.as.admin.get(`/api/outbox/${shortlist.mailId}`)).body.data.text;
    expect(text).toContain('1. Alex Morgan\n   Current title: Forklift Team Lead\n   Location: Leeds\n   Ran the night shift at Harbour Freight');
    expect(text).toContain('2. Jo Lee\n   Location: York\n   Phone: +447400123456');
    expect(text).toContain('3. Kim Hale');
    expect(text).not.toMatch(/Hull|7911123456/);

    const listed = await ctx.agency.as.recruiter.get(`/api/jobs/${job.id}/submissions`);
    expect(listed.body.data).toHaveLength(3);
  });

  it('is all or nothing: an entry of another job, a candidate already submitted and one without a CV are each named by item, and nothing is sent', async () => {
    const { job } = await clientJob(ctx.agency);
    const other = await clientJob(ctx.agency);
    const fine = await candidateOnJob(ctx.t, ctx.agency, job.id);
    const submitted = await candidateOnJob(ctx.t, ctx.agency, job.id);
    await submit({ entryId: submitted.entry.id });
    const noCv = (await buildCandidate(ctx.agency.as.recruiter)).data;
    const noCvEntry = await addToPipeline(ctx.agency.as.recruiter, job.id, noCv.id);
    const elsewhere = await candidateOnJob(ctx.t, ctx.agency, other.job.id);
    const mailsBefore = await outboxCount();
    const submissionsBefore = (await ctx.agency.as.recruiter.get(`/api/jobs/${job.id}/submissions`)).body.data.length;

    const wrongJob = await ctx.agency.as.recruiter.post('/api/shortlists', { jobId: job.id, items: [{ entryId: fine.entry.id }, { entryId: elsewhere.entry.id }] });
    expect(wrongJob.status).toBe(422);
    expect(wrongJob.body.error).toMatchObject({ rule: 'submission.entry_not_on_job', fields: [{ path: 'items.1.entryId' }] });

    const refused = await ctx.agency.as.recruiter.post('/api/shortlists', { jobId: job.id, items: [{ entryId: fine.entry.id }, { entryId: submitted.entry.id }, { entryId: noCvEntry.id }] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe('submission.refused');
    expect(refused.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['items.1.entryId', 'items.2.documentId']);
    expect(refused.body.error.related).toEqual([expect.objectContaining({ type: 'submission' })]);

    const twice = await ctx.agency.as.recruiter.post('/api/shortlists', { jobId: job.id, items: [{ entryId: fine.entry.id }, { entryId: fine.entry.id }] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields).toEqual([expect.objectContaining({ path: 'items.1.entryId' })]);

    expect(await outboxCount()).toBe(mailsBefore);
    expect((await ctx.agency.as.recruiter.get(`/api/jobs/${job.id}/submissions`)).body.data).toHaveLength(submissionsBefore);
  });
});
