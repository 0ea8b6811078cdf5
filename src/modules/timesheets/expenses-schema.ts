import { z } from 'zod';
import { ZCurrencyCode, ZDate, ZInstant, ZMinor, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { APPROVAL_STATUSES, BACK_OFFICE_LIMITS } from '../../shared/back-office';

const ZVersion = z.number().int().min(1);
const ZAmount = ZMinor.min(1, 'more than zero');

const expenseFields = {
  spentOn: ZDate,
  category: z.string().trim().min(1, 'choose a category').max(50).meta({ description: 'A value of the agency\'s `expense_categories` list' }),
  description: z.string().trim().max(BACK_OFFICE_LIMITS.description).default(''),
  amountMinor: ZAmount,
  currency: ZCurrencyCode,
  billable: z.boolean().default(true).meta({ description: 'Billable expenses are invoiced to the client, in its invoicing currency only' }),
};

export const ZCreateExpenseBody = z.object(expenseFields);
export type TCreateExpenseBody = z.infer<typeof ZCreateExpenseBody>;

/** The same fields sent as multipart/form-data text parts beside the `receipt` file. */
export const ZExpenseFormFields = z.object({
  ...expenseFields,
  amountMinor: z.coerce.number().pipe(ZAmount),
  billable: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});

const UPLOAD_DESCRIPTION =
  'JSON without a receipt, or multipart/form-data with the same fields as text parts and an optional `receipt` file part (PDF, JPEG, PNG or WebP, at most 5 MiB; the type is read from the content).';
/** The body as the OpenAPI document shows it; multipart bodies are read and checked in the handler. */
export const ZCreateExpenseBodyDoc = ZCreateExpenseBody.extend({ receipt: z.any().meta({ type: 'string', format: 'binary', description: 'The receipt (multipart only)' }).optional() })
  .partial()
  .nullish()
  .meta({ description: UPLOAD_DESCRIPTION });
export const EXPENSE_UPLOAD_DESCRIPTION = UPLOAD_DESCRIPTION;

export const ZUpdateExpenseBody = z.object({ version: ZVersion, ...z.object(expenseFields).partial().shape });
export type TUpdateExpenseBody = z.infer<typeof ZUpdateExpenseBody>;

export const ZReceiptBodyDoc = z
  .object({ receipt: z.any().meta({ type: 'string', format: 'binary', description: 'The receipt' }).optional(), version: z.string().optional() })
  .nullish()
  .meta({ description: 'multipart/form-data with a `version` text part and a `receipt` file part (PDF, JPEG, PNG or WebP, at most 5 MiB).' });

export const ZExpense = z.object({
  id: z.uuid(),
  assignmentId: z.uuid(),
  spentOn: ZDate,
  category: z.string(),
  categoryLabel: z.string(),
  description: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  billable: z.boolean(),
  receipt: z.object({ fileName: z.string(), mediaType: z.string() }).nullable(),
  status: z.enum(APPROVAL_STATUSES),
  submittedAt: ZInstant.nullable(),
  decidedAt: ZInstant.nullable(),
  decidedByLabel: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  version: z.number().int(),
  candidate: z.object({ id: z.uuid(), name: z.string() }),
  organization: z.object({ id: z.uuid(), name: z.string(), currency: z.string() }),
});
export const ZExpenseAbilities = z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), reject: z.boolean() });
export const ZExpenseRecord = recordEnvelope(ZExpense, ZExpenseAbilities);
export const ZExpenseList = listEnvelope(ZExpense.extend({ abilities: ZExpenseAbilities })).extend({
  abilities: z.object({ create: z.boolean() }),
  invoicingCurrency: z.string().meta({ description: 'The client organization\'s currency: billable expenses must be in it' }),
});
export const ZExpenseBatchResult = z.object({ data: z.array(ZExpense) });
