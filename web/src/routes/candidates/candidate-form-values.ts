import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from '../../api/errors';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../../../../src/shared/jobs';
import { type CandidateSource, REMOTE_OPTIONS } from '../../../../src/shared/candidates';
import { choicesOf } from './candidate-ui';
import { notify } from '../../components/notify';
import { fromMinor, toMinor } from '../../components/money';
import type { Candidate, CandidateStatus, CreateCandidateBody, SkillLevel, UpdateCandidateBody } from './queries';

type Preferences = NonNullable<CreateCandidateBody['preferences']>;
type PayUnit = NonNullable<Preferences['desiredPay']>['unit'];
type ConsentBasis = NonNullable<Candidate['consentBasis']>;

export type SkillValue = { name: string; years: number | string; level: SkillLevel | null };
export type LinkValue = { kind: string; url: string };

/** The candidate form: the API's field names where it has them, so its field errors land under the field. */
export type CandidateFormValues = {
  firstName: string;
  lastName: string;
  emails: string[];
  phones: string[];
  location: string;
  source: CandidateSource;
  ownerId: string | null;
  status: CandidateStatus;
  availableOn: string;
  currentTitle: string;
  currentEmployer: string;
  skills: SkillValue[];
  tags: string[];
  roleInterests: string[];
  preferences: {
    employmentTypes: EmploymentType[];
    locations: string[];
    remote: Preferences['remote'];
    payMin: number | string;
    payMax: number | string;
    currency: string;
    unit: PayUnit;
  };
  consentBasis: ConsentBasis | null;
  consentOn: string;
  consentSource: string;
  retainUntil: string;
  profileLinks: LinkValue[];
  nurtureStage: string | null;
};

export function initialValues(candidate: Candidate | undefined, ownerId: string, currency: string): CandidateFormValues {
  const pay = candidate?.preferences.desiredPay;
  return {
    firstName: candidate?.firstName ?? '',
    lastName: candidate?.lastName ?? '',
    emails: candidate?.emails ?? [],
    phones: candidate?.phones ?? [],
    location: candidate?.location ?? '',
    source: candidate?.source ?? 'sourced',
    ownerId: candidate ? (candidate.owner?.id ?? null) : ownerId,
    status: candidate?.status ?? 'new',
    availableOn: candidate?.availableOn ?? '',
    currentTitle: candidate?.workHistory[0]?.title ?? '',
    currentEmployer: candidate?.workHistory[0]?.employer ?? '',
    skills: (candidate?.skills ?? []).map((skill) => ({ name: skill.name, years: skill.years ?? '', level: skill.level ?? null })),
    tags: candidate?.tags ?? [],
    roleInterests: candidate?.roleInterests ?? [],
    preferences: {
      employmentTypes: choicesOf(EMPLOYMENT_TYPES, candidate?.preferences.employmentTypes),
      locations: candidate?.preferences.locations ?? [],
      remote: choicesOf(REMOTE_OPTIONS, candidate?.preferences.remote),
      payMin: pay ? fromMinor(pay.minMinor, pay.currency) : '',
      payMax: pay?.maxMinor === undefined ? '' : fromMinor(pay.maxMinor, pay.currency),
      currency: pay?.currency ?? currency,
      unit: pay?.unit ?? 'year',
    },
    consentBasis: candidate?.consentBasis ?? null,
    consentOn: candidate?.consentOn ?? '',
    consentSource: candidate?.consentSource ?? '',
    retainUntil: candidate?.retainUntil ?? '',
    profileLinks: candidate?.profileLinks ?? [],
    nurtureStage: candidate?.nurtureStage ?? null,
  };
}

const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
const numberOrUndefined = (value: number | string): number | undefined => (typeof value === 'number' ? value : value.trim() === '' || Number.isNaN(Number(value)) ? undefined : Number(value));

function preferencesOf(values: CandidateFormValues['preferences']): Preferences {
  const currency = values.currency.trim().toUpperCase();
  const minMinor = numberOrUndefined(values.payMin) === undefined ? undefined : (toMinor(values.payMin, currency) ?? undefined);
  const maxMinor = numberOrUndefined(values.payMax) === undefined ? undefined : (toMinor(values.payMax, currency) ?? undefined);
  return {
    employmentTypes: values.employmentTypes,
    locations: values.locations,
    remote: values.remote,
    ...(minMinor === undefined ? {} : { desiredPay: { minMinor, ...(maxMinor === undefined ? {} : { maxMinor }), currency, unit: values.unit } }),
  };
}

