import { type Page, expect } from '@playwright/test';
import { ALL_YES } from '../../factories/jobs';
import { postThroughApi } from './api';
import { signInAs } from './session';
import { unique } from './ui';

export const BACK_OFFICE = 'backoffice@northwind.test';

/** The agency's today (Europe/London) as an ISO date. */
export const todayIso = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

export const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The Monday of a date's week (the demo agency's weeks start on Monday). */
export const mondayOf = (iso: string) => addDays(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));

/**
 * An active temporary assignment, seeded through the API: a client's job opened, a new candidate placed at £15.00 an
 * hour paid and £21.00 billed, onboarded and approved by the back office, who is signed in afterwards.
 */
export async function activeAssignment(page: Page, startOn: string) {
  const accountManager = await signInAs(page, 'accounts@northwind.test');
  const organization = await postThroughApi(page, '/api/organizations', { name: unique('Harbour Freight'), status: 'active' });
  const job = await postThroughApi(page, '/api/jobs', { organizationId: organization.id, title: 'Warehouse operative', employmentType: 'temporary', openings: 1, ownerId: accountManager.id });
  const detail = await (await page.request.get(`/api/jobs/${job.id}`)).json();
  const qualified = await page.request.put(`/api/jobs/${job.id}/qualification`, { headers: accountManager.headers, data: { version: detail.data.version, checks: ALL_YES } });
  await page.request.post(`/api/jobs/${job.id}/transitions`, { headers: accountManager.headers, data: { to: 'open', version: (await qualified.json()).data.version } });

  const recruiter = await signInAs(page, 'recruiter@northwind.test');
  const lastName = unique('Okafor');
  const candidate = await postThroughApi(page, '/api/candidates', { firstName: 'Tunde', lastName, source: 'sourced', emails: [`${lastName.toLowerCase()}@example.test`] });
  const added = await page.request.post(`/api/jobs/${job.id}/pipeline`, { headers: recruiter.headers, data: { candidateIds: [candidate.id], addedFrom: 'job' } });
  const [entry] = (await added.json()).data;
  const placed = await page.request.post('/api/placements', { headers: recruiter.headers, data: { entryId: entry.id, startOn, currency: 'GBP', payMinor: 1500, payUnit: 'hour', billRateMinor: 2100, billRateUnit: 'hour' } });
  expect(placed.status()).toBe(201);

  const backOffice = await signInAs(page, BACK_OFFICE);
  await postThroughApi(page, '/api/employees', { candidateId: candidate.id, hiredOn: startOn, workerType: 'w2', payFrequency: 'weekly' });
  const list = await (await page.request.get(`/api/assignments?candidateId=${candidate.id}&status=all`)).json();
  const assignmentId = list.data[0].id as string;
  const approved = await page.request.post('/api/assignments/approve', { headers: backOffice.headers, data: { ids: [assignmentId], options: {} } });
  expect(approved.status(), JSON.stringify(await approved.json())).toBe(200);
  return { organizationId: organization.id as string, organizationName: organization.name as string, candidateName: `Tunde ${lastName}`, assignmentId, backOffice };
}
