import { z } from 'zod';
import { ZCurrencyCode, ZDate, ZInstant, ZMinor, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { ASSIGNMENT_EVENT_KINDS, ASSIGNMENT_RATE_UNITS, BACK_OFFICE_LIMITS, ENDING_WITHIN_DAYS } from '../../shared/back-office';
import { EMPLOYMENT_TYPES } from '../../shared/jobs';
import { ASSIGNMENT_STATUSES, EMPLOYEE_STATUSES } from '../../shared/pipeline';
import { ZSchedule } from '../placements/schema';

const ZVersion = z.number().int().min(1);
const ZNote = z.string().trim().max(BACK_OFFICE_LIMITS.note);

/** `status=active,needs_approval` (the B5 default when absent) or `status=all`. */
const ZStatusFilter = z
  .string()
  .regex(new RegExp(`^(all|(${ASSIGNMENT_STATUSES.join('|')})(,(${ASSIGNMENT_STATUSES.join('|')}))*)$`), `"all" or statuses separated by commas (${ASSIGNMENT_STATUSES.join(', ')})`)
  .optional()
  .meta({ description: 'Statuses separated by commas, or `all`; without it, `active` and `needs_approval` (B5)' });

export const ASSIGNMENT_SORTS = ['startOn', 'endOn', 'candidate', 'status'] as const;

export const ZAssignmentFilters = z.object({
  status: ZStatusFilter,
  organizationId: z.uuid().optional(),
  candidateId: z.uuid().optional(),
  jobId: z.uuid().optional(),
  employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
  startFrom: ZDate.optional(),
  startTo: ZDate.optional(),
  endFrom: ZDate.optional(),
  endTo: ZDate.optional(),
  endingWithin: z.coerce
    .number()
    .int()
    .refine((days) => (ENDING_WITHIN_DAYS as readonly number[]).includes(days), `one of ${ENDING_WITHIN_DAYS.join(', ')}`)
    .optional()
    .meta({ description: 'Ending in the next 7, 14, 28 or 90 days (from the agency\'s today)' }),
  q: z.string().trim().max(100).optional().meta({ description: 'Candidate (employee) name prefix, or an employee number' }),
  sort: z.enum(ASSIGNMENT_SORTS).default('startOn'),
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export const ZAssignmentListQuery = ZPageQuery.extend(ZAssignmentFilters.shape);
export type TAssignmentListQuery = z.infer<typeof ZAssignmentListQuery>;

const ZRef = z.object({ id: z.uuid(), name: z.string() });
export const ZCurrentRates = z.object({ currency: z.string(), unit: z.enum(ASSIGNMENT_RATE_UNITS), payRegularMinor: z.number().int(), billRegularMinor: z.number().int(), markupBp: z.number().int().nullable() });

export const ZAssignmentSummary = z.object({
  id: z.uuid(),
  status: z.enum(ASSIGNMENT_STATUSES),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  directPath: z.boolean(),
  startOn: ZDate.nullable(),
  endOn: ZDate.nullable(),
  everApproved: z.boolean(),
  statusChangedAt: ZInstant,
  version: z.number().int(),
  candidate: ZRef,
  job: z.object({ id: z.uuid(), number: z.number().int(), title: z.string() }),
  organization: ZRef,
  placement: z.object({ id: z.uuid(), number: z.number().int() }),
  employee: z.object({ id: z.uuid(), number: z.number().int(), status: z.enum(EMPLOYEE_STATUSES) }).nullable(),
  currentRates: ZCurrentRates.nullable(),
  readOnly: z.boolean().meta({ description: 'Closed and cancelled assignments are read-only until reactivated (B10)' }),
});
export const ZAssignmentList = listEnvelope(ZAssignmentSummary);

const rateFields = {
  effectiveFrom: ZDate,
  currency: ZCurrencyCode,
  unit: z.enum(ASSIGNMENT_RATE_UNITS),
  payRegularMinor: ZMinor,
  payOvertimeMinor: ZMinor,
  payDoubleMinor: ZMinor,
  billRegularMinor: ZMinor,
  billOvertimeMinor: ZMinor,
  billDoubleMinor: ZMinor,
};
export const ZRatesInput = z.object({ ...rateFields, note: ZNote.default('') });
export type TRatesInput = z.infer<typeof ZRatesInput>;

export const ZAssignmentRate = z.object({ id: z.uuid(), ...rateFields, markupBp: z.number().int().nullable(), note: z.string(), actorLabel: z.string(), createdAt: ZInstant });
export const ZAssignmentEvent = z.object({
  id: z.uuid(),
  kind: z.enum(ASSIGNMENT_EVENT_KINDS),
  fromStatus: z.enum(ASSIGNMENT_STATUSES).nullable(),
  toStatus: z.enum(ASSIGNMENT_STATUSES).nullable(),
  startOn: ZDate.nullable(),
  endOn: ZDate.nullable(),
  previousEndOn: ZDate.nullable(),
  note: z.string(),
  actorLabel: z.string(),
  createdAt: ZInstant,
});
export const ZAssignmentDetail = ZAssignmentSummary.extend({
  schedule: ZSchedule.nullable(),
  rates: z.array(ZAssignmentRate),
  events: z.array(ZAssignmentEvent),
});
export const ZAssignmentAbilities = z.object({ approve: z.boolean(), close: z.boolean(), cancel: z.boolean(), reactivate: z.boolean(), edit: z.boolean(), extend: z.boolean() });
export const ZAssignmentRecord = recordEnvelope(ZAssignmentDetail, ZAssignmentAbilities);

const ZIds = z.array(z.uuid()).min(1, 'select at least one assignment').max(BACK_OFFICE_LIMITS.bulkIds);
export const ZApproveBody = z.object({
  ids: ZIds,
  options: z
    .object({
      startOn: ZDate.optional().meta({ description: 'B6: the start date of temp/contract assignments without one (default: today)' }),
      directEndOn: ZDate.optional().meta({ description: 'B8: the end date of direct assignments without one (default: their start date)' }),
      terminationOn: ZDate.optional().meta({ description: 'B8: the termination date of the direct hire (default: today)' }),
      otherCloseOn: ZDate.optional().meta({ description: 'B8: the close date of the employee\'s other active assignments (default: today)' }),
      overrideEndDate: z.boolean().default(false).meta({ description: 'B10: the other assignments closed by B8 take the close date even when they have an end date' }),
    })
    .default({ overrideEndDate: false }),
});
export type TApproveOptions = z.infer<typeof ZApproveBody>['options'];
export const ZEndBody = z.object({
  ids: ZIds,
  options: z.object({
    endOn: ZDate.meta({ description: 'B10: the end date of assignments without one (future dates allowed)' }),
    overrideEndDate: z.boolean().default(false).meta({ description: 'B10: use this date even where an assignment has an end date' }),
    reason: z.string().trim().max(BACK_OFFICE_LIMITS.reason).optional(),
  }),
});
export type TEndOptions = z.infer<typeof ZEndBody>['options'];
export const ZReactivateBody = z.object({
  ids: ZIds,
  options: z
    .object({
      changeEndDate: z.boolean().default(false).meta({ description: 'B12: replace the end date with `endOn` (without it the end date is kept)' }),
      endOn: ZDate.nullable().optional(),
      reactivateEmployee: z.boolean().default(false).meta({ description: 'B12: make the terminated employee record active again' }),
    })
    .default({ changeEndDate: false, reactivateEmployee: false }),
});
export type TReactivateOptions = z.infer<typeof ZReactivateBody>['options'];
export const ZBatchResult = z.object({ data: z.array(ZAssignmentSummary) });

export const ZUpdateAssignmentBody = z.object({ version: ZVersion, startOn: ZDate.nullable().optional(), endOn: ZDate.nullable().optional(), schedule: ZSchedule.nullable().optional() });
export type TUpdateAssignmentBody = z.infer<typeof ZUpdateAssignmentBody>;
export const ZExtendBody = z.object({ version: ZVersion, endOn: ZDate, note: ZNote.default(''), rates: ZRatesInput.optional() });
export type TExtendBody = z.infer<typeof ZExtendBody>;
export const ZRatesBody = ZRatesInput.extend({ version: ZVersion });
export type TRatesBody = z.infer<typeof ZRatesBody>;