/** The fields create and edit send alike (the source is history and the owner changes with a handoff note, so edit sends neither); the current job becomes the first work history entry. */
function commonFields(values: CandidateFormValues, otherWork: Candidate['workHistory']) {
  const title = values.currentTitle.trim();
  const employer = values.currentEmployer.trim();
  const current = title || employer ? [{ ...otherWork[0], title, employer }] : [];
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    emails: values.emails,
    phones: values.phones,
    location: blankToNull(values.location),
    status: values.status,
    availableOn: blankToNull(values.availableOn),
    preferences: preferencesOf(values.preferences),
    skills: values.skills
      .filter((skill) => skill.name.trim() !== '')
      .map((skill) => {
        const years = numberOrUndefined(skill.years);
        return { name: skill.name.trim(), ...(years === undefined ? {} : { years }), ...(skill.level ? { level: skill.level } : {}) };
      }),
    workHistory: [...current, ...otherWork.slice(1)],
    tags: values.tags,
    roleInterests: values.roleInterests,
    consentBasis: values.consentBasis,
    consentOn: blankToNull(values.consentOn),
    consentSource: blankToNull(values.consentSource),
    retainUntil: blankToNull(values.retainUntil),
    profileLinks: values.profileLinks.filter((link) => link.url.trim() !== '').map((link) => ({ kind: link.kind, url: link.url.trim() })),
    nurtureStage: values.nurtureStage,
  };
}

export const createBody = (values: CandidateFormValues): CreateCandidateBody => ({ ...commonFields(values, []), source: values.source, ownerId: values.ownerId });

export function updateBody(values: CandidateFormValues, candidate: Candidate): UpdateCandidateBody {
  // The first entry is the current job the form edits; the rest of the history is kept as it is.
  return { version: candidate.version, ...commonFields(values, candidate.workHistory) };
}

/** API paths whose field the form names differently. */
const ALIASES: Record<string, string> = { 'workHistory.0.title': 'currentTitle', 'workHistory.0.employer': 'currentEmployer', 'preferences.desiredPay': 'preferences.payMin' };

function formPathOf(values: CandidateFormValues, path: string): string | null {
  const alias = Object.entries(ALIASES).find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`));
  if (alias) {
    return alias[1];
  }
  // The longest prefix of the path that is a field of the form (`phones.0` → `phones`, `skills.1.years` stays).
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length);
    let node: unknown = values;
    for (const part of candidate) {
      node = typeof node === 'object' && node !== null ? Reflect.get(node, part) : undefined;
    }
    // One item of a list of texts (`phones.0`) has no field of its own: the list's box shows the error.
    const isListItemText = /^\d+$/.test(candidate[length - 1] ?? '') && typeof node !== 'object';
    if (node !== undefined && !isListItemText && (length === parts.length || Array.isArray(node) || typeof node !== 'object')) {
      return candidate.join('.');
    }
  }
  return null;
}

/** Puts the API's field errors under the fields (an error about one phone says which); the rest goes to a notification. */
export function showCandidateErrors(form: UseFormReturnType<CandidateFormValues>, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) {
    return false;
  }
  const values = form.getValues();
  const shown: Record<string, string> = {};
  const rest: string[] = [];
  for (const field of error.fields) {
    const path = formPathOf(values, field.path);
    if (path === null) {
      rest.push(`${field.path}: ${field.message}`);
      continue;
    }
    const item = path !== field.path ? field.path.slice(path.length + 1).split('.')[0] : undefined;
    const list: unknown = Reflect.get(values, path);
    const itemValue = item !== undefined && Array.isArray(list) ? list[Number(item)] : undefined;
    shown[path] = typeof itemValue === 'string' ? `${itemValue}: ${field.message}` : field.message;
  }
  form.setErrors(shown);
  if (rest.length > 0) {
    notify.error(new Error(rest.join('; ')));
  }
  return true;
}
