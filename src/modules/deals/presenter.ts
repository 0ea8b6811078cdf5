import type { StaffActor } from '../../platform/auth/actor';
import { clientPolicy } from '../organizations/policy';
import type { DealDetailRow, DealListRow } from './queries';

export function presentDeal({ deal, organizationName, ownerName, stageLabel }: DealListRow) {
  return {
    id: deal.id,
    title: deal.title,
    organizationId: deal.organizationId,
    organizationName,
    stage: deal.stage,
    // A stage removed from the list entirely still shows its value rather than nothing.
    stageLabel: stageLabel ?? deal.stage,
    valueMinor: deal.valueMinor,
    currency: deal.currency,
    expectedCloseOn: deal.expectedCloseOn,
    ownerId: deal.ownerId,
    ownerName,
    notes: deal.notes,
    createdAt: deal.createdAt.toISOString(),
    updatedAt: deal.updatedAt.toISOString(),
    version: deal.version,
  };
}

export function dealAbilities(actor: StaffActor) {
  const canWrite = clientPolicy.canWrite(actor);
  return { update: canWrite, createJob: canWrite };
}

export function presentDealRecord(actor: StaffActor, row: DealDetailRow) {
  return { data: { ...presentDeal(row), contacts: row.contacts }, abilities: dealAbilities(actor) };
}
