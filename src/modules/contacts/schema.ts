import { z } from 'zod';
import { ZPageQuery } from '../../platform/pagination';
import { ZEmail, ZInstant, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { CLIENT_LIMITS, CONTACT_ROLES, CONTACT_STATUSES } from '../../shared/clients';
import { LIMITS } from '../../shared/limits';

export const ZContactStatus = z.enum(CONTACT_STATUSES);
export const ZContactRole = z.enum(CONTACT_ROLES);
const ZPersonName = z.string().trim().min(1).max(100);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const ZContact = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    title: z.string().nullable(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    organizationId: z.uuid(),
    organizationName: z.string(),
    roles: z.array(ZContactRole),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    status: ZContactStatus,
    lastContactedAt: ZInstant.nullable(),
    notes: z.string().nullable(),
    createdAt: ZInstant,
    updatedAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'Contact' });

export const ZEmployment = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    title: z.string().nullable(),
    startedOn: z.iso.date(),
    endedOn: z.iso.date().nullable(),
  })
  .meta({ id: 'ContactEmployment' });

export const ZContactDetail = ZContact.extend({ employments: z.array(ZEmployment) }).meta({ id: 'ContactDetail' });
export const ZContactAbilities = z.object({ update: z.boolean(), move: z.boolean() });
export const ZContactRecord = recordEnvelope(ZContactDetail, ZContactAbilities);
export const ZContactList = listEnvelope(ZContact);

export const ZContactFilters = z.object({
  q: z.string().trim().min(1).max(100).optional(),
  organizationId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  status: ZContactStatus.optional(),
  role: ZContactRole.optional(),
  sort: z.enum(['updated', 'name']).default('updated'),
});
export const ZListContactsQuery = ZPageQuery.extend(ZContactFilters.shape);
export type TListContactsQuery = z.infer<typeof ZListContactsQuery>;

const contactFields = {
  firstName: ZPersonName,
  lastName: ZPersonName,
  title: optionalText(200),
  emails: z
    .array(ZEmail)
    .max(CLIENT_LIMITS.emails)
    .transform((emails) => [...new Set(emails)]),
  phones: z.array(z.string().trim().min(3).max(50)).max(CLIENT_LIMITS.phones),
  roles: z
    .array(ZContactRole)
    .max(CONTACT_ROLES.length)
    .transform((roles) => [...new Set(roles)]),
  ownerId: z.uuid().nullable(),
  status: ZContactStatus,
  notes: optionalText(LIMITS.textLength),
};

export const ZCreateContactBody = z.object({
  ...contactFields,
  organizationId: z.uuid(),
  emails: contactFields.emails.optional(),
  phones: contactFields.phones.optional(),
  roles: contactFields.roles.optional(),
  ownerId: contactFields.ownerId.optional(),
  status: contactFields.status.optional(),
});
export type TCreateContactBody = z.infer<typeof ZCreateContactBody>;

/** The organization is changed by a move (which keeps the history), not by an edit. */
export const ZUpdateContactBody = z.object({ version: z.number().int().min(1) }).extend(z.object(contactFields).partial().shape);
export type TUpdateContactBody = z.infer<typeof ZUpdateContactBody>;

export const ZMoveContactBody = z.object({
  version: z.number().int().min(1),
  organizationId: z.uuid(),
  title: z.string().trim().max(200).nullable().optional(),
});
export type TMoveContactBody = z.infer<typeof ZMoveContactBody>;
