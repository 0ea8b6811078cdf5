import { z } from 'zod';
import { ZPageQuery } from '../../platform/pagination';
import { ZInstant, ZName, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { CLIENT_LIMITS, ORGANIZATION_STATUSES } from '../../shared/clients';
import { LIMITS } from '../../shared/limits';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const ZCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code), 'an ISO 4217 currency code such as GBP');

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const ZAddress = z
  .object({
    label: z.string().trim().max(50).default('Main'),
    line1: z.string().trim().min(1).max(200),
    line2: z.string().trim().max(200).optional(),
    city: z.string().trim().min(1).max(100),
    region: z.string().trim().max(100).optional(),
    postalCode: z.string().trim().max(20).optional(),
    country: z.string().trim().min(2).max(100),
  })
  .meta({ id: 'Address' });

const ZTags = z
  .array(z.string().trim().toLowerCase().min(1).max(CLIENT_LIMITS.tagLength))
  .max(CLIENT_LIMITS.tags)
  .transform((tags) => [...new Set(tags)]);

export const ZOrganizationStatus = z.enum(ORGANIZATION_STATUSES);
const ZBasisPoints = z.number().int().min(0).max(100_000);

export const ZOrganization = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: ZOrganizationStatus,
    industry: z.string().nullable(),
    website: z.string().nullable(),
    phone: z.string().nullable(),
    addresses: z.array(ZAddress),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    parentId: z.uuid().nullable(),
    billingContactId: z.uuid().nullable(),
    billingAddress: ZAddress.nullable(),
    paymentTermsDays: z.number().int(),
    currency: z.string(),
    taxId: z.string().nullable(),
    taxRateBp: z.number().int().meta({ description: 'Tax on its invoices in basis points (2000 = 20 %)' }),
    defaultMarkupBp: z.number().int().nullable(),
    defaultFeeBp: z.number().int().nullable(),
    notes: z.string().nullable(),
    tags: z.array(z.string()),
    createdAt: ZInstant,
    updatedAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'Organization' });

const ZOrganizationRef = z.object({ id: z.uuid(), name: z.string(), status: ZOrganizationStatus });

export const ZOrganizationDetail = ZOrganization.extend({
  parent: ZOrganizationRef.nullable(),
  children: z.array(ZOrganizationRef),
  billingContactName: z.string().nullable(),
  contactCount: z.number().int(),
  dealCount: z.number().int(),
}).meta({ id: 'OrganizationDetail' });

export const ZOrganizationAbilities = z.object({ update: z.boolean(), createContact: z.boolean(), createDeal: z.boolean() });

export const ZOrganizationRecord = recordEnvelope(ZOrganizationDetail, ZOrganizationAbilities);
export const ZOrganizationList = listEnvelope(ZOrganization);

export const ZOrganizationFilters = z.object({
  q: z.string().trim().min(1).max(100).optional(),
  status: ZOrganizationStatus.optional(),
  ownerId: z.uuid().optional(),
  tag: z.string().trim().toLowerCase().min(1).max(CLIENT_LIMITS.tagLength).optional(),
  industry: z.string().trim().min(1).max(100).optional(),
  parentId: z.uuid().optional(),
  sort: z.enum(['updated', 'name']).default('updated'),
});
export const ZListOrganizationsQuery = ZPageQuery.extend(ZOrganizationFilters.shape);
export type TListOrganizationsQuery = z.infer<typeof ZListOrganizationsQuery>;
export type TOrganizationFilters = z.infer<typeof ZOrganizationFilters>;

const organizationFields = {
  name: ZName,
  status: ZOrganizationStatus,
  industry: optionalText(100),
  website: optionalText(300),
  phone: optionalText(50),
  addresses: z.array(ZAddress).max(CLIENT_LIMITS.addresses),
  ownerId: z.uuid().nullable(),
  parentId: z.uuid().nullable(),
  billingContactId: z.uuid().nullable(),
  billingAddress: ZAddress.nullable(),
  paymentTermsDays: z.number().int().min(0).max(365),
  currency: ZCurrency,
  taxId: optionalText(50),
  taxRateBp: z.number().int().min(0).max(10_000),
  defaultMarkupBp: ZBasisPoints.nullable(),
  defaultFeeBp: ZBasisPoints.nullable(),
  notes: optionalText(LIMITS.textLength),
  tags: ZTags,
};

export const ZCreateOrganizationBody = z.object({
  ...organizationFields,
  status: organizationFields.status.optional(),
  addresses: organizationFields.addresses.optional(),
  ownerId: organizationFields.ownerId.optional(),
  parentId: organizationFields.parentId.optional(),
  billingContactId: organizationFields.billingContactId.optional(),
  billingAddress: organizationFields.billingAddress.optional(),
  paymentTermsDays: organizationFields.paymentTermsDays.optional(),
  currency: organizationFields.currency.optional(),
  taxRateBp: organizationFields.taxRateBp.optional(),
  defaultMarkupBp: organizationFields.defaultMarkupBp.optional(),
  defaultFeeBp: organizationFields.defaultFeeBp.optional(),
  tags: organizationFields.tags.optional(),
});
export type TCreateOrganizationBody = z.infer<typeof ZCreateOrganizationBody>;

export const ZUpdateOrganizationBody = z.object({ version: z.number().int().min(1) }).extend(z.object(organizationFields).partial().shape);
export type TUpdateOrganizationBody = z.infer<typeof ZUpdateOrganizationBody>;
