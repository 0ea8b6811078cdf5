import { describe, expect, it } from 'vitest';
import { jobHandlers } from '../../src/runtime';
import { useTestAgency } from '../support/setup';
import { startSmtpCapture } from '../support/smtp';

// An SMTP address where nothing listens: every delivery fails.
const ctx = useTestAgency({ SMTP_URL: 'smtp://127.0.0.1:9' });

describe('background jobs', () => {
  it('a mail that cannot be delivered is marked failed in the outbox and shown to admins with its error', async () => {
    await ctx.agency.as.admin.post('/api/users', { email: 'unlucky@example.test', name: 'Unlucky', role: 'recruiter' });
    expect(await ctx.t.runJobs()).toBe(1);
    const outbox = await ctx.agency.as.admin.get('/api/outbox');
    expect(outbox.body.data[0]).toMatchObject({ to: 'unlucky@example.test', status: 'failed', error: expect.stringMatching(/ECONNREFUSED|connect/) });
    const jobs = await ctx.agency.as.admin.get('/api/background-jobs');
    expect(jobs.body.data[0]).toMatchObject({ name: 'mail.send', error: expect.stringMatching(/ECONNREFUSED|connect/) });
  });

  it('an admin retries a failed job; it runs again and, once the server answers, the mail is sent', async () => {
    const smtp = await startSmtpCapture();
    try {
      const healed = startTestAppSharing(smtp.url);
      const [job] = (await ctx.agency.as.admin.get('/api/background-jobs')).body.data;
      const retried = await ctx.agency.as.admin.post(`/api/background-jobs/${job.id}/retry`);
      expect(retried.body.data).toMatchObject({ id: job.id, state: 'retry' });
      expect(await healed.runPending()).toBe(1);
      expect(smtp.received.map((m) => m.to[0])).toEqual(['unlucky@example.test']);
      expect((await ctx.agency.as.admin.get('/api/outbox')).body.data[0].status).toBe('sent');
      expect((await ctx.agency.as.admin.get('/api/background-jobs')).body.data).toEqual([]);
    } finally {
      await smtp.close();
    }
  });

  it('other roles and other agencies cannot see the jobs', async () => {
    expect((await ctx.agency.as.manager.get('/api/background-jobs')).status).toBe(403);
  });
});

/** The same database and queue, with handlers that deliver to a working SMTP server. */
function startTestAppSharing(smtpUrl: string) {
  const handlers = jobHandlers(ctx.t.database, { ...ctx.t.config, smtpUrl });
  return { runPending: () => ctx.t.jobs.runPending(handlers) };
}
