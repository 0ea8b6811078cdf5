import { describe, expect, it } from 'vitest';
import { candidateSummary } from '../../../src/modules/submissions/candidate-summary';
import { SUBMISSION_FIELDS } from '../../../src/shared/pipeline';

const candidate = {
  currentTitle: 'Forklift Team Lead',
  location: 'Leeds',
  skills: [{ name: 'Counterbalance forklift' }, { name: 'Stock control', years: 4 }],
  workHistory: [
    { title: 'Forklift Team Lead', employer: 'Harbour Freight', startedOn: '2021-03-01' },
    { title: 'Warehouse operative', employer: 'Northline', startedOn: '2017-05-01', endedOn: '2021-02-28' },
  ],
  education: [{ institution: 'Leeds College', qualification: 'BTEC Logistics', endedOn: '2016-06-30' }],
  availableOn: '2027-01-04',
  preferences: { employmentTypes: [], locations: [], remote: [], desiredPay: { minMinor: 3_200_000, maxMinor: 3_500_000, currency: 'GBP', unit: 'year' as const } },
  emails: ['alex@mail.example', 'alex.old@mail.example'],
  phones: ['+447911123456'],
  profileLinks: [{ kind: 'linkedin', url: 'https://linkedin.example/alex' }],
};

describe('the candidate summary of a submission mail', () => {
  it('holds only the shared fields, in a fixed order whatever order they were chosen in', () => {
    expect(candidateSummary(candidate, ['skills', 'location'])).toBe('Location: Leeds\nSkills: Counterbalance forklift, Stock control');
    expect(candidateSummary(candidate, [])).toBe('');
  });

  it('with every field shared, lists each one, lists indented under a heading, and only the primary email and phone', () => {
    expect(candidateSummary(candidate, SUBMISSION_FIELDS)).toBe(
      [
        'Current title: Forklift Team Lead',
        'Location: Leeds',
        'Skills: Counterbalance forklift, Stock control',
        'Work history:',
        '- Forklift Team Lead, Harbour Freight (2021-03-01 – now)',
        '- Warehouse operative, Northline (2017-05-01 – 2021-02-28)',
        'Education:',
        '- BTEC Logistics, Leeds College (? – 2016-06-30)',
        'Available from: 2027-01-04',
        'Desired pay: £32,000–£35,000 per year',
        'Email: alex@mail.example',
        'Phone: +447911123456',
        'Profiles:',
        '- linkedin: https://linkedin.example/alex',
      ].join('\n'),
    );
  });

  it('leaves out a shared field the candidate has no value for, and reads pay in the currency\'s own minor units', () => {
    const sparse = { ...candidate, location: null, skills: [], availableOn: null, preferences: { ...candidate.preferences, desiredPay: { minMinor: 5_000_000, currency: 'JPY', unit: 'year' as const } } };
    expect(candidateSummary(sparse, ['location', 'skills', 'availability', 'desired_pay'])).toBe('Desired pay: JP¥5,000,000 per year');
    const hourly = { ...candidate, preferences: { ...candidate.preferences, desiredPay: { minMinor: 1_250, currency: 'GBP', unit: 'hour' as const } } };
    expect(candidateSummary(hourly, ['desired_pay'])).toBe('Desired pay: £12.50 per hour');
  });
});
