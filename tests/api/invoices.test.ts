import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { resultRows } from '../../src/db/client';
import { invoiceClaims, invoiceLines, invoices } from '../../src/db/schema';
import { resetClock, setNow } from '../../src/platform/clock';
import { activeAssignment, placedAssignment } from '../factories/assignments';
import { createOrganization } from '../factories/jobs';
import { approvedWeek, billingContact, expectedAmount, expectedTax, setInvoicingTerms } from '../factories/invoices';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();
afterEach(() => resetClock());

const DECEMBER = { periodFrom: '2026-12-01', periodTo: '2026-12-31' };
const FULL_WEEK: [number, number?][] = [[450], [450], [450], [450], [450, 120]];

type Rates = { billRegularMinor: number; billOvertimeMinor: number };
type Line = { kind: string; claimSource: string | null; description: string; quantity: number; rateMinor: number; amountMinor: number; taxable: boolean; timesheetId: string | null; id: string };
type Group = { label: string; weekStart: string | null; lines: Line[]; subtotalMinor: number };

const bo = () => ctx.agency.as.back_office;
const ratesOf = async (assignmentId: string): Promise<Rates> => (await bo().get(`/api/assignments/${assignmentId}`)).body.data.rates[0] as Rates;
const invoice = async (id: string) => (await bo().get(`/api/invoices/${id}`)).body;
const run = (organizationIds: string[], period = DECEMBER) => bo().post('/api/invoices/run', { organizationIds, ...period });

/** A client with tax, terms and two active assignments at different bill rates. */
async function clientWithTwoAssignments(taxRateBp = 2000) {
  const organization = await createOrganization(ctx.agency.as.account_manager);
  await setInvoicingTerms(ctx.t, ctx.agency, organization.id, { taxRateBp, paymentTermsDays: 14 });
  const first = await activeAssignment(ctx.agency, { organizationId: organization.id, billRateMinor: 2100 });
  const second = await activeAssignment(ctx.agency, { organizationId: organization.id, billRateMinor: 2575, payMinor: 1800 });
  return { organization, first, second };
}

