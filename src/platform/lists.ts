/**
 * Agency-editable option lists and the values a new agency starts with.
 * Features add their lists here; the items live in the one `list_items` table.
 */
export const LISTS = {
  worker_types: {
    label: 'Worker types',
    defaults: [
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
