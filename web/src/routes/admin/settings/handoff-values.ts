import { EMPLOYMENT_TYPES, type EmploymentType } from '../../../../../src/shared/jobs';
import { CHECKLIST_ITEM_KINDS, CHECKLIST_OWNER_ROLES, type ChecklistItemKind, type ChecklistOwnerRole, FOLLOW_UP_PARTIES, type FollowUpParty } from '../../../../../src/shared/pipeline';
import { ROLE_LABELS } from '../../../../../src/shared/roles';
import { pickOption } from '../../../components/options';

/** The placement settings' shapes as Admin → Settings edits them (keys in the server schema's order, so an untouched value compares equal). */
export type ChecklistItemDraft = { kind: ChecklistItemKind; label: string; ownerRole: ChecklistOwnerRole; dueDays: number };
export type ChecklistDrafts = Record<EmploymentType, ChecklistItemDraft[]>;
export const FOLLOW_UP_OWNER_ROLES = ['recruiter', 'account_manager'] as const;
export type FollowUpOwnerRole = (typeof FOLLOW_UP_OWNER_ROLES)[number];
export type FollowUpDraft = { label: string; party: FollowUpParty; offsetDays: number; ownerRole: FollowUpOwnerRole };

/** The most items the server keeps per employment type, and follow-ups in all. */
export const MAX_CHECKLIST_ITEMS = 30;
export const MAX_FOLLOW_UPS = 20;

export const CHECKLIST_KIND_LABELS: Record<ChecklistItemKind, string> = {
  start_details_sent: 'Start details sent',
  documents_received: 'Documents received',
  contract_signed: 'Contract signed',
  shifts_set: 'Shifts set',
  billing_set_up: 'Billing set up',
  retained_milestones: 'Retained milestones',
  custom: 'Other (custom)',
};

export const CHECKLIST_KIND_OPTIONS = CHECKLIST_ITEM_KINDS.map((kind) => ({ value: kind, label: CHECKLIST_KIND_LABELS[kind] }));
export const CHECKLIST_OWNER_OPTIONS = CHECKLIST_OWNER_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
export const FOLLOW_UP_OWNER_OPTIONS = FOLLOW_UP_OWNER_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

const field = (item: object, name: string): unknown => Reflect.get(item, name);
const isWholeNumber = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

function asChecklistItem(item: unknown): ChecklistItemDraft[] {
  if (typeof item !== 'object' || item === null) {
    return [];
  }
  const kind = pickOption(CHECKLIST_ITEM_KINDS, String(field(item, 'kind')));
  const label = field(item, 'label');
  const ownerRole = pickOption(CHECKLIST_OWNER_ROLES, String(field(item, 'ownerRole')));
  const dueDays = field(item, 'dueDays');
  return kind && typeof label === 'string' && ownerRole && isWholeNumber(dueDays) ? [{ kind, label, ownerRole, dueDays }] : [];
}

/** The checklist setting read without casts: every employment type, its items in order. */
export function asChecklists(value: unknown): ChecklistDrafts {
  const lists = typeof value === 'object' && value !== null ? value : {};
  const drafts: ChecklistDrafts = { permanent: [], temporary: [], contract: [], contract_to_hire: [], retained: [] };
  for (const type of EMPLOYMENT_TYPES) {
    const items = field(lists, type);
    drafts[type] = Array.isArray(items) ? items.flatMap(asChecklistItem) : [];
  }
  return drafts;
}

/** The follow-up plan read without casts. */
export function asFollowUps(value: unknown): FollowUpDraft[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) {
      return [];
    }
    const label = field(item, 'label');
    const party = pickOption(FOLLOW_UP_PARTIES, String(field(item, 'party')));
    const offsetDays = field(item, 'offsetDays');
    const ownerRole = pickOption(FOLLOW_UP_OWNER_ROLES, String(field(item, 'ownerRole')));
    return typeof label === 'string' && party && isWholeNumber(offsetDays) && ownerRole ? [{ label, party, offsetDays, ownerRole }] : [];
  });
}

const dayCount = (days: number) => `${days} ${days === 1 ? 'day' : 'days'}`;

/** Days from the start date in words: "3 days before", "on the start day", "1 day after". */
export function describeDays(days: number): string {
  if (days === 0) {
    return 'on the start day';
  }
  return days < 0 ? `${dayCount(-days)} before` : `${dayCount(days)} after`;
}

/** The errors under one prefix (`temporary.` → `2.label`), from the setting's field errors. */
export function errorsUnder(fieldErrors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).flatMap(([path, message]) => (path.startsWith(prefix) ? [[path.slice(prefix.length), message]] : [])));
}
