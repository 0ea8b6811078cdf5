import { describe, expect, it } from 'vitest';
import { CV_TEXT_PREVIEW_CHARS, findEmails, findName, findPhones, findSkills, suggestFromCvText } from '../../../src/domain/cv-suggestions';

const CV = `Curriculum Vitae
Priya Anand-Shah
14 Mill Lane, Leeds LS1 4AB
priya.shah@example.com | Mobile: 07911 123456 | Office +1 (212) 555-0101
Personal statement
Warehouse team leader with a Forklift licence, strong in stock control and Excel.
Also: typescript, reactive systems.`;

describe('CV suggestions', () => {
  it('finds the name, emails, phones (E.164) and known skills of a CV', () => {
    const suggestions = suggestFromCvText(CV, { knownSkills: ['Forklift licence', 'Stock control', 'Excel', 'TypeScript', 'React', 'Payroll'], phoneCountry: 'GB' });
    expect(suggestions).toEqual({
      firstName: 'Priya',
      lastName: 'Anand-Shah',
      emails: ['priya.shah@example.com'],
      phones: ['+447911123456', '+12125550101'],
      skills: ['Forklift licence', 'Stock control', 'Excel', 'TypeScript'],
      text: CV,
    });
  });

  it('takes the first short line of 2–4 capitalized words without digits or @ as the name', () => {
    expect(findName('RESUME\nJohn\nanna smith\nAnna Maria de Souza Lima\nMary Jane Watson\n')).toEqual({ firstName: 'Mary', lastName: 'Jane Watson' });
    expect(findName('Jo Bloggs 2nd\njo@x.com Jo Bloggs\nSeán O’Neil')).toEqual({ firstName: 'Seán', lastName: 'O’Neil' });
    expect(findName('Work Experience\nJane Doe')).toEqual({ firstName: 'Jane', lastName: 'Doe' });
    expect(findName('no names here at all\n12345')).toBeUndefined();
  });

  it('finds emails case-insensitively, lower-cased and once each', () => {
    expect(findEmails('Mail A.B@Example.co.uk or a.b@example.co.uk. Not: @nope, x@y')).toEqual(['a.b@example.co.uk']);
  });

  it('reads phones without a prefix in the agency country and skips numbers that are not phones', () => {
    expect(findPhones('Call 020 7946 0000 or 0161 496 0000; born 1990; ref 12345', 'GB')).toEqual(['+442079460000', '+441614960000']);
    expect(findPhones('(212) 555-0101', 'US')).toEqual(['+12125550101']);
    expect(findPhones('nothing here', 'GB')).toEqual([]);
  });

  it('matches skills as whole words only, spelled as the vocabulary spells them, once each', () => {
    expect(findSkills('Skilled in SQL, PostgreSQL and c++; health  and\nsafety', ['SQL', 'PostgreSQL', 'sql', 'C++', 'Health and safety', 'Agile'])).toEqual(['SQL', 'PostgreSQL', 'C++', 'Health and safety']);
    expect(findSkills('Excellent reactions', ['Excel', 'React'])).toEqual([]);
  });

  it('keeps only the first 2,000 characters of the text and drops NULs', () => {
    const suggestions = suggestFromCvText(`Ann Lee\u0000\n${'x'.repeat(5000)}`, { knownSkills: [], phoneCountry: 'GB' });
    expect(suggestions.text).toHaveLength(CV_TEXT_PREVIEW_CHARS);
    expect(suggestions).toMatchObject({ firstName: 'Ann', lastName: 'Lee', emails: [], phones: [], skills: [] });
  });
});
