import { z } from 'zod';
import { ZDate, ZInstant, ZMinor, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { BACK_OFFICE_LIMITS, INVOICE_LINE_KINDS, INVOICE_STATUSES, QUANTITY_UNITS } from '../../shared/back-office';

const ZVersion = z.number().int().min(1);
const ZReason = z.string().trim().min(1, 'a reason is required').max(BACK_OFFICE_LIMITS.reason);
const ZRef = z.object({ id: z.uuid(), name: z.string() });

const periodShape = {
  periodFrom: ZDate,
  periodTo: ZDate,
};

function forwards(period: { periodFrom: string; periodTo: string }, ctx: z.RefinementCtx) {
  if (period.periodTo < period.periodFrom) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'must not be before the start of the period' });
  }
}

export const ZRunBody = z
  .object({
    organizationIds: z.array(z.uuid()).min(1).max(BACK_OFFICE_LIMITS.bulkIds).optional().meta({ description: 'The clients to invoice; every client with something to bill when absent' }),
    ...periodShape,
  })
  .superRefine(forwards);
export type TRunBody = z.infer<typeof ZRunBody>;

export const ZInvoiceLine = z.object({
  id: z.uuid(),
  position: z.number().int(),
  kind: z.enum(INVOICE_LINE_KINDS),
  claimSource: z.string().nullable().meta({ description: 'What the line bills once (`timesheet:<id>`, `expense:<id>`, `fee:<placement>`, `milestone:<placement>:<index>`); null for manual lines' }),
  assignmentId: z.uuid().nullable(),
  placementId: z.uuid().nullable(),
  timesheetId: z.uuid().nullable(),
  expenseId: z.uuid().nullable(),
  weekStart: ZDate.nullable(),
  description: z.string(),
  quantity: z.number().int().meta({ description: 'Minutes of time, days of a day rate, or items' }),
  quantityUnit: z.enum(QUANTITY_UNITS),
  rateMinor: z.number().int(),
  amountMinor: z.number().int(),
  taxable: z.boolean(),
});

const ZPlannedLine = ZInvoiceLine.omit({ id: true, position: true });

const ZSkipped = z.object({ source: z.string(), label: z.string(), reason: z.string() });

const ZOrganizationRef = z.object({ id: z.uuid(), name: z.string() });

export const ZRunPreview = z.object({
  data: z.array(
    z.object({
      organization: ZOrganizationRef,
      currency: z.string(),
      taxRateBp: z.number().int(),
      invoices: z.array(
        z.object({
          billingContact: ZRef.nullable(),
          poNumber: z.string().nullable(),
          paymentTermsDays: z.number().int(),
          lines: z.array(ZPlannedLine),
          subtotalMinor: z.number().int(),
          taxMinor: z.number().int(),
          totalMinor: z.number().int(),
        }),
      ),
      skipped: z.array(ZSkipped).meta({ description: 'What cannot be billed and why (a rate currency other than the client\'s, no rates in force…)' }),
    }),
  ),
});

export const ZInvoiceSummary = z.object({
  id: z.uuid(),
  number: z.number().int().nullable(),
  reference: z.string().nullable().meta({ description: 'INV-0007; null while a draft' }),
  status: z.enum(INVOICE_STATUSES),
  organization: ZOrganizationRef,
  currency: z.string(),
  periodFrom: ZDate,
  periodTo: ZDate,
  poNumber: z.string().nullable(),
  issuedOn: ZDate.nullable(),
  dueOn: ZDate.nullable(),
  subtotalMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  paidMinor: z.number().int(),
  balanceMinor: z.number().int(),
  creditMinor: z.number().int(),
  overdue: z.boolean(),
  createdAt: ZInstant,
  version: z.number().int(),
});

export const ZRunResult = z.object({
  data: z.object({
    invoices: z.array(ZInvoiceSummary),
    skipped: z.array(ZSkipped.extend({ organization: ZOrganizationRef })),
    claimedElsewhere: z.number().int().meta({ description: 'Sources another run claimed first (billed there, not here)' }),
  }),
});

export const ZInvoiceListQuery = ZPageQuery.extend({
  status: z.enum(INVOICE_STATUSES).optional(),
  organizationId: z.uuid().optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .meta({ description: 'Issued invoices past their due date' }),
});
export type TInvoiceListQuery = z.infer<typeof ZInvoiceListQuery>;
export const ZInvoiceList = listEnvelope(ZInvoiceSummary);

export const ZInvoiceGroup = z.object({
  assignment: z.object({ id: z.uuid(), candidateName: z.string(), jobTitle: z.string() }).nullable(),
  weekStart: ZDate.nullable(),
  label: z.string(),
  lines: z.array(ZInvoiceLine),
  subtotalMinor: z.number().int(),
});

export const ZInvoicePayment = z.object({ id: z.uuid(), receivedOn: ZDate, amountMinor: z.number().int(), method: z.string(), reference: z.string(), recordedBy: z.string(), createdAt: ZInstant });

export const ZInvoiceDetail = ZInvoiceSummary.extend({
  billingContact: z.object({ id: z.uuid(), name: z.string(), email: z.string().nullable() }).nullable(),
  paymentTermsDays: z.number().int(),
  taxRateBp: z.number().int(),
  notes: z.string(),
  paidAt: ZInstant.nullable(),
  voidedAt: ZInstant.nullable(),
  voidReason: z.string().nullable(),
  createdBy: z.string(),
  lineCount: z.number().int(),
  groups: z.array(ZInvoiceGroup).meta({ description: 'Lines grouped by assignment and week; manual lines last' }),
  payments: z.array(ZInvoicePayment),
});

export const ZInvoiceAbilities = z.object({ edit: z.boolean(), issue: z.boolean(), pay: z.boolean(), void: z.boolean(), send: z.boolean() });
export const ZInvoiceRecord = recordEnvelope(ZInvoiceDetail, ZInvoiceAbilities);

export const ZUpdateInvoiceBody = z.object({
  version: ZVersion,
  notes: z.string().trim().max(BACK_OFFICE_LIMITS.note).optional(),
  poNumber: z.string().trim().max(100).nullable().optional(),
  billingContactId: z.uuid().nullable().optional(),
  paymentTermsDays: z.number().int().min(0).max(365).optional(),
});
export type TUpdateInvoiceBody = z.infer<typeof ZUpdateInvoiceBody>;

export const ZAddLineBody = z.object({
  version: ZVersion,
  description: z.string().trim().min(1, 'describe the line').max(BACK_OFFICE_LIMITS.description),
  quantity: z.number().int().min(1).max(1_000_000),
  quantityUnit: z.literal('item').default('item'),
  rateMinor: ZMinor,
  taxable: z.boolean().default(true),
});
export type TAddLineBody = z.infer<typeof ZAddLineBody>;

export const ZLineParams = z.object({ id: z.uuid(), lineId: z.uuid() });
export const ZVersionQuery = z.object({ version: z.coerce.number().int().min(1) });
export const ZIssueBody = z.object({ version: ZVersion });
export const ZPaymentBody = z.object({
  version: ZVersion,
  receivedOn: ZDate,
  amountMinor: z.number().int().min(1, 'a payment must be a positive amount').max(1e13),
  method: z.string().trim().max(50).default(''),
  reference: z.string().trim().max(200).default(''),
});
export type TPaymentBody = z.infer<typeof ZPaymentBody>;
export const ZVoidBody = z.object({ version: ZVersion, reason: ZReason });
export const ZSendResult = z.object({ data: z.object({ to: z.string(), mailId: z.uuid() }) });
