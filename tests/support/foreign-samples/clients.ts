import { buildContact, buildDeal, buildOrganization } from '../../factories/clients';
import { type ForeignSampleProvider, route } from './types';

/** Organizations, contacts and deals of the other agency, for every client route that takes an id. */
export const clientsSamples: ForeignSampleProvider = async (_t, theirs) => {
  const organization = await buildOrganization(theirs.as.account_manager, { name: 'Their client' });
  const elsewhere = await buildOrganization(theirs.as.account_manager, { name: 'Their other client' });
  const contact = await buildContact(theirs.as.account_manager, { organizationId: organization.data.id });
  const deal = await buildDeal(theirs.as.account_manager, { organizationId: organization.data.id });
  return {
    [route('GET', '/api/organizations/:id')]: { id: organization.data.id },
    [route('PATCH', '/api/organizations/:id')]: { id: organization.data.id, body: { version: 1, name: 'Hijacked' } },
    [route('GET', '/api/contacts/:id')]: { id: contact.data.id },
    [route('PATCH', '/api/contacts/:id')]: { id: contact.data.id, body: { version: 1, title: 'Hijacked' } },
    [route('POST', '/api/contacts/:id/move')]: { id: contact.data.id, body: { version: 1, organizationId: elsewhere.data.id } },
    [route('GET', '/api/deals/:id')]: { id: deal.data.id },
    [route('PATCH', '/api/deals/:id')]: { id: deal.data.id, body: { version: 1, stage: 'won' } },
  };
};
