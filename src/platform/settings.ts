import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/client';
import { type ChecklistTemplates, DEFAULT_CHECKLISTS, DEFAULT_FOLLOW_UPS, type FollowUpPlanItem } from '../domain/handoff';
import { settings } from '../db/schema';
import { CHECKLIST_ITEM_KINDS, CHECKLIST_OWNER_ROLES, FOLLOW_UP_PARTIES } from '../shared/pipeline';
import { isPhoneCountry } from '../shared/phones';
import { isTimeZone } from '../shared/time-zones';
import { type Actor, actorUserId } from './auth/actor';
import { recordAudit } from './audit';
import { now } from './clock';
import { AppError } from './errors';

type SettingDefinition<T> = { area: string; label: string; schema: z.ZodType<T>; default: T };
const defineSetting = <T>(definition: SettingDefinition<T>): SettingDefinition<T> => definition;

const ZChecklistItem = z.object({
  kind: z.enum(CHECKLIST_ITEM_KINDS),
  label: z.string().trim().min(1, 'give the item a label').max(200),
  ownerRole: z.enum(CHECKLIST_OWNER_ROLES),
  dueDays: z.number().int().min(-90, 'at most 90 days before the start').max(90, 'at most 90 days after the start'),
});

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/**
 * Every agency setting: its area (Admin → Settings groups by it), label, schema and default.
 * Later features add keys here; they do not add their own settings tables.
 */
export const SETTINGS = {
  'agency.timeZone': defineSetting({
    area: 'Agency',
    label: 'Time zone',
    schema: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/London'),
    default: 'Europe/London',
  }),
  'agency.weekStart': defineSetting({
    area: 'Agency',
    label: 'First day of the week',
    schema: z.enum(['monday', 'sunday', 'saturday']),
    default: 'monday' as 'monday' | 'sunday' | 'saturday',
  }),
  'agency.workingDays': defineSetting({
    area: 'Agency',
    label: 'Working days',
    schema: z.array(z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])).min(1).max(7),
    default: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as ('monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday')[],
  }),
  'agency.holidays': defineSetting({
    area: 'Agency',
    label: 'Holidays',
    schema: z.array(z.object({ date: ZIsoDate, name: z.string().min(1).max(100) })).max(366),
    default: [] as { date: string; name: string }[],
  }),
  'agency.currency': defineSetting({
    area: 'Agency',
    label: 'Default currency',
    schema: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as GBP'),
    default: 'GBP',
  }),
  'agency.phoneCountry': defineSetting({
    area: 'Agency',
    label: 'Country of phone numbers typed without a country code',
    schema: z.string().refine(isPhoneCountry, 'an ISO 3166 country code such as GB'),
    default: 'GB',
  }),
  'users.invitationValidDays': defineSetting({
    area: 'Users',
    label: 'Invitation links stay valid for (days)',
    schema: z.number().int().min(1).max(30),
    default: 7,
  }),
  'users.sessionIdleDays': defineSetting({
    area: 'Users',
    label: 'Sign out after inactivity (days)',
    schema: z.number().int().min(1).max(90),
    default: 14,
  }),
  'jobs.atRiskOpenWithoutSubmissionDays': defineSetting({
    area: 'Jobs',
    label: 'At risk: open this many days with no submission',
    schema: z.number().int().min(1).max(365),
    default: 10,
  }),
  'jobs.atRiskOnHoldDays': defineSetting({
    area: 'Jobs',
    label: 'At risk: on hold longer than (days)',
    schema: z.number().int().min(1).max(365),
    default: 14,
  }),
  'jobs.atRiskStartWithinDays': defineSetting({
    area: 'Jobs',
    label: 'At risk: start date within (days) and nobody in interview',
    schema: z.number().int().min(0).max(90),
    default: 7,
  }),
  'placements.handoffChecklists': defineSetting({
    area: 'Placements',
    label: 'Handoff checklist per employment type',
    schema: z.object(
      Object.fromEntries(
        (['permanent', 'temporary', 'contract', 'contract_to_hire', 'retained'] as const).map((type) => [type, z.array(ZChecklistItem).max(30)]),
      ) as Record<keyof ChecklistTemplates, z.ZodArray<typeof ZChecklistItem>>,
    ),
    default: DEFAULT_CHECKLISTS,
  }),
  'placements.followUps': defineSetting({
    area: 'Placements',
    label: 'Post-placement follow-ups (days after the start)',
    schema: z.array(z.object({ label: z.string().trim().min(1, 'give the follow-up a label').max(100), party: z.enum(FOLLOW_UP_PARTIES), offsetDays: z.number().int().min(0, 'on or after the start').max(365, 'at most 365 days after the start'), ownerRole: z.enum(['recruiter', 'account_manager']) })).max(20),
    default: DEFAULT_FOLLOW_UPS as FollowUpPlanItem[],
  }),
  'employees.defaultWorkerType': defineSetting({
    area: 'Employees',
    label: 'Worker type of an employee hired automatically (a value of the Worker types list)',
    schema: z.string().trim().min(1, 'choose a worker type').max(50),
    default: 'w2',
  }),
  'employees.defaultPayFrequency': defineSetting({
    area: 'Employees',
    label: 'Pay frequency of an employee hired automatically (a value of the Pay frequencies list)',
    schema: z.string().trim().min(1, 'choose a pay frequency').max(50),
    default: 'weekly',
  }),
  'employees.requiredDocuments': defineSetting({
    area: 'Employees',
    label: 'Documents every new employee must hand in',
    schema: z.array(z.string().trim().min(1, 'name the document').max(100)).max(30),
    default: ['Right to work', 'Tax form', 'Bank details', 'Signed contract'],
  }),
  'timesheets.escalationWorkingDays': defineSetting({
    area: 'Timesheets',
    label: 'Escalate a submitted timesheet not approved within (working days)',
    schema: z.number().int().min(1).max(20),
    default: 2,
  }),
  'timesheets.backupApproverId': defineSetting({
    area: 'Timesheets',
    label: 'Backup approver of escalated timesheets',
    schema: z.union([z.literal(''), z.string().uuid('a user of the agency')]),
    default: '' as string,
  }),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['default'];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

