import { randomBytes } from 'node:crypto';
import type { Caller } from '../support/http';

const suffix = () => randomBytes(3).toString('hex');

type Record<T> = { data: T & { id: string; version: number }; abilities: { [ability: string]: boolean } };

async function created<T>(response: Promise<{ status: number; body: unknown }>, what: string): Promise<Record<T>> {
  const answer = await response;
  if (answer.status !== 201) {
    throw new Error(`${what} was not created: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body as Record<T>;
}

/** An organization made through the API by a client writer (an account manager unless told), unique name unless given. */
export function buildOrganization(as: Caller, overrides: { [field: string]: unknown } = {}) {
  return created<{ name: string; status: string; currency: string }>(as.post('/api/organizations', { name: `Org ${suffix()}`, ...overrides }), 'organization');
}

/** A contact at the organization (one is made when none is given). */
export async function buildContact(as: Caller, overrides: { organizationId?: string; [field: string]: unknown } = {}) {
  const organizationId = overrides.organizationId ?? (await buildOrganization(as)).data.id;
  const tag = suffix();
  return created<{ firstName: string; lastName: string; organizationId: string; employments: { organizationId: string; endedOn: string | null }[] }>(
    as.post('/api/contacts', { firstName: 'Casey', lastName: `Contact${tag}`, emails: [`casey.${tag}@client.example`], ...overrides, organizationId }),
    'contact',
  );
}

/** A deal with the organization (one is made when none is given), in the first stage unless told. */
export async function buildDeal(as: Caller, overrides: { organizationId?: string; [field: string]: unknown } = {}) {
  const organizationId = overrides.organizationId ?? (await buildOrganization(as)).data.id;
  return created<{ title: string; stage: string; organizationId: string; valueMinor: number | null; currency: string }>(
    as.post('/api/deals', { title: `Deal ${suffix()}`, ...overrides, organizationId }),
    'deal',
  );
}
