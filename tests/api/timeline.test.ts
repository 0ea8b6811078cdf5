import { beforeAll, describe, expect, it } from 'vitest';
import { jobStatusChanges } from '../../src/db/schema';
import { systemActor } from '../../src/platform/auth/actor';
import { recordAudit } from '../../src/platform/audit';
import { setNow } from '../../src/platform/clock';
import { createTestAgency } from '../support/agency';
import { useTestAgency } from '../support/setup';
import { buildContact, buildJob, buildOrganization } from '../factories/records';

const ctx = useTestAgency();
let organizationId: string;
let contactId: string;
let jobId: string;

type Item = { id: string; kind: string; at: string; title: string; detail: string | null; actorLabel: string };
const summary = (items: Item[]) => items.map((item) => `${item.kind}: ${item.title}`);

beforeAll(async () => {
  const db = ctx.t.database.db;
  organizationId = (await buildOrganization(db, ctx.agency.id, { name: 'Northgate Retail' })).id;
  contactId = (await buildContact(db, ctx.agency.id, { organizationId, firstName: 'Sam', lastName: 'Ortiz' })).id;
  jobId = (await buildJob(db, ctx.agency.id, { organizationId, number: 55, title: 'Store manager' })).id;

  setNow('2026-04-01T09:00:00Z');
  await recordAudit(db, systemActor(ctx.agency.id, 'Import'), { entity: 'job', entityId: jobId, action: 'create', after: { title: 'Store manager' } });
  setNow('2026-04-02T09:00:00Z');
  await db.insert(jobStatusChanges).values({ agencyId: ctx.agency.id, jobId, fromStatus: 'qualified', toStatus: 'open', reason: 'Signed terms', actorLabel: 'Dana' });
  setNow('2026-04-03T09:00:00Z');
  await ctx.agency.as.recruiter.post('/api/activities', { kind: 'call', callOutcome: 'connected', body: 'Agreed the shortlist date', jobId });
  setNow('2026-04-04T09:00:00Z');
  const task = await ctx.agency.as.recruiter.post('/api/tasks', { title: 'Send shortlist', dueAt: '2026-04-06T09:00:00Z', jobId });
  setNow('2026-04-05T09:00:00Z');
  await recordAudit(db, systemActor(ctx.agency.id, 'Dana'), {
    entity: 'job',
    entityId: jobId,
    action: 'update',
    before: { title: 'Store manager', openings: 1, version: 1, updatedAt: 'a' },
    after: { title: 'Store manager', openings: 2, version: 2, updatedAt: 'b' },
  });
  setNow('2026-04-06T08:00:00Z');
  await ctx.agency.as.recruiter.post(`/api/tasks/${task.body.data.id}/complete`);
  setNow('2026-04-07T09:00:00Z');
  await ctx.agency.as.account_manager.post('/api/activities', { kind: 'meeting', subject: 'Quarterly review', body: 'Discussed the store manager role', organizationId, mentions: [{ type: 'job', id: jobId }, { type: 'contact', id: contactId }] });
});

describe('timeline', () => {
  it("shows a job's activities, mentions, tasks, status changes and audit events newest first", async () => {
    const timeline = await ctx.agency.as.back_office.get(`/api/timeline?jobId=${jobId}`);
    expect(timeline.status).toBe(200);
    expect(summary(timeline.body.data)).toEqual([
      'activity: Meeting: Quarterly review',
      'task: Task done: Send shortlist',
      'audit: Edited',
      'task: Task added: Send shortlist',
      'activity: Call (connected)',
      'status_change: Status: qualified → open',
      'audit: Created',
    ]);
    const [mention, done, edit, , call, status, created] = timeline.body.data;
    expect(mention).toMatchObject({ activityKind: 'meeting', mentionedFrom: { type: 'organization', id: organizationId, label: 'Northgate Retail' }, actorLabel: 'Test account_manager' });
    expect(done).toMatchObject({ taskEvent: 'done', at: '2026-04-06T08:00:00.000Z', actorLabel: 'Test recruiter', dueAt: '2026-04-06T09:00:00.000Z' });
    expect(edit).toMatchObject({ detail: 'Changed openings', changedFields: ['openings'], actorLabel: 'Dana' });
    expect(call).toMatchObject({ detail: 'Agreed the shortlist date', callOutcome: 'connected' });
    expect(status).toMatchObject({ fromStatus: 'qualified', toStatus: 'open', reason: 'Signed terms', detail: 'Signed terms' });
    expect(created.actorLabel).toBe('Import');
  });

  it('shows an activity on the timeline of every record it mentions', async () => {
    const contact = await ctx.agency.as.recruiter.get(`/api/timeline?contactId=${contactId}`);
    expect(summary(contact.body.data)).toEqual(['activity: Meeting: Quarterly review']);
    const organization = await ctx.agency.as.recruiter.get(`/api/timeline?organizationId=${organizationId}`);
    expect(summary(organization.body.data)).toEqual(['activity: Meeting: Quarterly review']);
    expect(organization.body.data[0].mentionedFrom).toBeUndefined();
  });

  it('filters by kind', async () => {
    const tasksAndStatus = await ctx.agency.as.recruiter.get(`/api/timeline?jobId=${jobId}&kinds=task,status_change`);
    expect(tasksAndStatus.body.data.map((item: Item) => item.kind)).toEqual(['task', 'task', 'status_change']);
    const audit = await ctx.agency.as.recruiter.get(`/api/timeline?jobId=${jobId}&kinds=audit`);
    expect(summary(audit.body.data)).toEqual(['audit: Edited', 'audit: Created']);
    const bad = await ctx.agency.as.recruiter.get(`/api/timeline?jobId=${jobId}&kinds=gossip`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('kinds');
  });

  it('pages through the union in keyset order without repeats or gaps', async () => {
    const all = (await ctx.agency.as.recruiter.get(`/api/timeline?jobId=${jobId}`)).body.data.map((item: Item) => item.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/timeline?jobId=${jobId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await ctx.agency.as.recruiter.get(url);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((item: Item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(seen).toHaveLength(7);
  });

  it('needs exactly one record, and does not show records of another agency', async () => {
    const none = await ctx.agency.as.recruiter.get('/api/timeline');
    expect(none.status).toBe(400);
    expect(none.body.error.fields).toHaveLength(5);
    expect((await ctx.agency.as.recruiter.get(`/api/timeline?jobId=${jobId}&organizationId=${organizationId}`)).status).toBe(400);
    const theirs = await createTestAgency(ctx.t);
    const theirOrg = await buildOrganization(ctx.t.database.db, theirs.id);
    await theirs.as.recruiter.post('/api/activities', { kind: 'note', body: 'secret', organizationId: theirOrg.id });
    const foreign = await ctx.agency.as.admin.get(`/api/timeline?organizationId=${theirOrg.id}`);
    expect(foreign.status).toBe(404);
  });
});
