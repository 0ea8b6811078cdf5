import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { dealContacts, deals } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { assertListValue } from '../../platform/lists';
import { assertAgencyUser, assertContactsOf, assertOrganization, dealStages, fieldRule } from '../organizations/references';
import { dealContactIds, getDealRow } from './queries';
import type { TCreateDealBody, TUpdateDealBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

/** A stage must be a value of the agency's deal_stages list that is not archived; without one, a deal starts in the first. */
async function resolveStage(tx: Executor, agencyId: string, stage: string | undefined): Promise<string> {
  if (stage !== undefined) {
    await assertListValue(tx, agencyId, 'deal_stages', stage, 'stage', { what: 'a stage of the deal stages list' });
    return stage;
  }
  const first = (await dealStages(tx, agencyId)).find((item) => !item.archived);
  if (!first) {
    throw fieldRule('stage', 'the agency has no deal stages; add one in Settings → Lists');
  }
  return first.value;
}

async function replaceContacts(tx: Executor, agencyId: string, dealId: string, contactIds: readonly string[]): Promise<void> {
  await tx.delete(dealContacts).where(and(eq(dealContacts.agencyId, agencyId), eq(dealContacts.dealId, dealId)));
  const unique = [...new Set(contactIds)];
  if (unique.length > 0) {
    await tx.insert(dealContacts).values(unique.map((contactId) => ({ agencyId, dealId, contactId })));
  }
}

/** Opens a deal with an organization; its currency defaults to the organization's, its contacts work there. */
export async function createDeal({ actor, tx, contactIds = [], ...input }: CommandBase & TCreateDealBody) {
  const organization = await assertOrganization(tx, actor.agencyId, input.organizationId);
  const stage = await resolveStage(tx, actor.agencyId, input.stage);
  await assertAgencyUser(tx, actor.agencyId, input.ownerId);
  await assertContactsOf(tx, actor.agencyId, organization.id, contactIds, 'contactIds');
  const [deal] = await tx
    .insert(deals)
    .values({ ...input, agencyId: actor.agencyId, stage, currency: input.currency ?? organization.currency })
    .returning();
  if (!deal) {
    throw new Error('deal insert returned no row');
  }
  await replaceContacts(tx, actor.agencyId, deal.id, contactIds);
  await recordAudit(tx, actor, { entity: 'deal', entityId: deal.id, action: 'create', after: { ...deal, contactIds: [...new Set(contactIds)].sort() } });
  return deal;
}

/** Edits a deal (a stage move is an edit) with optimistic concurrency; `contactIds` replaces the deal's contacts. */
export async function updateDeal({ actor, tx, dealId, version, contactIds, ...changes }: CommandBase & TUpdateDealBody & { dealId: string }) {
  const before = await getDealRow(tx, actor.agencyId, dealId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'deal', before, version);
  const organizationId = changes.organizationId ?? before.organizationId;
  if (changes.organizationId && changes.organizationId !== before.organizationId) {
    await assertOrganization(tx, actor.agencyId, changes.organizationId);
  }
  if (changes.stage !== undefined && changes.stage !== before.stage) {
    await resolveStage(tx, actor.agencyId, changes.stage);
  }
  if (changes.ownerId !== undefined) {
    await assertAgencyUser(tx, actor.agencyId, changes.ownerId);
  }
  const contactsBefore = await dealContactIds(tx, actor.agencyId, dealId);
  await assertContactsOf(tx, actor.agencyId, organizationId, contactIds ?? contactsBefore, 'contactIds');
  const [after] = await tx
    .update(deals)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(deals.agencyId, actor.agencyId), eq(deals.id, dealId)))
    .returning();
  if (!after) {
    throw new Error('deal update returned no row');
  }
  if (contactIds) {
    await replaceContacts(tx, actor.agencyId, dealId, contactIds);
  }
  await recordAudit(tx, actor, {
    entity: 'deal',
    entityId: dealId,
    action: changes.stage !== undefined && changes.stage !== before.stage ? 'move' : 'update',
    before: { ...before, contactIds: contactsBefore },
    after: { ...after, contactIds: contactIds ? [...new Set(contactIds)].sort() : contactsBefore },
  });
  return after;
}
