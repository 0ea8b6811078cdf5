import { describe, expect, it } from 'vitest';
import { positiveTerms, SearchSyntaxError, lexemes, parseSearch, toTsQuery } from '../../../src/domain/search-query';

const tsquery = (input: string) => {
  const { text } = parseSearch(input);
  return text ? toTsQuery(text) : null;
};
const refusal = (input: string) => {
  try {
    parseSearch(input);
  } catch (error) {
    if (error instanceof SearchSyntaxError) {
      return { message: error.message, position: error.position };
    }
    throw error;
  }
  throw new Error(`"${input}" was accepted`);
};

describe('candidate search query syntax', () => {
  it('words are ANDed and match as prefixes; case and punctuation do not matter', () => {
    expect(tsquery('Java  developer')).toBe("('java':* & 'developer':*)");
    expect(lexemes('Node.js, C#')).toEqual(['node', 'js', 'c']);
  });

  it('quoted phrases keep their word order', () => {
    expect(tsquery('"team lead" warehouse')).toBe("(('team' <-> 'lead') & 'warehouse':*)");
  });

  it('AND, OR, NOT and -term, with OR binding loosest, and parentheses', () => {
    expect(tsquery('java OR kotlin')).toBe("('java':* | 'kotlin':*)");
    expect(tsquery('java kotlin OR scala')).toBe("(('java':* & 'kotlin':*) | 'scala':*)");
    expect(tsquery('java AND (kotlin OR scala)')).toBe("('java':* & ('kotlin':* | 'scala':*))");
    expect(tsquery('nurse NOT agency')).toBe("('nurse':* & !'agency':*)");
    expect(tsquery('nurse -agency -"night shift"')).toBe("('nurse':* & !'agency':* & !('night' <-> 'shift'))");
    // Lower-case and/or/not are words to search for, and a hyphen inside a word is not a minus.
    expect(tsquery('rock and roll')).toBe("('rock':* & 'and':* & 'roll':*)");
    expect(tsquery('co-op')).toBe("('co' <-> 'op')");
  });

  it('field filters come out as filters that narrow the text search', () => {
    expect(parseSearch('forklift skill:counterbalance location:"Felixstowe" -tag:archived available:<2026-12-01')).toEqual({
      text: { type: 'word', text: 'forklift' },
      filters: [
        { field: 'skill', comparison: '=', value: 'counterbalance', negated: false },
        { field: 'location', comparison: '=', value: 'Felixstowe', negated: false },
        { field: 'tag', comparison: '=', value: 'archived', negated: true },
        { field: 'available', comparison: '<', value: '2026-12-01', negated: false },
      ],
    });
    expect(parseSearch('status:active owner:priya')).toEqual({ text: null, filters: [expect.objectContaining({ field: 'status' }), expect.objectContaining({ field: 'owner' })] });
  });

  it('text that could be tsquery syntax is quoted as words', () => {
    expect(tsquery("o'brien")).toBe("('o' <-> 'brien')");
    expect(tsquery('a&b|!c')).toBe("('a' <-> 'b' <-> 'c')");
  });

  it('bad syntax is refused with its position', () => {
    expect(refusal('java "team lead')).toEqual({ message: 'a quote is not closed (at character 6)', position: 5 });
    expect(refusal('(java OR kotlin')).toMatchObject({ message: expect.stringContaining('a "(" is not closed'), position: 0 });
    expect(refusal('java)')).toMatchObject({ message: expect.stringContaining('a ")" has no "("'), position: 4 });
    expect(refusal('java OR')).toMatchObject({ message: expect.stringContaining('OR needs text on both sides'), position: 5 });
    expect(refusal('OR java')).toMatchObject({ position: 0 });
    expect(refusal('java AND')).toMatchObject({ message: expect.stringContaining('AND needs text after it'), position: 5 });
    expect(refusal('nurse NOT')).toMatchObject({ message: expect.stringContaining('the query ends too early') });
    expect(refusal('salary:50000')).toMatchObject({ message: expect.stringContaining('unknown field "salary"'), position: 0 });
    expect(refusal('skill:')).toMatchObject({ message: expect.stringContaining('skill: needs a value'), position: 6 });
    expect(refusal('available:soon')).toMatchObject({ message: expect.stringContaining('YYYY-MM-DD') });
    expect(refusal('skill:<java')).toMatchObject({ message: expect.stringContaining('takes no < or >') });
    expect(refusal('java OR skill:kotlin')).toMatchObject({ message: expect.stringContaining('combine with AND only'), position: 8 });
    expect(refusal('(skill:kotlin)')).toMatchObject({ message: expect.stringContaining('combine with AND only') });
    expect(refusal('()')).toMatchObject({ message: expect.stringContaining('empty parentheses') });
    expect(refusal('""')).toMatchObject({ message: expect.stringContaining('an empty phrase') });
    expect(refusal('x'.repeat(501))).toMatchObject({ position: 500 });
  });
});

describe('positiveTerms (what a hit is highlighted by)', () => {
  const positive = (input: string) => {
    const { text } = parseSearch(input);
    const terms = text ? positiveTerms(text) : null;
    return terms ? toTsQuery(terms) : null;
  };

  it('keeps the words and phrases asked for, any of them, and leaves out NOT parts', () => {
    expect(positive('forklift "reach truck" -agency')).toBe("('forklift':* | ('reach' <-> 'truck'))");
    expect(positive('welder OR (fabricator NOT mig)')).toBe("('welder':* | 'fabricator':*)");
    expect(positive('-agency')).toBeNull();
  });
});
