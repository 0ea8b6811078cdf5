import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { activeAssignment } from '../factories/assignments';
import { createOrganization } from '../factories/jobs';
import { approvedWeek, billingContact, expectedAmount, expectedTax, setInvoicingTerms } from '../factories/invoices';
import { useTestAgencyWithMail } from '../support/setup';

const ctx = useTestAgencyWithMail();

/** GBP 1,350.00, computed here rather than by the app. */
const gbp = (minor: number) => `GBP ${(minor / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

async function pdfOf(invoiceId: string) {
  const response = await ctx.t.app.inject({ method: 'GET', url: `/api/invoices/${invoiceId}/pdf`, headers: { cookie: ctx.agency.as.recruiter.cookie } });
  return { response, text: (await extractText(new Uint8Array(response.rawPayload), { mergePages: true })).text.replace(/\s+/g, ' ') };
}

describe('invoice PDF', () => {
  it('shows the number, dates, terms, client, lines grouped by assignment and week, tax at the client rate and totals (checked against an independent calculation)', async () => {
    const organization = await createOrganization(ctx.agency.as.account_manager, 'Harbour Freight Ltd');
    await setInvoicingTerms(ctx.t, ctx.agency, organization.id, { taxRateBp: 2000, paymentTermsDays: 30 });
    const placed = await activeAssignment(ctx.agency, { organizationId: organization.id, billRateMinor: 2375 });
    const rates = (await ctx.agency.as.back_office.get(`/api/assignments/${placed.assignment.id}`)).body.data.rates[0];
    await approvedWeek(ctx.agency, placed.assignment.id, '2026-12-14', [[450], [450], [450], [450], [450, 90]]);
    await approvedWeek(ctx.agency, placed.assignment.id, '2026-12-21', [[465]]);
    const [draft] = (await ctx.agency.as.back_office.post('/api/invoices/run', { organizationIds: [organization.id], periodFrom: '2026-12-01', periodTo: '2026-12-31' })).body.data.invoices;

    const draftPdf = await pdfOf(draft.id);
    expect(draftPdf.response.headers['content-type']).toBe('application/pdf');
    expect(draftPdf.text).toContain('DRAFT INVOICE');

    const contact = await billingContact(ctx.agency, organization.id, 'Priya Shah');
    const edited = await ctx.agency.as.back_office.patch(`/api/invoices/${draft.id}`, { version: draft.version, billingContactId: contact.id, poNumber: 'PO-9001', notes: 'Bank: 12-34-56 12345678' });
    const issued = (await ctx.agency.as.back_office.post(`/api/invoices/${draft.id}/issue`, { version: edited.body.data.version })).body.data;

    const regular = expectedAmount(2250, rates.billRegularMinor);
    const overtime = expectedAmount(90, rates.billOvertimeMinor);
    const second = expectedAmount(465, rates.billRegularMinor);
    const subtotal = regular + overtime + second;
    const tax = expectedTax(subtotal, 2000);
    expect(issued).toMatchObject({ subtotalMinor: subtotal, taxMinor: tax, totalMinor: subtotal + tax });

    const { response, text } = await pdfOf(draft.id);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${issued.reference}.pdf"`);
    expect(text).toContain(`INVOICE ${issued.reference}`);
    expect(text).toContain('Harbour Freight Ltd');
    expect(text).toContain('Attn: Priya Shah');
    expect(text).toContain(`Issue date: ${issued.issuedOn}`);
    expect(text).toContain(`Due date: ${issued.dueOn}`);
    expect(text).toContain('Terms: 30 days');
    expect(text).toContain('PO number: PO-9001');
    expect(text).toMatch(/week of 2026-12-14, regular 37\.50 h 37\.50 h/);
    expect(text).toContain(gbp(regular));
    expect(text).toMatch(/overtime 1\.50 h 1\.50 h/);
    expect(text).toContain(gbp(overtime));
    expect(text).toMatch(/week of 2026-12-21, regular 7\.75 h/);
    expect(text).toContain(gbp(second));
    expect(text).toContain(`Subtotal ${gbp(subtotal)}`);
    expect(text).toContain(`Tax (20 %) ${gbp(tax)}`);
    expect(text).toContain(`Total ${gbp(subtotal + tax)}`);
    expect(text).toContain('Bank: 12-34-56 12345678');
    // Grouped: each week's heading comes before its lines.
    expect(text.indexOf(`${placed.assignment.candidate.name} — `)).toBeLessThan(text.indexOf('regular 37.50 h'));
  });

  it('emails the issued invoice to the billing contact with the PDF attached; a draft or a client without a billing email is refused', async () => {
    const organization = await createOrganization(ctx.agency.as.account_manager, 'Quayside Foods');
    const placed = await activeAssignment(ctx.agency, { organizationId: organization.id });
    await approvedWeek(ctx.agency, placed.assignment.id, '2026-12-14', [[480]]);
    const [draft] = (await ctx.agency.as.back_office.post('/api/invoices/run', { organizationIds: [organization.id], periodFrom: '2026-12-01', periodTo: '2026-12-31' })).body.data.invoices;
    expect((await ctx.agency.as.back_office.post(`/api/invoices/${draft.id}/send`)).body.error.rule).toBe('invoice.send_from_draft');
    const issued = (await ctx.agency.as.back_office.post(`/api/invoices/${draft.id}/issue`, { version: draft.version })).body.data;
    const noContact = await ctx.agency.as.back_office.post(`/api/invoices/${draft.id}/send`);
    expect(noContact.status).toBe(422);
    expect(noContact.body.error.fields).toEqual([expect.objectContaining({ path: 'billingContactId' })]);

    const contact = await billingContact(ctx.agency, organization.id, 'Omar Reyes');
    await setInvoicingTerms(ctx.t, ctx.agency, organization.id, { billingContactId: contact.id });
    // The invoice keeps the billing contact it was made with; a draft edit would change it, an issued one is fixed.
    const later = await ctx.agency.as.back_office.post('/api/invoices/run', { organizationIds: [organization.id], periodFrom: '2026-12-01', periodTo: '2026-12-31' });
    expect(later.body.data.invoices).toEqual([]);
    await ctx.agency.as.back_office.post(`/api/invoices/${draft.id}/void`, { version: issued.version, reason: 'Resend to the new billing contact' });
    const [again] = (await ctx.agency.as.back_office.post('/api/invoices/run', { organizationIds: [organization.id], periodFrom: '2026-12-01', periodTo: '2026-12-31' })).body.data.invoices;
    const reissued = (await ctx.agency.as.back_office.post(`/api/invoices/${again.id}/issue`, { version: again.version })).body.data;

    expect((await ctx.agency.as.recruiter.post(`/api/invoices/${again.id}/send`)).status).toBe(403);
    const sent = await ctx.agency.as.back_office.post(`/api/invoices/${again.id}/send`);
    expect(sent.status).toBe(200);
    expect(sent.body.data).toEqual({ to: contact.emails[0], mailId: expect.any(String) });
    await ctx.t.runJobs();
    const mail = ctx.smtp.received.find((received) => received.to.includes(contact.emails[0] ?? ''));
    expect(mail?.raw).toContain(`Subject: Invoice ${reissued.reference} from`);
    expect(mail?.raw).toContain('Content-Type: application/pdf');
    expect(mail?.raw).toContain(`filename=${reissued.reference}.pdf`);
  });
});
