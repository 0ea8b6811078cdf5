import { z } from 'zod';
import { ZDate, ZInstant, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { APPROVAL_STATUSES, ASSIGNMENT_RATE_UNITS, BACK_OFFICE_LIMITS, TIME_KINDS } from '../../shared/back-office';
import { ASSIGNMENT_STATUSES } from '../../shared/pipeline';
import { GRID_STATES } from '../../shared/timesheets';

const ZVersion = z.number().int().min(1);
const ZMinutes = z.number().int('whole minutes').min(0, 'not negative').max(BACK_OFFICE_LIMITS.dayMinutes, `at most ${BACK_OFFICE_LIMITS.dayMinutes} minutes in a day`);
export const ZReason = z.string().trim().max(BACK_OFFICE_LIMITS.reason);
const ZIds = (noun: string) => z.array(z.uuid()).min(1, `select at least one ${noun}`).max(BACK_OFFICE_LIMITS.bulkIds);

export const ZWeekParams = z.object({ id: z.uuid(), weekStart: ZDate });

export const ZDayInput = z.object({
  workDate: ZDate,
  regularMinutes: ZMinutes.default(0),
  overtimeMinutes: ZMinutes.default(0),
  doubleMinutes: ZMinutes.default(0),
  note: z.string().trim().max(BACK_OFFICE_LIMITS.description).default(''),
});
export const ZSaveWeekBody = z.object({
  version: ZVersion.optional().meta({ description: 'The version of the sheet read; required when the week already has one' }),
  days: z.array(ZDayInput).max(7),
  notes: z.string().trim().max(BACK_OFFICE_LIMITS.note).default(''),
});
export type TSaveWeekBody = z.infer<typeof ZSaveWeekBody>;
export const ZVersionBody = z.object({ version: ZVersion });
export const ZApproveBody = (noun: string) => z.object({ ids: ZIds(noun), options: z.object({}).default({}) });
export const ZRejectBody = (noun: string) => z.object({ ids: ZIds(noun), options: z.object({ reason: ZReason.meta({ description: 'Required: why they are rejected (shown on each)' }) }) });

const ZRef = z.object({ id: z.uuid(), name: z.string() });
const ZJobRef = z.object({ id: z.uuid(), number: z.number().int(), title: z.string() });
const approvalFields = {
  status: z.enum(APPROVAL_STATUSES),
  submittedAt: ZInstant.nullable(),
  decidedAt: ZInstant.nullable(),
  decidedByLabel: z.string().nullable(),
  rejectionReason: z.string().nullable(),
};

export const ZTimesheetSummary = z.object({
  id: z.uuid(),
  assignmentId: z.uuid(),
  weekStart: ZDate,
  weekEnd: ZDate,
  ...approvalFields,
  escalatedAt: ZInstant.nullable(),
  escalated: z.boolean().meta({ description: 'Submitted, waited past the agency\'s limit and is still waiting' }),
  notes: z.string(),
  regularMinutes: z.number().int(),
  overtimeMinutes: z.number().int(),
  doubleMinutes: z.number().int(),
  totalMinutes: z.number().int(),
  version: z.number().int(),
  candidate: ZRef,
  organization: ZRef,
  job: ZJobRef,
});
export const ZTimesheetList = listEnvelope(ZTimesheetSummary);
export const ZAssignmentTimesheets = ZTimesheetList.extend({ currentWeekStart: ZDate.meta({ description: 'The agency\'s current week, for entering time' }) });

const ZPricedLine = z.object({ kind: z.enum(TIME_KINDS), quantity: z.number().int(), quantityUnit: z.enum(['minute', 'day']), rateMinor: z.number().int(), amountMinor: z.number().int(), effectiveFrom: ZDate });
const ZPriced = z.object({ currency: z.string().nullable(), unit: z.enum(ASSIGNMENT_RATE_UNITS).nullable(), totalMinor: z.number().int(), lines: z.array(ZPricedLine) });

/** A week of an assignment as the editor shows it: the sheet when there is one, else an empty week to fill in. */
export const ZTimesheetWeek = z.object({
  id: z.uuid().nullable().meta({ description: 'Null when the week has no sheet yet' }),
  assignment: z.object({ id: z.uuid(), status: z.enum(ASSIGNMENT_STATUSES), startOn: ZDate.nullable(), endOn: ZDate.nullable() }),
  weekStart: ZDate,
  weekEnd: ZDate,
  status: z.enum(GRID_STATES),
  submittedAt: ZInstant.nullable(),
  decidedAt: ZInstant.nullable(),
  decidedByLabel: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  escalatedAt: ZInstant.nullable(),
  escalated: z.boolean(),
  notes: z.string(),
  version: z.number().int().nullable(),
  candidate: ZRef,
  organization: ZRef,
  job: ZJobRef,
  days: z.array(
    z.object({
      workDate: ZDate,
      regularMinutes: z.number().int(),
      overtimeMinutes: z.number().int(),
      doubleMinutes: z.number().int(),
      note: z.string(),
      enterable: z.boolean().meta({ description: 'B11: the assignment takes time on this date' }),
      scheduledMinutes: z.number().int().nullable(),
    }),
  ),
  totals: z.object({ regularMinutes: z.number().int(), overtimeMinutes: z.number().int(), doubleMinutes: z.number().int(), totalMinutes: z.number().int() }),
  scheduled: z.object({ weekMinutes: z.number().int() }).nullable().meta({ description: 'From the assignment\'s schedule (expected hours per week, else its shifts); null without one' }),
  pay: ZPriced,
  bill: ZPriced,
  unpricedDates: z.array(ZDate).meta({ description: 'Dates with time but no rates in force' }),
});
export const ZTimesheetAbilities = z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), reject: z.boolean() });
export const ZTimesheetRecord = recordEnvelope(ZTimesheetWeek, ZTimesheetAbilities);
export const ZTimesheetBatchResult = z.object({ data: z.array(ZTimesheetSummary) });

const ZBool = z.enum(['true', 'false']).transform((value) => value === 'true');
export const ZTimesheetListQuery = ZPageQuery.extend({
  status: z.enum(APPROVAL_STATUSES).optional(),
  weekStart: ZDate.optional(),
  organizationId: z.uuid().optional(),
  assignmentId: z.uuid().optional(),
  escalated: ZBool.optional().meta({ description: '`true`: only sheets escalated and still waiting' }),
});
export type TTimesheetListQuery = z.infer<typeof ZTimesheetListQuery>;

export const ZGridQuery = ZPageQuery.extend({
  weekStart: ZDate.optional().meta({ description: 'The agency\'s first day of the week; without it, the current week' }),
  organizationId: z.uuid().optional(),
  state: z.enum(GRID_STATES).optional(),
});
export type TGridQuery = z.infer<typeof ZGridQuery> & { weekStart: string };
export const ZGridRow = z.object({
  assignment: z.object({ id: z.uuid(), status: z.enum(ASSIGNMENT_STATUSES), startOn: ZDate.nullable(), endOn: ZDate.nullable() }),
  candidate: ZRef,
  organization: ZRef,
  job: ZJobRef,
  state: z.enum(GRID_STATES),
  timesheet: z
    .object({ id: z.uuid(), version: z.number().int(), totalMinutes: z.number().int(), regularMinutes: z.number().int(), overtimeMinutes: z.number().int(), doubleMinutes: z.number().int(), submittedAt: ZInstant.nullable(), rejectionReason: z.string().nullable() })
    .nullable(),
  escalated: z.boolean(),
});
export const ZGrid = z.object({ weekStart: ZDate, weekEnd: ZDate, data: z.array(ZGridRow), nextCursor: z.string().nullable() });
