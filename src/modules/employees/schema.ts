import { z } from 'zod';
import { ZDate, ZInstant, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ASSIGNMENT_STATUSES, EMPLOYEE_STATUSES } from '../../shared/pipeline';
import { BACK_OFFICE_LIMITS, EMPLOYEE_EVENT_KINDS } from '../../shared/back-office';

const ZVersion = z.number().int().min(1);
const ZListValue = z.string().trim().min(1).max(50);
const ZReason = z.string().trim().min(1, 'a reason is required').max(BACK_OFFICE_LIMITS.reason);

export const ZOnboardBody = z.object({
  candidateId: z.uuid(),
  hiredOn: ZDate,
  workerType: ZListValue.meta({ description: "A value of the agency's worker types list" }),
  payFrequency: ZListValue.meta({ description: "A value of the agency's pay frequencies list" }),
  number: z.number().int().min(1).max(2_000_000_000).optional().meta({ description: 'The employee number; the next one of the agency when left out' }),
});
export type TOnboardBody = z.infer<typeof ZOnboardBody>;

export const ZUpdateEmployeeBody = z.object({ version: ZVersion, workerType: ZListValue.optional(), payFrequency: ZListValue.optional() });
export type TUpdateEmployeeBody = z.infer<typeof ZUpdateEmployeeBody>;

export const ZTerminateBody = z.object({ version: ZVersion, terminatedOn: ZDate, reason: ZReason });
export const ZReactivateEmployeeBody = z.object({ version: ZVersion, on: ZDate });
export const ZDocumentBody = z.object({ version: ZVersion, received: z.boolean(), note: z.string().trim().max(BACK_OFFICE_LIMITS.note).optional() });
export const ZDocumentParams = z.object({ id: z.uuid(), documentId: z.uuid() });

export const ZEmployeeFilters = z.object({
  status: z.enum(EMPLOYEE_STATUSES).optional(),
  q: z.string().trim().min(1).max(100).optional().meta({ description: "The start of the candidate's first or last name" }),
});
export const ZEmployeeListQuery = ZEmployeeFilters.extend({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TEmployeeListQuery = z.infer<typeof ZEmployeeListQuery>;

export const ZEmployee = z.object({
  id: z.uuid(),
  number: z.number(),
  status: z.enum(EMPLOYEE_STATUSES),
  hiredOn: z.string(),
  terminatedOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
  workerType: z.string(),
  payFrequency: z.string(),
  version: z.number(),
  candidate: z.object({ id: z.uuid(), name: z.string() }),
});
export const ZEmployeeList = listEnvelope(ZEmployee);
export const ZEmployeeCreated = z.object({ data: ZEmployee });

const ZEmployeeEvent = z.object({ id: z.uuid(), kind: z.enum(EMPLOYEE_EVENT_KINDS), on: z.string(), reason: z.string(), actorLabel: z.string(), createdAt: ZInstant });
const ZEmployeeDocument = z.object({ id: z.uuid(), name: z.string(), position: z.number(), receivedOn: z.string().nullable(), note: z.string(), version: z.number() });
const ZEmployeeAssignment = z.object({
  id: z.uuid(),
  status: z.enum(ASSIGNMENT_STATUSES),
  jobTitle: z.string(),
  organizationName: z.string(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
});

export const ZEmployeeDetail = ZEmployee.extend({
  events: z.array(ZEmployeeEvent),
  documents: z.array(ZEmployeeDocument),
  assignments: z.array(ZEmployeeAssignment),
});
export const ZEmployeeAbilities = z.object({ update: z.boolean(), terminate: z.boolean(), reactivate: z.boolean(), tickDocuments: z.boolean() });
export const ZEmployeeRecord = recordEnvelope(ZEmployeeDetail, ZEmployeeAbilities);

export const ZOnboardingDefaults = z.object({
  data: z.object({
    today: z.string().meta({ description: "The agency's date, the hire date a form starts from when the placement has no start date" }),
    workerType: z.string(),
    payFrequency: z.string(),
    requiredDocuments: z.array(z.string()).meta({ description: 'The documents checklist every new employee gets (setting employees.requiredDocuments)' }),
  }),
});
