import { describe, expect, it } from 'vitest';
import { duplicateReasons, duplicateStrength } from '../../../src/domain/candidate-duplicates';
import { currentPosition, skillNamesOf } from '../../../src/domain/candidate-profile';

const existing = { emails: ['ann@mail.example'], phones: ['+447911123456'], currentEmployer: 'Initech Ltd', nameSimilarity: 0 };

describe('duplicate reasons', () => {
  it.each([
    ['the same email in another case', { emails: ['ANN@mail.example'], phones: [] }, existing, ['email']],
    ['the same normalized phone', { emails: [], phones: ['+447911123456'] }, existing, ['phone']],
    ['a similar name at the same employer, case aside', { emails: [], phones: [], currentEmployer: ' initech ltd ' }, { ...existing, nameSimilarity: 0.6 }, ['name_at_company']],
    ['a similar name at another employer', { emails: [], phones: [], currentEmployer: 'Globex' }, { ...existing, nameSimilarity: 0.9 }, []],
    ['a similar name with no employer given', { emails: [], phones: [] }, { ...existing, nameSimilarity: 0.9 }, []],
    ['a name below the threshold at the same employer', { emails: [], phones: [], currentEmployer: 'Initech Ltd' }, { ...existing, nameSimilarity: 0.59 }, []],
    ['everything at once, in a fixed order', { emails: ['ann@mail.example'], phones: ['+447911123456'], currentEmployer: 'Initech Ltd' }, { ...existing, nameSimilarity: 1 }, ['email', 'phone', 'name_at_company']],
  ] as const)('%s', (_name, probe, candidate, reasons) => {
    expect(duplicateReasons(probe, candidate)).toEqual(reasons);
  });

  it('ranks an email match above a phone match above a similar name', () => {
    expect(duplicateStrength(['email'])).toBeGreaterThan(duplicateStrength(['phone', 'name_at_company']));
    expect(duplicateStrength(['phone'])).toBeGreaterThan(duplicateStrength(['name_at_company']));
  });
});

describe('candidate profile', () => {
  it('takes the current position from the first entry without an end date', () => {
    expect(
      currentPosition([
        { title: 'Engineer', employer: 'Old Co', endedOn: '2024-01-01' },
        { title: 'Lead', employer: 'New Co' },
        { title: 'Advisor', employer: 'Side Co' },
      ]),
    ).toEqual({ currentEmployer: 'New Co', currentTitle: 'Lead' });
    expect(currentPosition([{ title: 'Engineer', employer: 'Old Co', endedOn: '2024-01-01' }])).toEqual({ currentEmployer: null, currentTitle: null });
  });

  it('keeps skill names lower case and once each', () => {
    expect(skillNamesOf([{ name: 'TypeScript' }, { name: ' typescript ' }, { name: 'SQL' }])).toEqual(['typescript', 'sql']);
  });
});
