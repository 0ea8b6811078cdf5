import { beforeAll, describe, expect, it } from 'vitest';
import { nextActionsFor } from '../../src/modules/activities/next-actions';
import { setNow } from '../../src/platform/clock';
import { createTestAgency } from '../support/agency';
import { useTestAgency } from '../support/setup';
import { buildContact, buildDeal, buildJob, buildOrganization } from '../factories/records';

const ctx = useTestAgency();
let organizationId: string;
let jobId: string;

beforeAll(async () => {
  organizationId = (await buildOrganization(ctx.t.database.db, ctx.agency.id, { name: 'Harbour Foods' })).id;
  jobId = (await buildJob(ctx.t.database.db, ctx.agency.id, { organizationId, number: 7, title: 'Night picker' })).id;
});

type Task = { id: string; title: string };
const titles = (tasks: Task[]) => tasks.map((task) => task.title);

describe('tasks', () => {
  it('creates a task for the actor by default, about at most one record, labelled', async () => {
    const created = await ctx.agency.as.recruiter.post('/api/tasks', { title: 'Call back about shifts', dueAt: '2026-05-01T09:00:00Z', jobId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      data: { title: 'Call back about shifts', assignee: { id: ctx.agency.users.recruiter.id }, createdBy: { id: ctx.agency.users.recruiter.id }, related: { type: 'job', id: jobId, label: 'J-7 Night picker' }, doneAt: null },
      abilities: { update: true, complete: true, reopen: false },
    });
    const two = await ctx.agency.as.recruiter.post('/api/tasks', { title: 'x', dueAt: '2026-05-01T09:00:00Z', jobId, organizationId });
    expect(two.status).toBe(400);
    expect(two.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['organizationId', 'jobId']);
    expect((await ctx.agency.as.back_office.post('/api/tasks', { title: 'x', dueAt: '2026-05-01T09:00:00Z' })).status).toBe(403);
    const standalone = await ctx.agency.as.manager.post('/api/tasks', { title: 'Plan the week', dueAt: '2026-05-01T09:00:00Z', assigneeId: ctx.agency.users.account_manager.id });
    expect(standalone.body.data).toMatchObject({ related: null, assignee: { id: ctx.agency.users.account_manager.id } });
  });

  it('only the assignee, creator, a manager or an admin may change, complete or reopen a task', async () => {
    const task = (await ctx.agency.as.manager.post('/api/tasks', { title: 'Chase timesheets', dueAt: '2026-05-02T09:00:00Z', assigneeId: ctx.agency.users.recruiter.id, organizationId })).body.data;
    const stranger = await ctx.agency.as.account_manager.post(`/api/tasks/${task.id}/complete`);
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.message).toBe('Only the task’s assignee, its creator, a manager or an admin may change it');
    const done = await ctx.agency.as.recruiter.post(`/api/tasks/${task.id}/complete`);
    expect(done.body).toMatchObject({ data: { doneBy: { id: ctx.agency.users.recruiter.id }, version: 2 }, abilities: { complete: false, reopen: true } });
    expect(done.body.data.doneAt).toEqual(expect.any(String));
    const reopened = await ctx.agency.as.manager.post(`/api/tasks/${task.id}/reopen`);
    expect(reopened.body.data).toMatchObject({ doneAt: null, doneBy: null, version: 3 });
    const stale = await ctx.agency.as.recruiter.patch(`/api/tasks/${task.id}`, { version: 2, title: 'late' });
    expect(stale.status).toBe(409);
    const renamed = await ctx.agency.as.recruiter.patch(`/api/tasks/${task.id}`, { version: 3, title: 'Chase all timesheets', notes: 'site B too' });
    expect(renamed.body.data).toMatchObject({ title: 'Chase all timesheets', notes: 'site B too', version: 4 });
    const audit = await ctx.agency.as.admin.get(`/api/audit-events?entity=task&entityId=${task.id}`);
    expect(audit.body.data.map((e: { action: string }) => e.action)).toEqual(['update', 'reopen', 'complete', 'create']);
  });

  it("groups my open tasks into overdue, today and upcoming by the agency's date, across midnight in its time zone", async () => {
    expect((await ctx.agency.as.manager.put('/api/settings/agency.timeZone', { value: 'America/New_York' })).status).toBe(200);
    const me = ctx.agency.as.account_manager;
    // 23:30 on 9 March in New York is already 10 March in UTC.
    setNow('2026-03-10T03:30:00Z');
    const make = (title: string, dueAt: string, allDay = false) => me.post('/api/tasks', { title, dueAt, allDay });
    await make('Timed, an hour ago', '2026-03-10T02:30:00Z');
    await make('All day yesterday', '2026-03-08T12:00:00Z', true);
    await make('All day today', '2026-03-09T12:00:00Z', true);
    await make('Tonight at 23:50', '2026-03-10T03:50:00Z');
    await make('Tomorrow morning (NY), today in UTC', '2026-03-10T13:00:00Z');
    await make('All day tomorrow', '2026-03-10T12:00:00Z', true);
    const before = await me.get('/api/tasks/mine');
    expect(before.body.date).toBe('2026-03-09');
    expect(titles(before.body.overdue)).toEqual(['All day yesterday', 'Timed, an hour ago']);
    expect(titles(before.body.today)).toEqual(['All day today', 'Tonight at 23:50']);
    expect(titles(before.body.upcoming)).toEqual(['All day tomorrow', 'Tomorrow morning (NY), today in UTC', 'Plan the week']);

    // Past midnight in New York: yesterday's all-day task is now overdue, tomorrow's is today's.
    setNow('2026-03-10T05:00:00Z');
    const after = await me.get('/api/tasks/mine');
    expect(after.body.date).toBe('2026-03-10');
    expect(titles(after.body.overdue)).toEqual(['All day yesterday', 'All day today', 'Timed, an hour ago', 'Tonight at 23:50']);
    expect(titles(after.body.today)).toEqual(['All day tomorrow', 'Tomorrow morning (NY), today in UTC']);
    expect(titles(after.body.upcoming)).toEqual(['Plan the week']);
  });

  it("a record's next action is its earliest open task (nextActionsFor), for many records in one call", async () => {
    const db = ctx.t.database.db;
    const contact = await buildContact(db, ctx.agency.id, { organizationId });
    const deal = await buildDeal(db, ctx.agency.id, { organizationId });
    const later = await ctx.agency.as.recruiter.post('/api/tasks', { title: 'Later', dueAt: '2026-06-02T09:00:00Z', contactId: contact.id });
    const sooner = await ctx.agency.as.recruiter.post('/api/tasks', { title: 'Sooner', dueAt: '2026-06-01T09:00:00Z', contactId: contact.id });
    await ctx.agency.as.recruiter.post('/api/tasks', { title: 'Deal follow-up', dueAt: '2026-06-03T09:00:00Z', dealId: deal.id });
    let actions = await nextActionsFor(db, ctx.agency.id, 'contactId', [contact.id]);
    expect(actions.get(contact.id)).toMatchObject({ taskId: sooner.body.data.id, title: 'Sooner', assigneeName: 'Test recruiter' });
    await ctx.agency.as.recruiter.post(`/api/tasks/${sooner.body.data.id}/complete`);
    actions = await nextActionsFor(db, ctx.agency.id, 'contactId', [contact.id, deal.id]);
    expect(actions.get(contact.id)?.taskId).toBe(later.body.data.id);
    expect((await nextActionsFor(db, ctx.agency.id, 'dealId', [deal.id])).get(deal.id)?.title).toBe('Deal follow-up');
  });

  it('lists tasks by record, assignee and state in keyset pages', async () => {
    const org = await buildOrganization(ctx.t.database.db, ctx.agency.id);
    for (let day = 1; day <= 4; day += 1) {
      await ctx.agency.as.recruiter.post('/api/tasks', { title: `Step ${day}`, dueAt: `2026-07-0${day}T09:00:00Z`, organizationId: org.id });
    }
    const first = await ctx.agency.as.recruiter.get(`/api/tasks?organizationId=${org.id}&limit=3`);
    const second = await ctx.agency.as.recruiter.get(`/api/tasks?organizationId=${org.id}&limit=3&cursor=${first.body.nextCursor}`);
    expect([...titles(first.body.data), ...titles(second.body.data)]).toEqual(['Step 1', 'Step 2', 'Step 3', 'Step 4']);
    await ctx.agency.as.recruiter.post(`/api/tasks/${first.body.data[0].id}/complete`);
    expect(titles((await ctx.agency.as.recruiter.get(`/api/tasks?organizationId=${org.id}&status=done`)).body.data)).toEqual(['Step 1']);
    expect((await ctx.agency.as.recruiter.get(`/api/tasks?organizationId=${org.id}`)).body.data).toHaveLength(3);
    const mine = await ctx.agency.as.recruiter.get(`/api/tasks?assigneeId=${ctx.agency.users.manager.id}&status=all`);
    expect(mine.body.data).toEqual([]);
  });

  it("refuses another agency's records and users, and does not find their tasks", async () => {
    const theirs = await createTestAgency(ctx.t);
    const theirOrg = await buildOrganization(ctx.t.database.db, theirs.id);
    const link = await ctx.agency.as.recruiter.post('/api/tasks', { title: 'x', dueAt: '2026-05-01T09:00:00Z', organizationId: theirOrg.id });
    expect(link.status).toBe(422);
    expect(link.body.error.fields[0].path).toBe('organizationId');
    const assignee = await ctx.agency.as.recruiter.post('/api/tasks', { title: 'x', dueAt: '2026-05-01T09:00:00Z', assigneeId: theirs.users.recruiter.id });
    expect(assignee.status).toBe(422);
    expect(assignee.body.error.fields[0].path).toBe('assigneeId');
    const theirTask = await theirs.as.recruiter.post('/api/tasks', { title: 'theirs', dueAt: '2026-05-01T09:00:00Z' });
    for (const response of [
      await ctx.agency.as.admin.get(`/api/tasks/${theirTask.body.data.id}`),
      await ctx.agency.as.admin.post(`/api/tasks/${theirTask.body.data.id}/complete`),
      await ctx.agency.as.admin.patch(`/api/tasks/${theirTask.body.data.id}`, { version: 1, title: 'hijack' }),
    ]) {
      expect(response.status).toBe(404);
    }
  });
});
