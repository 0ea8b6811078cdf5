import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contacts } from '../../src/db/schema';
import { setNow } from '../../src/platform/clock';
import { createTestAgency } from '../support/agency';
import { useTestAgency } from '../support/setup';
import { buildContact, buildJob, buildOrganization } from '../factories/records';

const ctx = useTestAgency();
let organizationId: string;
let contactId: string;
let jobId: string;

beforeAll(async () => {
  const organization = await buildOrganization(ctx.t.database.db, ctx.agency.id, { name: 'Acme Logistics' });
  organizationId = organization.id;
  contactId = (await buildContact(ctx.t.database.db, ctx.agency.id, { organizationId, firstName: 'Jo', lastName: 'Baker' })).id;
  jobId = (await buildJob(ctx.t.database.db, ctx.agency.id, { organizationId, number: 1042, title: 'Forklift driver' })).id;
});

const lastContactedAt = async (id: string) => {
  const [row] = await ctx.t.database.db.select({ at: contacts.lastContactedAt }).from(contacts).where(eq(contacts.id, id));
  return row?.at?.toISOString() ?? null;
};

describe('activities', () => {
  it('needs exactly one record, naming the link fields otherwise', async () => {
    const none = await ctx.agency.as.recruiter.post('/api/activities', { kind: 'note', body: 'floating' });
    expect(none.status).toBe(400);
    expect(none.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['candidateId', 'organizationId', 'contactId', 'dealId', 'jobId']);
    const two = await ctx.agency.as.recruiter.post('/api/activities', { kind: 'note', body: 'two', organizationId, contactId });
    expect(two.status).toBe(400);
    expect(two.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['organizationId', 'contactId']);
    expect(two.body.error.message).toContain('exactly one of');
  });

  it('checks kind-specific fields: an outcome only on calls, a channel required on messages', async () => {
    const outcome = await ctx.agency.as.recruiter.post('/api/activities', { kind: 'note', body: 'x', organizationId, callOutcome: 'connected' });
    expect(outcome.status).toBe(400);
    expect(outcome.body.error.fields).toEqual([{ path: 'callOutcome', message: 'only a call has an outcome' }]);
    const message = await ctx.agency.as.recruiter.post('/api/activities', { kind: 'message', body: 'x', contactId });
    expect(message.status).toBe(400);
    expect(message.body.error.fields[0].path).toBe('channel');
  });

  it('lets a recruiter log on an organization, and refuses the back office', async () => {
    const logged = await ctx.agency.as.recruiter.post('/api/activities', { kind: 'note', subject: 'Site visit', body: 'Met the ops lead', organizationId });
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({
      data: { kind: 'note', subject: 'Site visit', record: { type: 'organization', id: organizationId, label: 'Acme Logistics' }, author: { id: ctx.agency.users.recruiter.id }, version: 1 },
      abilities: { update: true },
    });
    const refused = await ctx.agency.as.back_office.post('/api/activities', { kind: 'note', body: 'x', organizationId });
    expect(refused.status).toBe(403);
    expect((await ctx.agency.as.back_office.get(`/api/activities?organizationId=${organizationId}`)).status).toBe(200);
  });

  it("a call, email, meeting or message with a contact moves their last contacted forward, never back; a note does not", async () => {
    setNow('2026-03-10T09:00:00Z');
    await ctx.agency.as.recruiter.post('/api/activities', { kind: 'note', body: 'just a note', contactId });
    expect(await lastContactedAt(contactId)).toBeNull();
    const call = await ctx.agency.as.recruiter.post('/api/activities', { kind: 'call', body: 'Booked a meeting', callOutcome: 'connected', contactId });
    expect(call.body.data).toMatchObject({ callOutcome: 'connected', occurredAt: '2026-03-10T09:00:00.000Z' });
    expect(await lastContactedAt(contactId)).toBe('2026-03-10T09:00:00.000Z');
    await ctx.agency.as.recruiter.post('/api/activities', { kind: 'email', body: 'older email', contactId, occurredAt: '2026-03-01T09:00:00Z' });
    expect(await lastContactedAt(contactId)).toBe('2026-03-10T09:00:00.000Z');
    // A mention counts as a conversation with the mentioned contact too.
    const other = await buildContact(ctx.t.database.db, ctx.agency.id, { organizationId });
    const meeting = await ctx.agency.as.account_manager.post('/api/activities', {
      kind: 'message',
      channel: 'whatsapp',
      body: 'Confirmed the start date',
      jobId,
      mentions: [{ type: 'contact', id: other.id }],
      occurredAt: '2026-03-11T15:30:00Z',
    });
    expect(meeting.status).toBe(201);
    expect(meeting.body.data.mentions).toEqual([{ type: 'contact', id: other.id, label: `Casey ${other.lastName}` }]);
    expect(meeting.body.data.record.label).toBe('J-1042 Forklift driver');
    expect(await lastContactedAt(other.id)).toBe('2026-03-11T15:30:00.000Z');
  });

  it('edits by author, manager or admin with the version read; others 403, stale 409', async () => {
    const created = await ctx.agency.as.recruiter.post('/api/activities', { kind: 'call', body: 'No answer', callOutcome: 'no_answer', contactId });
    const id = created.body.data.id;
    const other = await ctx.agency.as.account_manager.patch(`/api/activities/${id}`, { version: 1, body: 'mine now' });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toMatch(/author/);
    const edited = await ctx.agency.as.recruiter.patch(`/api/activities/${id}`, { version: 1, callOutcome: 'left_voicemail' });
    expect(edited.body.data).toMatchObject({ callOutcome: 'left_voicemail', version: 2 });
    const stale = await ctx.agency.as.manager.patch(`/api/activities/${id}`, { version: 1, body: 'late' });
    expect(stale.status).toBe(409);
    const byManager = await ctx.agency.as.manager.patch(`/api/activities/${id}`, { version: 2, kind: 'note' });
    expect(byManager.body.data).toMatchObject({ kind: 'note', callOutcome: null, version: 3 });
    const bad = await ctx.agency.as.manager.patch(`/api/activities/${id}`, { version: 3, kind: 'message' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('channel');
    const audit = await ctx.agency.as.admin.get(`/api/audit-events?entity=activity&entityId=${id}`);
    expect(audit.body.data.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
  });

  it('lists the activities of a record newest first in keyset pages', async () => {
    const fresh = await buildOrganization(ctx.t.database.db, ctx.agency.id);
    for (let day = 1; day <= 5; day += 1) {
      await ctx.agency.as.recruiter.post('/api/activities', { kind: 'note', body: `day ${day}`, organizationId: fresh.id, occurredAt: `2026-02-0${day}T10:00:00Z` });
    }
    const first = await ctx.agency.as.recruiter.get(`/api/activities?organizationId=${fresh.id}&limit=3`);
    const second = await ctx.agency.as.recruiter.get(`/api/activities?organizationId=${fresh.id}&limit=3&cursor=${first.body.nextCursor}`);
    expect([...first.body.data, ...second.body.data].map((a: { body: string }) => a.body)).toEqual(['day 5', 'day 4', 'day 3', 'day 2', 'day 1']);
    expect(second.body.nextCursor).toBeNull();
    expect((await ctx.agency.as.recruiter.get('/api/activities')).status).toBe(400);
  });

  it("refuses another agency's records as links and mentions, and does not find their activities", async () => {
    const theirs = await createTestAgency(ctx.t);
    const theirOrg = await buildOrganization(ctx.t.database.db, theirs.id);
    const link = await ctx.agency.as.recruiter.post('/api/activities', { kind: 'note', body: 'x', organizationId: theirOrg.id });
    expect(link.status).toBe(422);
    expect(link.body.error.fields).toEqual([{ path: 'organizationId', message: 'refers to a record that does not exist' }]);
    const mention = await ctx.agency.as.recruiter.post('/api/activities', { kind: 'note', body: 'x', organizationId, mentions: [{ type: 'organization', id: theirOrg.id }] });
    expect(mention.status).toBe(422);
    expect(mention.body.error.fields[0].path).toBe('mentions.0.id');
    const theirNote = await theirs.as.recruiter.post('/api/activities', { kind: 'note', body: 'theirs', organizationId: theirOrg.id });
    expect((await ctx.agency.as.admin.get(`/api/activities/${theirNote.body.data.id}`)).status).toBe(404);
    expect((await ctx.agency.as.admin.patch(`/api/activities/${theirNote.body.data.id}`, { version: 1, body: 'hijack' })).status).toBe(404);
  });
});
