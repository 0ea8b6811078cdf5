import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { listItems } from '../db/schema';
import { AppError } from './errors';

/**
 * Agency-editable option lists and the values a new agency starts with.
 * Features add their lists here; the items live in the one `list_items` table.
 */
export const LISTS = {
  worker_types: {
    label: 'Worker types',
    defaults: [
      ['w2', 'W-2 employee'],
      ['1099', '1099 contractor'],
      ['c2c', 'Corp-to-corp'],
      ['paye', 'PAYE employee'],
      ['contractor', 'Independent contractor'],
      ['umbrella', 'Umbrella company'],
    ],
  },
  pay_frequencies: {
    label: 'Pay frequencies',
    defaults: [
      ['weekly', 'Weekly'],
      ['biweekly', 'Every two weeks'],
      ['monthly', 'Monthly'],
    ],
  },
  expense_categories: {
    label: 'Expense categories',
    defaults: [
      ['mileage', 'Mileage'],
      ['travel', 'Travel'],
      ['meals', 'Meals'],
      ['lodging', 'Lodging'],
      ['equipment', 'Equipment'],
      ['other', 'Other'],
    ],
  },
  rejection_reasons: {
    label: 'Rejection reasons',
    defaults: [
      ['skills', 'Skills do not match'],
      ['salary', 'Salary expectations'],
      ['location', 'Location'],
      ['culture', 'Culture fit'],
      ['withdrew', 'Candidate withdrew'],
    ],
  },
  deal_stages: {
    label: 'Deal stages',
    defaults: [
      ['lead', 'Lead'],
      ['discovery', 'Discovery'],
      ['proposal', 'Proposal'],
      ['negotiation', 'Negotiation'],
      ['won', 'Won'],
      ['lost', 'Lost'],
    ],
  },
  placement_issue_kinds: {
    label: 'Post-placement issue kinds',
    defaults: [
      ['attendance', 'Attendance or punctuality'],
      ['performance', 'Performance'],
      ['conduct', 'Conduct'],
      ['client_complaint', 'Client complaint'],
      ['pay_query', 'Pay or timesheet query'],
      ['early_leaver', 'Considering leaving'],
    ],
  },
  nurture_stages: {
    label: 'Nurture stages',
    defaults: [
      ['engaged', 'Engaged'],
      ['nurturing', 'Nurturing'],
      ['ready', 'Ready to move'],
      ['paused', 'Paused'],
    ],
  },
} as const satisfies Record<string, { label: string; defaults: readonly (readonly [string, string])[] }>;

export type ListName = keyof typeof LISTS;

export function isListName(name: string): name is ListName {
  return Object.hasOwn(LISTS, name);
}

type ListValueOptions = {
  /** The rule id the refusal carries. */
  rule?: string;
  /** What a value is, in the refusal's words ("a rejection reason of the agency"); by default "a value of the … list". */
  what?: string;
};

/** Refuses a value that is not an open (unarchived) item of the agency's list, naming the field and the choices. */
export async function assertListValue(tx: Executor, agencyId: string, list: ListName, value: string, path: string, options: ListValueOptions = {}): Promise<void> {
  const open = await tx
    .select({ value: listItems.value })
    .from(listItems)
    .where(and(eq(listItems.agencyId, agencyId), eq(listItems.list, list), eq(listItems.archived, false)))
    .orderBy(asc(listItems.position));
  if (!open.some((item) => item.value === value)) {
    const message = `not ${options.what ?? `a value of the ${LISTS[list].label.toLowerCase()} list`} (${open.map((item) => item.value).join(', ')})`;
    throw new AppError('rule_violation', `${path}: ${message}`, { ...(options.rule ? { rule: options.rule } : {}), fields: [{ path, message }] });
  }
}
