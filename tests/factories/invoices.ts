import { and, eq } from 'drizzle-orm';
import { organizations } from '../../src/db/schema';
import type { TestAgency } from '../support/agency';
import type { TestApp } from '../support/app';

export type DayMinutes = [regular: number, overtime?: number, double?: number];

/** The dates of a week from its start, with minutes per day (regular, overtime, double). */
export function weekDays(weekStart: string, perDay: readonly DayMinutes[]) {
  return perDay.map(([regularMinutes, overtimeMinutes = 0, doubleMinutes = 0], index) => {
    const date = new Date(`${weekStart}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + index);
    return { workDate: date.toISOString().slice(0, 10), regularMinutes, overtimeMinutes, doubleMinutes, note: '' };
  });
}

/** A week of time entered, submitted and approved through the timesheets API; answers the sheet's id. */
export async function approvedWeek(agency: TestAgency, assignmentId: string, weekStart: string, perDay: readonly DayMinutes[]): Promise<string> {
  const saved = await agency.as.back_office.put(`/api/assignments/${assignmentId}/timesheets/${weekStart}`, { days: weekDays(weekStart, perDay), notes: '' });
  if (saved.status !== 200) {
    throw new Error(`week not saved: ${saved.status} ${JSON.stringify(saved.body)}`);
  }
  const submitted = await agency.as.back_office.post(`/api/timesheets/${saved.body.data.id}/submit`, { version: saved.body.data.version });
  if (submitted.status !== 200) {
    throw new Error(`week not submitted: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  }
  const approved = await agency.as.back_office.post('/api/timesheets/approve', { ids: [saved.body.data.id] });
  if (approved.status !== 200) {
    throw new Error(`week not approved: ${approved.status} ${JSON.stringify(approved.body)}`);
  }
  return saved.body.data.id as string;
}

/** The organization's invoicing terms; the tax rate has no API field yet, so it is set on the row. */
export async function setInvoicingTerms(t: TestApp, agency: TestAgency, organizationId: string, terms: { taxRateBp?: number; paymentTermsDays?: number; billingContactId?: string | null; currency?: string }) {
  await t.database.db
    .update(organizations)
    .set(terms)
    .where(and(eq(organizations.agencyId, agency.id), eq(organizations.id, organizationId)));
}

/** A contact of the organization with an email address (for billing), made through the API. */
export async function billingContact(agency: TestAgency, organizationId: string, name = 'Bill Payer') {
  const [firstName = 'Bill', lastName = 'Payer'] = name.split(' ');
  const answer = await agency.as.account_manager.post('/api/contacts', { organizationId, firstName, lastName, emails: [`${firstName}.${lastName}.${Math.random().toString(36).slice(2, 8)}@client.test`.toLowerCase()] });
  if (answer.status !== 201) {
    throw new Error(`contact not created: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body.data as { id: string; emails: string[] };
}

/** PRODUCT.md §6, computed independently of the app: minutes × hourly rate ÷ 60, half-up to the minor unit. */
export const expectedAmount = (minutes: number, hourlyRateMinor: number) => Math.floor((2 * minutes * hourlyRateMinor + 60) / 120);
export const expectedTax = (taxableMinor: number, rateBp: number) => Math.floor((2 * taxableMinor * rateBp + 10_000) / 20_000);
