import { z } from 'zod';
import { ZPageQuery } from '../../platform/pagination';
import { ZInstant, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { CLIENT_LIMITS } from '../../shared/clients';
import { LIMITS } from '../../shared/limits';
import { ZCurrency } from '../organizations/schema';

const ZStageValue = z.string().trim().min(1).max(100);

export const ZDeal = z
  .object({
    id: z.uuid(),
    title: z.string(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    stage: z.string(),
    stageLabel: z.string(),
    valueMinor: z.number().int().nullable(),
    currency: z.string(),
    expectedCloseOn: z.iso.date().nullable(),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    notes: z.string().nullable(),
    createdAt: ZInstant,
    updatedAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'Deal' });

export const ZDealContact = z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string(), title: z.string().nullable() }).meta({ id: 'DealContact' });
export const ZDealDetail = ZDeal.extend({ contacts: z.array(ZDealContact) }).meta({ id: 'DealDetail' });
export const ZDealAbilities = z.object({ update: z.boolean(), createJob: z.boolean() });
export const ZDealRecord = recordEnvelope(ZDealDetail, ZDealAbilities);
export const ZDealList = listEnvelope(ZDeal);

export const ZListDealsQuery = ZPageQuery.extend({
  stage: ZStageValue.optional(),
  organizationId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
});
export type TListDealsQuery = z.infer<typeof ZListDealsQuery>;

export const ZDealBoardQuery = z.object({ organizationId: z.uuid().optional(), ownerId: z.uuid().optional() });
export type TDealBoardQuery = z.infer<typeof ZDealBoardQuery>;

export const ZMoneyTotal = z.object({ currency: z.string(), valueMinor: z.number().int() });
export const ZDealBoardColumn = z
  .object({
    stage: z.string(),
    label: z.string(),
    archived: z.boolean(),
    count: z.number().int(),
    totals: z.array(ZMoneyTotal),
    items: z.array(ZDeal),
    hasMore: z.boolean(),
  })
  .meta({ id: 'DealBoardColumn' });
export const ZDealBoard = z.object({
  data: z.object({ columns: z.array(ZDealBoardColumn) }),
  abilities: z.object({ create: z.boolean(), move: z.boolean() }),
});

const dealFields = {
  title: z.string().trim().min(1).max(LIMITS.nameLength),
  organizationId: z.uuid(),
  stage: ZStageValue,
  valueMinor: z.number().int().min(0).max(CLIENT_LIMITS.valueMinorMax).nullable(),
  currency: ZCurrency,
  expectedCloseOn: z.iso.date().nullable(),
  ownerId: z.uuid().nullable(),
  notes: z.string().trim().max(LIMITS.textLength).nullable(),
  contactIds: z.array(z.uuid()).max(CLIENT_LIMITS.contactsPerDeal),
};

export const ZCreateDealBody = z.object({ ...dealFields }).partial().required({ title: true, organizationId: true });
export type TCreateDealBody = z.infer<typeof ZCreateDealBody>;

export const ZUpdateDealBody = z.object({ version: z.number().int().min(1) }).extend(z.object(dealFields).partial().shape);
export type TUpdateDealBody = z.infer<typeof ZUpdateDealBody>;
