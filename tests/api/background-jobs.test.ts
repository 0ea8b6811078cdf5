import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestAgency, createTestAgency } from '../support/agency';
import { type TestApp, startTestApp } from '../support/app';
import { startSmtpCapture } from '../support/smtp';

let t: TestApp;
let agency: TestAgency;

// An SMTP address where nothing listens: every delivery fails.
beforeAll(async () => {
  t = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:9' });
  agency = await createTestAgency(t);
});
afterAll(() => t.close());

describe('background jobs', () => {
  it('a mail that cannot be delivered is marked failed in the outbox and shown to admins with its error', async () => {
    await agency.as.admin.post('/api/users', { email: 'unlucky@example.test', name: 'Unlucky', role: 'recruiter' });
    expect(await t.runJobs()).toBe(1);
    const outbox = await agency.as.admin.get('/api/outbox');
    expect(outbox.body.data[0]).toMatchObject({ to: 'unlucky@example.test', status: 'failed', error: expect.stringMatching(/ECONNREFUSED|connect/) });
    const jobs = await agency.as.admin.get('/api/background-jobs');
    expect(jobs.body.data[0]).toMatchObject({ name: 'mail.send', error: expect.stringMatching(/ECONNREFUSED|connect/) });
  });

  it('an admin retries a failed job; it runs again and, once the server answers, the mail is sent', async () => {
    const smtp = await startSmtpCapture();
    try {
      const healed = await startTestAppSharing(smtp.url);
      const [job] = (await agency.as.admin.get('/api/background-jobs')).body.data;
      const retried = await agency.as.admin.post(`/api/background-jobs/${job.id}/retry`);
      expect(retried.body.data).toMatchObject({ id: job.id, state: 'retry' });
      expect(await healed.runPending()).toBe(1);
      expect(smtp.received.map((m) => m.to[0])).toEqual(['unlucky@example.test']);
      expect((await agency.as.admin.get('/api/outbox')).body.data[0].status).toBe('sent');
      expect((await agency.as.admin.get('/api/background-jobs')).body.data).toEqual([]);
    } finally {
      await smtp.close();
    }
  });

  it('other roles and other agencies cannot see the jobs', async () => {
    expect((await agency.as.manager.get('/api/background-jobs')).status).toBe(403);
  });
});

/** The same database and queue, with handlers that deliver to a working SMTP server. */
async function startTestAppSharing(smtpUrl: string) {
  const { jobHandlers } = await import('../../src/runtime');
  const handlers = jobHandlers(t.database, { ...t.config, smtpUrl });
  return { runPending: () => t.jobs.runPending(handlers) };
}