describe('invoice run', () => {
  it('previews then creates one draft per client: approved, unbilled time at the bill rates, lines grouped by assignment and week, totals as PRODUCT.md §6 computes them', async () => {
    const { organization, first, second } = await clientWithTwoAssignments();
    const a = await ratesOf(first.assignment.id);
    const b = await ratesOf(second.assignment.id);
    const sheetA = await approvedWeek(ctx.agency, first.assignment.id, '2026-12-14', FULL_WEEK);
    const sheetB1 = await approvedWeek(ctx.agency, second.assignment.id, '2026-12-14', [[480], [480], [480]]);
    const sheetB2 = await approvedWeek(ctx.agency, second.assignment.id, '2026-12-21', [[300]]);
    // A draft week is not billed.
    await bo().put(`/api/assignments/${first.assignment.id}/timesheets/2026-12-21`, { days: [{ workDate: '2026-12-21', regularMinutes: 480 }], notes: '' });

    const expected = [expectedAmount(2250, a.billRegularMinor), expectedAmount(120, a.billOvertimeMinor), expectedAmount(1440, b.billRegularMinor), expectedAmount(300, b.billRegularMinor)];
    const subtotal = expected.reduce((sum, amount) => sum + amount, 0);
    const tax = expectedTax(subtotal, 2000);

    const preview = await bo().post('/api/invoices/run/preview', { organizationIds: [organization.id], ...DECEMBER });
    expect(preview.status).toBe(200);
    expect(preview.body.data).toHaveLength(1);
    expect(preview.body.data[0]).toMatchObject({ organization: { id: organization.id }, currency: 'GBP', taxRateBp: 2000, skipped: [] });
    const [planned] = preview.body.data[0].invoices;
    expect(planned).toMatchObject({ paymentTermsDays: 14, subtotalMinor: subtotal, taxMinor: tax, totalMinor: subtotal + tax });
    expect(planned.lines.map((line: Line) => line.amountMinor).sort()).toEqual([...expected].sort());
    expect((await ctx.t.database.db.select().from(invoices).where(eq(invoices.organizationId, organization.id))).length).toBe(0);

    const created = await run([organization.id]);
    expect(created.status).toBe(201);
    expect(created.body.data.invoices).toHaveLength(1);
    const [summary] = created.body.data.invoices;
    expect(summary).toMatchObject({ status: 'draft', number: null, reference: null, subtotalMinor: subtotal, taxMinor: tax, totalMinor: subtotal + tax, balanceMinor: subtotal + tax, periodFrom: '2026-12-01', periodTo: '2026-12-31' });

    const record = await invoice(summary.id);
    const groups = record.data.groups as Group[];
    expect(groups.map((group) => group.weekStart)).toEqual(expect.arrayContaining(['2026-12-14', '2026-12-14', '2026-12-21']));
    expect(groups).toHaveLength(3);
    const groupA = groups.find((group) => group.lines.some((line) => line.timesheetId === sheetA));
    expect(groupA?.label).toMatch(/week of 2026-12-14/);
    expect(groupA?.lines.map((line) => line.description)).toEqual([expect.stringMatching(/ — .+, week of 2026-12-14, regular 37\.50 h$/), expect.stringMatching(/overtime 2\.00 h$/)]);
    expect(groupA?.lines.map((line) => [line.quantity, line.rateMinor, line.amountMinor])).toEqual([
      [2250, a.billRegularMinor, expected[0]],
      [120, a.billOvertimeMinor, expected[1]],
    ]);
    expect(record.abilities).toMatchObject({ edit: true, issue: true, pay: false, void: true, send: false });

    // Every claim names its assignment (what B12 reads); a second run finds nothing left to bill.
    const claims = await ctx.t.database.db.select().from(invoiceClaims).where(eq(invoiceClaims.invoiceId, summary.id));
    expect(claims.map((claim) => [claim.source, claim.assignmentId]).sort()).toEqual(
      [
        [`timesheet:${sheetA}`, first.assignment.id],
        [`timesheet:${sheetB1}`, second.assignment.id],
        [`timesheet:${sheetB2}`, second.assignment.id],
      ].sort(),
    );
    const again = await run([organization.id]);
    expect(again.body.data.invoices).toEqual([]);
  });

  it('two invoice runs for the same client at the same time bill every timesheet exactly once', async () => {
    const { organization, first, second } = await clientWithTwoAssignments();
    const sheets: string[] = [];
    for (const weekStart of ['2026-12-14', '2026-12-21', '2026-12-28']) {
      sheets.push(await approvedWeek(ctx.agency, first.assignment.id, weekStart, [[480], [480]]));
      sheets.push(await approvedWeek(ctx.agency, second.assignment.id, weekStart, [[240]]));
    }
    const period = { periodFrom: '2026-12-01', periodTo: '2027-01-03' };
    const answers = await Promise.all([run([organization.id], period), bo().post('/api/invoices/run', period), run([organization.id], period)]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    const billed = await ctx.t.database.db
      .select({ timesheetId: invoiceLines.timesheetId, invoices: sql<number>`count(distinct ${invoiceLines.invoiceId})::int` })
      .from(invoiceLines)
      .where(inArray(invoiceLines.timesheetId, sheets))
      .groupBy(invoiceLines.timesheetId);
    expect(billed).toHaveLength(sheets.length);
    expect(billed.every((row) => row.invoices === 1)).toBe(true);
    const claimed = await ctx.t.database.db.select().from(invoiceClaims).where(inArray(invoiceClaims.source, sheets.map((id) => `timesheet:${id}`)));
    expect(claimed).toHaveLength(sheets.length);
    const made = answers.flatMap((answer) => answer.body.data.invoices as { id: string; organization: { id: string } }[]).filter((made) => made.organization.id === organization.id);
    expect(made).toHaveLength(1);
    // A draft that lost every source to the other run is not kept.
    expect(await ctx.t.database.db.select({ id: invoices.id }).from(invoices).where(eq(invoices.organizationId, organization.id))).toHaveLength(1);
  });

  it('permanent fees are invoiced from the start date, retained milestones once reached, each once', async () => {
    const organization = await createOrganization(ctx.agency.as.account_manager);
    const december = await placedAssignment(ctx.agency, { employmentType: 'permanent', startOn: '2026-12-07', organizationId: organization.id });
    await placedAssignment(ctx.agency, { employmentType: 'permanent', startOn: '2027-01-11', organizationId: organization.id });
    const retained = await placedAssignment(ctx.agency, { employmentType: 'retained', startOn: '2026-12-01', organizationId: organization.id });
    const placement = (await ctx.agency.as.recruiter.get(`/api/placements/${retained.placement.id}`)).body.data;
    const patched = await ctx.agency.as.recruiter.patch(`/api/placements/${retained.placement.id}`, {
      version: placement.version,
      retainedMilestones: [
        { name: 'Shortlist presented', feeMinor: 300_000, reachedOn: '2026-12-10' },
        { name: 'Offer accepted', feeMinor: 400_000, dueOn: '2027-01-15' },
      ],
    });
    expect(patched.status).toBe(200);

    const created = await run([organization.id]);
    const detail = await invoice(created.body.data.invoices[0].id);
    const lines = (detail.data.groups as Group[]).flatMap((group) => group.lines);
    expect(lines.map((line) => [line.kind, line.claimSource, line.amountMinor])).toEqual(
      expect.arrayContaining([
        ['fee', `fee:${december.placement.id}`, 500_000],
        ['milestone', `milestone:${retained.placement.id}:0`, 300_000],
      ]),
    );
    expect(lines).toHaveLength(2);
    expect(lines.find((line) => line.kind === 'fee')?.description).toMatch(/^Placement fee — .+ \(P-\d+\), started 2026-12-07$/);
    expect(lines.find((line) => line.kind === 'milestone')?.description).toMatch(/Shortlist presented, reached 2026-12-10$/);

    const january = await run([organization.id], { periodFrom: '2027-01-01', periodTo: '2027-01-31' });
    const januaryLines = (await invoice(january.body.data.invoices[0].id)).data.groups.flatMap((group: Group) => group.lines) as Line[];
    expect(januaryLines.map((line) => line.kind)).toEqual(['fee']);
  });

  it("skips and reports time whose rates are not in the client's invoicing currency", async () => {
    const organization = await createOrganization(ctx.agency.as.account_manager);
    const placed = await activeAssignment(ctx.agency, { organizationId: organization.id });
    await approvedWeek(ctx.agency, placed.assignment.id, '2026-12-14', [[480]]);
    await setInvoicingTerms(ctx.t, ctx.agency, organization.id, { currency: 'EUR' });
    const preview = await bo().post('/api/invoices/run/preview', { organizationIds: [organization.id], ...DECEMBER });
    expect(preview.body.data[0].invoices).toEqual([]);
    expect(preview.body.data[0].skipped).toEqual([expect.objectContaining({ label: expect.stringContaining('week of 2026-12-14'), reason: "the assignment's rates are in GBP; the client is invoiced in EUR" })]);
    const created = await run([organization.id]);
    expect(created.body.data).toMatchObject({ invoices: [], skipped: [expect.objectContaining({ organization: { id: organization.id, name: organization.name } })] });
  });

  it('refuses a period that runs backwards naming periodTo, and only the back office, managers and admins run invoices', async () => {
    const backwards = await bo().post('/api/invoices/run', { periodFrom: '2026-12-31', periodTo: '2026-12-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields).toEqual([expect.objectContaining({ path: 'periodTo' })]);
    expect((await ctx.agency.as.recruiter.post('/api/invoices/run', DECEMBER)).status).toBe(403);
    expect((await ctx.agency.as.account_manager.post('/api/invoices/run/preview', DECEMBER)).status).toBe(403);
    expect((await ctx.agency.as.recruiter.get('/api/invoices')).status).toBe(200);
  });
});

describe('drafts', () => {
  it('edits notes, PO and billing contact (a contact of the client only), adds manual lines, and answers 409 on a stale version', async () => {
    const { organization, first } = await clientWithTwoAssignments(1000);
    await approvedWeek(ctx.agency, first.assignment.id, '2026-12-14', [[600]]);
    const [draft] = (await run([organization.id])).body.data.invoices;
    const contact = await billingContact(ctx.agency, organization.id);
    const stranger = await billingContact(ctx.agency, (await createOrganization(ctx.agency.as.account_manager)).id);

    const refused = await bo().patch(`/api/invoices/${draft.id}`, { version: draft.version, billingContactId: stranger.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([{ path: 'billingContactId', message: 'must be a contact of the client organization' }]);

    const edited = await bo().patch(`/api/invoices/${draft.id}`, { version: draft.version, notes: 'Thank you for your business', poNumber: 'PO-4471', billingContactId: contact.id, paymentTermsDays: 21 });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ notes: 'Thank you for your business', poNumber: 'PO-4471', billingContact: { id: contact.id, email: contact.emails[0] }, paymentTermsDays: 21 });
    expect((await bo().patch(`/api/invoices/${draft.id}`, { version: draft.version, notes: 'late' })).status).toBe(409);

    const withLine = await bo().post(`/api/invoices/${draft.id}/lines`, { version: edited.body.data.version, description: 'Parking permits', quantity: 2, rateMinor: 1_500, taxable: false });
    expect(withLine.status).toBe(200);
    const time = expectedAmount(600, (await ratesOf(first.assignment.id)).billRegularMinor);
    expect(withLine.body.data).toMatchObject({ subtotalMinor: time + 3_000, taxMinor: expectedTax(time, 1000), totalMinor: time + 3_000 + expectedTax(time, 1000) });
    const other = (withLine.body.data.groups as Group[]).at(-1);
    expect(other).toMatchObject({ label: 'Other', lines: [expect.objectContaining({ kind: 'manual', claimSource: null, description: 'Parking permits', quantity: 2, amountMinor: 3_000, taxable: false })] });
  });

  it('removing a claimed line removes every line of its timesheet and releases it to the next run; a manual line just goes', async () => {
    const { organization, first } = await clientWithTwoAssignments();
    const sheet = await approvedWeek(ctx.agency, first.assignment.id, '2026-12-14', FULL_WEEK);
    const [draft] = (await run([organization.id])).body.data.invoices;
    const record = await invoice(draft.id);
    const regular = (record.data.groups as Group[])[0]?.lines[0] as Line;
    const removed = await bo().delete(`/api/invoices/${draft.id}/lines/${regular.id}?version=${record.data.version}`);
    expect(removed.status).toBe(200);
    expect(removed.body.data).toMatchObject({ lineCount: 0, totalMinor: 0, groups: [] });
    expect(await ctx.t.database.db.select().from(invoiceClaims).where(eq(invoiceClaims.source, `timesheet:${sheet}`))).toEqual([]);
    expect((await bo().post(`/api/invoices/${draft.id}/issue`, { version: removed.body.data.version })).body.error.rule).toBe('invoice.empty');

    const rebilled = await run([organization.id]);
    expect(rebilled.body.data.invoices).toHaveLength(1);
    const lines = (await invoice(rebilled.body.data.invoices[0].id)).data.groups[0].lines as Line[];
    expect(lines.map((line) => line.timesheetId)).toEqual([sheet, sheet]);
  });
});

describe('issue, payments and void', () => {
  it('issue gives gapless numbers, the agency date and the due date from the terms (the placement overrides the client); issued invoices are not edited', async () => {
    const { organization, first, second } = await clientWithTwoAssignments();
    const contact = await billingContact(ctx.agency, organization.id);
    const placement = (await ctx.agency.as.recruiter.get(`/api/placements/${second.placement.id}`)).body.data;
    await ctx.agency.as.recruiter.patch(`/api/placements/${second.placement.id}`, { version: placement.version, poNumber: 'PO-77', paymentTermsDays: 7, billingContactId: contact.id });
    await approvedWeek(ctx.agency, first.assignment.id, '2026-12-14', [[480]]);
    await approvedWeek(ctx.agency, second.assignment.id, '2026-12-14', [[480]]);
    const drafts = (await run([organization.id])).body.data.invoices as { id: string; poNumber: string | null; version: number }[];
    expect(drafts.map((draft) => draft.poNumber).sort()).toEqual(['PO-77', null].sort());
    const withPo = drafts.find((draft) => draft.poNumber === 'PO-77');
    const plain = drafts.find((draft) => draft.poNumber === null);
    expect((await invoice(withPo?.id ?? '')).data).toMatchObject({ paymentTermsDays: 7, billingContact: { id: contact.id } });

    // Sessions expire with the moved clock; API keys do not.
    setNow('2026-12-28T23:30:00Z'); // 28 December in London
    const firstIssued = await ctx.agency.apiKey.back_office.post(`/api/invoices/${plain?.id}/issue`, { version: plain?.version });
    const secondIssued = await ctx.agency.apiKey.back_office.post(`/api/invoices/${withPo?.id}/issue`, { version: withPo?.version });
    expect(firstIssued.status).toBe(200);
    const n = firstIssued.body.data.number as number;
    expect(firstIssued.body.data).toMatchObject({ status: 'issued', reference: `INV-${String(n).padStart(4, '0')}`, issuedOn: '2026-12-28', dueOn: '2027-01-11' });
    expect(secondIssued.body.data).toMatchObject({ number: n + 1, issuedOn: '2026-12-28', dueOn: '2027-01-04', poNumber: 'PO-77' });
    expect(firstIssued.body.abilities).toMatchObject({ edit: false, issue: false, pay: true, void: true, send: true });

    const edit = await ctx.agency.apiKey.back_office.patch(`/api/invoices/${plain?.id}`, { version: firstIssued.body.data.version, notes: 'too late' });
    expect(edit.status).toBe(422);
    expect(edit.body.error.rule).toBe('invoice.edit_from_issued');
    expect((await ctx.agency.apiKey.back_office.post(`/api/invoices/${plain?.id}/issue`, { version: firstIssued.body.data.version })).body.error.rule).toBe('invoice.issue_from_issued');

    setNow('2027-01-08T10:00:00Z');
    const overdue = await ctx.agency.apiKey.back_office.get(`/api/invoices?overdue=true&organizationId=${organization.id}`);
    expect(overdue.body.data.map((row: { id: string; overdue: boolean }) => [row.id, row.overdue])).toEqual([[withPo?.id, true]]);
    const csv = await ctx.agency.apiKey.recruiter.get(`/api/invoices.csv?organizationId=${organization.id}&status=issued`);
    expect(csv.status).toBe(200);
    expect(String(csv.body).split('\n')[0]).toContain('Number,Status,Client');
    expect(String(csv.body)).toContain(`INV-${String(n).padStart(4, '0')},issued`);
  });

  it('a partial payment leaves a balance, the rest makes it paid, overpaying leaves a credit; a paid invoice is not voided', async () => {
    const { organization, first } = await clientWithTwoAssignments(0);
    await approvedWeek(ctx.agency, first.assignment.id, '2026-12-14', [[600]]);
    const [draft] = (await run([organization.id])).body.data.invoices;
    const earlyPayment = await bo().post(`/api/invoices/${draft.id}/payments`, { version: draft.version, receivedOn: '2026-12-20', amountMinor: 100, method: 'bank', reference: 'x' });
    expect(earlyPayment.body.error.rule).toBe('invoice.pay_from_draft');
    const issued = (await bo().post(`/api/invoices/${draft.id}/issue`, { version: draft.version })).body.data;
    const total = issued.totalMinor as number;

    const partial = await bo().post(`/api/invoices/${draft.id}/payments`, { version: issued.version, receivedOn: '2027-01-02', amountMinor: 5_000, method: 'bank transfer', reference: 'BACS 1' });
    expect(partial.body.data).toMatchObject({ status: 'issued', paidMinor: 5_000, balanceMinor: total - 5_000, creditMinor: 0 });
    const over = await bo().post(`/api/invoices/${draft.id}/payments`, { version: partial.body.data.version, receivedOn: '2027-01-05', amountMinor: total, method: 'bank transfer', reference: 'BACS 2' });
    expect(over.body.data).toMatchObject({ status: 'paid', paidMinor: total + 5_000, balanceMinor: 0, creditMinor: 5_000, paidAt: expect.any(String) });
    expect(over.body.data.payments.map((payment: { amountMinor: number; reference: string }) => [payment.amountMinor, payment.reference])).toEqual([
      [5_000, 'BACS 1'],
      [total, 'BACS 2'],
    ]);
    const voided = await bo().post(`/api/invoices/${draft.id}/void`, { version: over.body.data.version, reason: 'Mistake' });
    expect(voided.status).toBe(422);
    expect(voided.body.error.rule).toBe('invoice.void_from_paid');
    expect((await bo().post(`/api/invoices/${draft.id}/payments`, { version: over.body.data.version, receivedOn: '2027-01-05', amountMinor: 0, method: '', reference: '' })).status).toBe(400);
  });

  it('voiding an issued invoice keeps its number, deletes its claims in the same transaction and lets the next run bill the time again', async () => {
    const { organization, first } = await clientWithTwoAssignments();
    const sheet = await approvedWeek(ctx.agency, first.assignment.id, '2026-12-14', [[480]]);
    const [draft] = (await run([organization.id])).body.data.invoices;
    const issued = (await bo().post(`/api/invoices/${draft.id}/issue`, { version: draft.version })).body.data;
    expect((await bo().post(`/api/invoices/${draft.id}/void`, { version: issued.version, reason: '' })).status).toBe(400);
    const voided = await bo().post(`/api/invoices/${draft.id}/void`, { version: issued.version, reason: 'Wrong client reference' });
    expect(voided.status).toBe(200);
    expect(voided.body.data).toMatchObject({ status: 'void', number: issued.number, reference: issued.reference, voidReason: 'Wrong client reference', voidedAt: expect.any(String), lineCount: 1 });
    expect(voided.body.abilities).toMatchObject({ edit: false, issue: false, pay: false, void: false, send: false });
    const claims = resultRows(await ctx.t.database.db.execute(sql`select source from invoice_claims where agency_id = ${ctx.agency.id} and invoice_id = ${draft.id}`));
    expect(claims).toEqual([]);

    const rebilled = await run([organization.id]);
    expect(rebilled.body.data.invoices).toHaveLength(1);
    const [claim] = await ctx.t.database.db.select().from(invoiceClaims).where(and(eq(invoiceClaims.agencyId, ctx.agency.id), eq(invoiceClaims.source, `timesheet:${sheet}`)));
    expect(claim?.invoiceId).toBe(rebilled.body.data.invoices[0].id);
    const listed = await ctx.agency.as.account_manager.get(`/api/invoices?organizationId=${organization.id}&status=void`);
    expect(listed.body.data.map((row: { reference: string }) => row.reference)).toEqual([issued.reference]);
  });
});