/** One setting of an agency: the stored value, else the default. */
export async function getSetting<K extends SettingKey>(tx: Executor, agencyId: string, key: K): Promise<SettingValue<K>> {
  const [row] = await tx
    .select({ value: settings.value })
    .from(settings)
    .where(and(eq(settings.agencyId, agencyId), eq(settings.key, key)));
  const definition: SettingDefinition<SettingValue<K>> = SETTINGS[key];
  return parseOrDefault(definition, row?.value);
}

/** Several settings of an agency in one query, each the stored value or its default. */
export async function getSettings<K extends SettingKey>(tx: Executor, agencyId: string, keys: readonly K[]): Promise<{ [P in K]: SettingValue<P> }> {
  const rows = await tx
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(and(eq(settings.agencyId, agencyId), inArray(settings.key, [...keys])));
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  return Object.fromEntries(keys.map((key) => [key, parseOrDefault<SettingValue<K>>(SETTINGS[key], stored.get(key))])) as { [P in K]: SettingValue<P> };
}

/** All settings of an agency, defaults filled in. */
export async function listSettings(tx: Executor, agencyId: string): Promise<Record<SettingKey, unknown>> {
  const rows = await tx.select().from(settings).where(eq(settings.agencyId, agencyId));
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const entries = Object.entries(SETTINGS).map(([key, definition]: [string, SettingDefinition<unknown>]) => [key, parseOrDefault(definition, stored.get(key))]);
  return Object.fromEntries(entries) as Record<SettingKey, unknown>;
}

function parseOrDefault<T>(definition: SettingDefinition<T>, stored: unknown): T {
  if (stored === undefined) {
    return definition.default;
  }
  const parsed = definition.schema.safeParse(stored);
  return parsed.success ? parsed.data : definition.default;
}

/** Validates and stores a setting; the audit keeps the old and new value. */
export async function updateSetting(tx: Executor, actor: Actor, key: string, value: unknown): Promise<unknown> {
  if (!isSettingKey(key)) {
    throw new AppError('not_found', `Setting ${key} does not exist`);
  }
  const definition: SettingDefinition<unknown> = SETTINGS[key];
  const parsed = definition.schema.safeParse(value);
  if (!parsed.success) {
    // Each problem names where it is (value.temporary.2.label), so the editor shows it under that field.
    const fields = parsed.error.issues.map((issue) => ({ path: ['value', ...issue.path.map(String)].join('.'), message: issue.message }));
    const first = fields[0] ?? { path: 'value', message: 'invalid value' };
    throw new AppError('validation', `${first.path}: ${first.message}`, { fields });
  }
  const before = await getSetting(tx, actor.agencyId, key);
  await tx
    .insert(settings)
    .values({ agencyId: actor.agencyId, key, value: parsed.data, updatedBy: actorUserId(actor) })
    .onConflictDoUpdate({ target: [settings.agencyId, settings.key], set: { value: parsed.data, updatedBy: actorUserId(actor), updatedAt: now() } });
  await recordAudit(tx, actor, { entity: 'setting', entityId: actor.agencyId, action: `update ${key}`, before: { [key]: before }, after: { [key]: parsed.data } });
  return parsed.data;
}
