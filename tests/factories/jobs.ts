import type { Caller } from '../support/http';

let sequence = 0;

/** A valid intake body: only the organization is needed; tests override what they check. */
export function jobBody(organizationId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> & { organizationId: string; title: string } {
  sequence += 1;
  return { organizationId, title: `Warehouse operative ${sequence}`, employmentType: 'temporary', ...overrides };
}

export const ALL_YES = {
  real: { answer: true, note: 'Signed-off headcount for the winter peak' },
  fundable: { answer: true, note: 'Budget confirmed by the finance director' },
  actionable: { answer: true, note: 'Hiring manager free for interviews this week' },
  specific: { answer: true, note: 'Forklift licence, night shifts, start 1 December' },
};

/** An organization made through the API, for tests of records that hang off one. */
export async function createOrganization(as: Caller, name = `Client ${++sequence}`) {
  const response = await as.post('/api/organizations', { name, status: 'active' });
  if (response.status !== 201) {
    throw new Error(`organization not created: ${JSON.stringify(response.body)}`);
  }
  return response.body.data as { id: string; name: string };
}

/** A job taken in, qualified and opened by `as` (an account manager or above) with `ownerId` as owner. */
export async function createOpenJob(as: Caller, organizationId: string, ownerId: string, overrides: Record<string, unknown> = {}) {
  const created = await as.post('/api/jobs', jobBody(organizationId, { ownerId, ...overrides }));
  const qualified = await as.put(`/api/jobs/${created.body.data.id}/qualification`, { version: created.body.data.version, checks: ALL_YES });
  const opened = await as.post(`/api/jobs/${created.body.data.id}/transitions`, { to: 'open', version: qualified.body.data.version });
  if (opened.status !== 200) {
    throw new Error(`job not opened: ${JSON.stringify(opened.body)}`);
  }
  return opened.body.data as { id: string; version: number; number: number };
}
