/**
 * Merging duplicate candidates: which value of each field the survivor keeps. Pure; the service loads and writes.
 *
 * A field named in the choices takes the chosen candidate's value. The list fields (emails, phones, tags, skills,
 * profile links) never lose a value: the chosen candidate's entries come first (so its primary email or phone becomes
 * the primary) and every other candidate's entries follow, once each. A field not named keeps the survivor's value.
 */

/** The fields a person picks a surviving value for, each naming the columns it covers. */
export const MERGE_FIELDS = [
  'name',
  'emails',
  'phones',
  'location',
  'status',
  'owner',
  'availableOn',
  'preferences',
  'skills',
  'workHistory',
  'education',
  'tags',
  'consent',
  'retainUntil',
  'roleInterests',
  'nurtureStage',
  'profileLinks',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** List fields whose values are unioned rather than replaced. */
export const UNIONED_FIELDS = ['emails', 'phones', 'tags', 'skills', 'profileLinks'] as const satisfies readonly MergeField[];

type Skill = { name: string; years?: number; level?: string };
type Link = { kind: string; url: string };

/** What a candidate holds of the mergeable fields (a row of the candidates table fits). */
export type MergeableCandidate = {
  id: string;
  firstName: string;
  lastName: string;
  emails: string[];
  phones: string[];
  location: string | null;
  status: string;
  ownerId: string | null;
  availableOn: string | null;
  preferences: unknown;
  skills: Skill[];
  workHistory: unknown[];
  education: unknown[];
  tags: string[];
  consentBasis: string | null;
  consentOn: string | null;
  consentSource: string | null;
  retainUntil: string | null;
  roleInterests: string[];
  nurtureStage: string | null;
  profileLinks: Link[];
  lastContactedAt: Date | null;
};

/** The columns each field covers. */
const FIELD_COLUMNS = {
  name: ['firstName', 'lastName'],
  emails: ['emails'],
  phones: ['phones'],
  location: ['location'],
  status: ['status'],
  owner: ['ownerId'],
  availableOn: ['availableOn'],
  preferences: ['preferences'],
  skills: ['skills'],
  workHistory: ['workHistory'],
  education: ['education'],
  tags: ['tags'],
  consent: ['consentBasis', 'consentOn', 'consentSource'],
  retainUntil: ['retainUntil'],
  roleInterests: ['roleInterests'],
  nurtureStage: ['nurtureStage'],
  profileLinks: ['profileLinks'],
} as const satisfies Record<MergeField, readonly (keyof MergeableCandidate)[]>;

export type MergeChoices = Partial<Record<MergeField, string>>;

const onceBy = <T>(values: readonly T[], keyOf: (value: T) => string): T[] => {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = keyOf(value);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
};

const columnValues = (candidate: MergeableCandidate, field: MergeField) => FIELD_COLUMNS[field].map((column) => candidate[column]);

/** Whether the candidates hold different values of a field (the dialog asks only about those). */
export function fieldDiffers(candidates: readonly MergeableCandidate[], field: MergeField): boolean {
  const [first, ...rest] = candidates.map((candidate) => JSON.stringify(columnValues(candidate, field)));
  return rest.some((value) => value !== first);
}

/** The fields whose choice names none of the candidates being merged: a choice may only pick a value one of them holds. */
export function invalidChoices(choices: MergeChoices, ids: readonly string[]): MergeField[] {
  return MERGE_FIELDS.filter((field) => {
    const chosen = choices[field];
    return chosen !== undefined && !ids.includes(chosen);
  });
}

export type MergedFields<T extends MergeableCandidate = MergeableCandidate> = Pick<
  T,
  | 'firstName'
  | 'lastName'
  | 'emails'
  | 'phones'
  | 'location'
  | 'status'
  | 'ownerId'
  | 'availableOn'
  | 'preferences'
  | 'skills'
  | 'workHistory'
  | 'education'
  | 'tags'
  | 'consentBasis'
  | 'consentOn'
  | 'consentSource'
  | 'retainUntil'
  | 'roleInterests'
  | 'nurtureStage'
  | 'profileLinks'
  | 'lastContactedAt'
>;

/**
 * The survivor's fields after the merge. `others` are the merged candidates in the order given; a choice naming an id
 * that is none of them falls back to the survivor (the service refuses such choices before it gets here).
 */
export function mergeCandidateFields<T extends MergeableCandidate>(survivor: T, others: readonly T[], choices: MergeChoices): MergedFields<T> {
  const everyone = [survivor, ...others];
  const pick = (field: MergeField): T => everyone.find((candidate) => candidate.id === choices[field]) ?? survivor;
  /** The chosen candidate's entries first, then everyone else's in order. */
  const unioned = <V>(field: MergeField, listOf: (candidate: T) => V[], keyOf: (value: V) => string): V[] => {
    const chosen = pick(field);
    return onceBy([chosen, ...everyone.filter((candidate) => candidate !== chosen)].flatMap(listOf), keyOf);
  };
  const name = pick('name');
  const consent = pick('consent');
  const contacted = everyone.flatMap((candidate) => (candidate.lastContactedAt ? [candidate.lastContactedAt] : []));
  return {
    firstName: name.firstName,
    lastName: name.lastName,
    emails: unioned('emails', (candidate) => candidate.emails, (email) => email.toLowerCase()),
    phones: unioned('phones', (candidate) => candidate.phones, (phone) => phone),
    location: pick('location').location,
    status: pick('status').status,
    ownerId: pick('owner').ownerId,
    availableOn: pick('availableOn').availableOn,
    preferences: pick('preferences').preferences,
    skills: unioned('skills', (candidate) => candidate.skills, (skill) => skill.name.trim().toLowerCase()),
    workHistory: pick('workHistory').workHistory,
    education: pick('education').education,
    tags: unioned('tags', (candidate) => candidate.tags, (tag) => tag),
    consentBasis: consent.consentBasis,
    consentOn: consent.consentOn,
    consentSource: consent.consentSource,
    retainUntil: pick('retainUntil').retainUntil,
    roleInterests: pick('roleInterests').roleInterests,
    nurtureStage: pick('nurtureStage').nurtureStage,
    profileLinks: unioned('profileLinks', (candidate) => candidate.profileLinks, (link) => link.url),
    // Derived from activities, which all move to the survivor: the latest of anyone's.
    lastContactedAt: contacted.reduce<Date | null>((latest, at) => (latest && latest >= at ? latest : at), null),
  };
}

/** The list fields that would hold more entries than their limit allows after the merge. */
export function overLimitFields(merged: Pick<MergedFields, (typeof UNIONED_FIELDS)[number]>, limits: Record<(typeof UNIONED_FIELDS)[number], number>): string[] {
  return UNIONED_FIELDS.filter((field) => merged[field].length > limits[field]);
}
