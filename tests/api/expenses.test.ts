import { describe, expect, it } from 'vitest';
import { elfBytes, makePdf, multipartBody } from '../factories/documents';
import { assignmentInState } from '../factories/timesheets';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();

const expense = (overrides: Record<string, unknown> = {}) => ({ spentOn: '2027-03-02', category: 'travel', description: 'Train to the client site', amountMinor: 4250, currency: 'GBP', billable: true, ...overrides });
const record = (assignmentId: string, body: Record<string, unknown>) => ctx.agency.as.back_office.post(`/api/assignments/${assignmentId}/expenses`, body);

/** Posts the expense as multipart/form-data with a receipt, as the web form does. */
async function recordWithReceipt(assignmentId: string, fields: Record<string, unknown>, receipt: { fileName: string; bytes: Buffer; contentType?: string }) {
  const parts = [...Object.entries(fields).map(([name, value]) => ({ name, value: String(value) })), { name: 'receipt', ...receipt }];
  const { payload, contentType } = multipartBody(parts);
  const as = ctx.agency.as.back_office;
  const response = await ctx.t.app.inject({ method: 'POST', url: `/api/assignments/${assignmentId}/expenses`, payload, headers: { 'content-type': contentType, cookie: as.cookie, 'x-csrf-token': as.csrfToken } });
  return { status: response.statusCode, body: response.json() };
}

describe('expenses', () => {
  it('records an expense as a draft (JSON), lists it, submits and approves it', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency);
    const created = await record(assignment.id, expense());
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ status: 'draft', category: 'travel', categoryLabel: 'Travel', amountMinor: 4250, currency: 'GBP', billable: true, receipt: null, version: 1 });
    expect(created.body.abilities).toMatchObject({ edit: true, submit: true, approve: false });
    const list = await ctx.agency.as.recruiter.get(`/api/assignments/${assignment.id}/expenses`);
    expect(list.body.data.map((row: { id: string }) => row.id)).toEqual([created.body.data.id]);
    expect(list.body.abilities.create).toBe(false);
    const submitted = await ctx.agency.as.back_office.post(`/api/expenses/${created.body.data.id}/submit`, { version: 1 });
    expect(submitted.body.data).toMatchObject({ status: 'submitted', submittedAt: expect.any(String) });
    const approved = await ctx.agency.as.back_office.post('/api/expenses/approve', { ids: [created.body.data.id] });
    expect(approved.body.data[0]).toMatchObject({ status: 'approved' });
    expect((await ctx.agency.as.back_office.patch(`/api/expenses/${created.body.data.id}`, { version: 3, amountMinor: 1 })).status).toBe(422);
  });

  it('uploads a receipt with the expense (multipart) and downloads the same bytes', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency);
    const pdf = await makePdf('Receipt: rail fare £42.50');
    const created = await recordWithReceipt(assignment.id, expense({ billable: false }), { fileName: 'rail-fare.pdf', bytes: pdf, contentType: 'application/pdf' });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ billable: false, amountMinor: 4250, receipt: { fileName: 'rail-fare.pdf', mediaType: 'application/pdf' } });
    const download = await ctx.t.app.inject({ method: 'GET', url: `/api/expenses/${created.body.data.id}/receipt`, headers: { cookie: ctx.agency.as.recruiter.cookie } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('rail-fare.pdf');
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);

    const disguised = await recordWithReceipt(assignment.id, expense(), { fileName: 'receipt.pdf', bytes: elfBytes() });
    expect(disguised.status).toBe(415);
    expect(disguised.body.error.fields[0].path).toBe('receipt');
    const badField = await recordWithReceipt(assignment.id, expense({ amountMinor: 'lots' }), { fileName: 'r.pdf', bytes: pdf });
    expect(badField.status).toBe(400);
    expect(badField.body.error.fields[0].path).toBe('amountMinor');
    const withoutReceipt = await record(assignment.id, expense());
    expect((await ctx.agency.as.back_office.get(`/api/expenses/${withoutReceipt.body.data.id}/receipt`)).status).toBe(404);
  });

  it('refuses a billable expense in another currency than the client invoices in, naming currency; a non-billable one may be in any currency', async () => {
    const { assignment, organizationCurrency } = await assignmentInState(ctx.t, ctx.agency);
    expect(organizationCurrency).toBe('GBP');
    const refused = await record(assignment.id, expense({ currency: 'EUR' }));
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ rule: 'expense.billable_currency', fields: [{ path: 'currency' }] });
    const reimbursed = await record(assignment.id, expense({ currency: 'EUR', billable: false }));
    expect(reimbursed.status).toBe(201);
    const madeBillable = await ctx.agency.as.back_office.patch(`/api/expenses/${reimbursed.body.data.id}`, { version: 1, billable: true });
    expect(madeBillable.body.error.rule).toBe('expense.billable_currency');
  });

  it('takes only a category of the agency\'s list', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency);
    const refused = await record(assignment.id, expense({ category: 'champagne' }));
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields[0].path).toBe('category');
  });

  it('B11: a closed assignment takes expenses up to its end date, never after; one waiting for approval takes none', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency, { status: 'closed', endOn: '2027-03-03' });
    expect((await record(assignment.id, expense({ spentOn: '2027-03-03' }))).status).toBe(201);
    const after = await record(assignment.id, expense({ spentOn: '2027-03-04' }));
    expect(after.status).toBe(422);
    expect(after.body.error).toMatchObject({ rule: 'B11', fields: [{ path: 'spentOn' }] });
    const waiting = await assignmentInState(ctx.t, ctx.agency, { status: 'needs_approval' });
    expect((await record(waiting.assignment.id, expense())).body.error.rule).toBe('B11');
  });

  it('rejection needs a reason; a rejected expense is corrected and submitted again; batches are all or nothing', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency);
    const first = (await record(assignment.id, expense())).body.data;
    const second = (await record(assignment.id, expense({ category: 'meals', amountMinor: 1200 }))).body.data;
    await ctx.agency.as.back_office.post(`/api/expenses/${first.id}/submit`, { version: 1 });
    const mixed = await ctx.agency.as.back_office.post('/api/expenses/approve', { ids: [first.id, second.id] });
    expect(mixed.status).toBe(422);
    expect(mixed.body.error.related).toEqual([expect.objectContaining({ type: 'expense', id: second.id, rule: 'expense.status' })]);
    expect((await ctx.agency.as.back_office.get(`/api/expenses/${first.id}`)).body.data.status).toBe('submitted');

    expect((await ctx.agency.as.back_office.post('/api/expenses/reject', { ids: [first.id], options: { reason: '' } })).body.error.rule).toBe('expense.rejection_reason');
    const rejected = await ctx.agency.as.back_office.post('/api/expenses/reject', { ids: [first.id], options: { reason: 'No receipt' } });
    expect(rejected.body.data[0]).toMatchObject({ status: 'rejected', rejectionReason: 'No receipt' });
    const corrected = await ctx.agency.as.back_office.patch(`/api/expenses/${first.id}`, { version: 3, amountMinor: 4000 });
    expect(corrected.body.data).toMatchObject({ status: 'draft', amountMinor: 4000 });
    const resubmitted = await ctx.agency.as.back_office.post(`/api/expenses/${first.id}/submit`, { version: 4 });
    expect(resubmitted.body.data.status).toBe('submitted');
    expect((await ctx.agency.as.back_office.post(`/api/expenses/${first.id}/submit`, { version: 1 })).status).toBe(409);
    expect((await ctx.agency.as.recruiter.post('/api/expenses/approve', { ids: [first.id] })).status).toBe(403);
  });
});
