import { describe, expect, it } from 'vitest';
import { type MergeableCandidate, MERGE_FIELDS, fieldDiffers, invalidChoices, mergeCandidateFields, overLimitFields } from '../../../src/domain/candidate-merge';

const person = (id: string, fields: Partial<MergeableCandidate> = {}): MergeableCandidate => ({
  id,
  firstName: 'Jo',
  lastName: 'Bloggs',
  emails: [],
  phones: [],
  location: null,
  status: 'new',
  ownerId: null,
  availableOn: null,
  preferences: { employmentTypes: [], locations: [], remote: [] },
  skills: [],
  workHistory: [],
  education: [],
  tags: [],
  consentBasis: null,
  consentOn: null,
  consentSource: null,
  retainUntil: null,
  roleInterests: [],
  nurtureStage: null,
  profileLinks: [],
  lastContactedAt: null,
  ...fields,
});

describe('mergeCandidateFields', () => {
  const survivor = person('s', { firstName: 'Jo', location: 'Leeds', emails: ['jo@a.example'], phones: ['+441'], tags: ['x'], consentBasis: 'consent', consentOn: '2026-01-01', consentSource: 'form' });
  const other = person('o', { firstName: 'Joanne', location: 'York', emails: ['jo@b.example', 'JO@a.example'], phones: ['+442'], tags: ['y', 'x'], consentBasis: 'legitimate_interest', consentOn: null, consentSource: null });

  it('keeps the survivor\'s value of every field not chosen, and unions the list fields survivor first', () => {
    const merged = mergeCandidateFields(survivor, [other], {});
    expect(merged).toMatchObject({ firstName: 'Jo', location: 'Leeds', emails: ['jo@a.example', 'jo@b.example'], phones: ['+441', '+442'], tags: ['x', 'y'], consentBasis: 'consent' });
  });

  it('takes the chosen candidate\'s value per field; a chosen list field puts that candidate\'s entries (its primary) first', () => {
    const merged = mergeCandidateFields(survivor, [other], { name: 'o', location: 'o', phones: 'o', consent: 'o' });
    expect(merged).toMatchObject({ firstName: 'Joanne', lastName: 'Bloggs', location: 'York', phones: ['+442', '+441'], emails: ['jo@a.example', 'jo@b.example'] });
    // consent moves as one: basis, date and source together
    expect([merged.consentBasis, merged.consentOn, merged.consentSource]).toEqual(['legitimate_interest', null, null]);
  });

  it('unions skills by name (the chosen entry wins) and profile links by address', () => {
    const a = person('a', { skills: [{ name: 'Forklift', years: 2 }], profileLinks: [{ kind: 'linkedin', url: 'https://l/a' }] });
    const b = person('b', { skills: [{ name: 'forklift ', years: 9 }, { name: 'Welding' }], profileLinks: [{ kind: 'other', url: 'https://l/a' }, { kind: 'github', url: 'https://g/b' }] });
    expect(mergeCandidateFields(a, [b], {}).skills).toEqual([{ name: 'Forklift', years: 2 }, { name: 'Welding' }]);
    expect(mergeCandidateFields(a, [b], { skills: 'b' }).skills).toEqual([{ name: 'forklift ', years: 9 }, { name: 'Welding' }]);
    expect(mergeCandidateFields(a, [b], {}).profileLinks).toEqual([{ kind: 'linkedin', url: 'https://l/a' }, { kind: 'github', url: 'https://g/b' }]);
  });

  it('keeps the latest last-contacted of anyone, and ignores a choice naming nobody of the merge', () => {
    const a = person('a', { lastContactedAt: new Date('2026-01-01T00:00:00Z'), location: 'Leeds' });
    const b = person('b', { lastContactedAt: new Date('2026-03-01T00:00:00Z') });
    const c = person('c');
    const merged = mergeCandidateFields(a, [b, c], { location: 'zzz' });
    expect(merged.lastContactedAt).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(merged.location).toBe('Leeds');
    expect(mergeCandidateFields(c, [], {}).lastContactedAt).toBeNull();
  });
});

describe('fieldDiffers, invalidChoices, overLimitFields', () => {
  it('says which fields differ across the candidates', () => {
    const a = person('a', { location: 'Leeds', tags: ['x'] });
    const b = person('b', { location: 'York', tags: ['x'] });
    const differing = MERGE_FIELDS.filter((field) => fieldDiffers([a, b], field));
    expect(differing).toEqual(['location']);
    expect(fieldDiffers([a, b, person('c', { location: 'Leeds', tags: ['x'], consentOn: '2026-01-01' })], 'consent')).toBe(true);
  });

  it('names choices of ids outside the merge', () => {
    expect(invalidChoices({ name: 'a', location: 'q' }, ['a', 'b'])).toEqual(['location']);
  });

  it('names list fields the union would take past their limit', () => {
    const merged = mergeCandidateFields(person('a', { emails: ['1@x', '2@x'] }), [person('b', { emails: ['3@x'] })], {});
    expect(overLimitFields(merged, { emails: 2, phones: 10, tags: 10, skills: 10, profileLinks: 10 })).toEqual(['emails']);
  });
});
