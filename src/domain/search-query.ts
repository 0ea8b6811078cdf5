/**
 * The candidate search box's query language (issue 5): words, "quoted phrases", AND / OR / NOT / -term, parentheses,
 * and field filters (`skill:java`, `title:"team lead"`, `available:<2026-12-01`). Field filters narrow the result
 * and combine with AND only; the rest is a boolean expression over the text, turned into a PostgreSQL tsquery.
 * A mistake is a SearchSyntaxError with the position (0-based) where it was found.
 */

export const FILTER_FIELDS = ['skill', 'title', 'location', 'status', 'owner', 'tag', 'pool', 'available'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export type SearchFilter = { field: FilterField; comparison: '=' | '<' | '>'; value: string; negated: boolean };

export type TextExpression =
  | { type: 'word'; text: string }
  | { type: 'phrase'; words: string[] }
  | { type: 'not'; operand: TextExpression }
  | { type: 'and' | 'or'; operands: TextExpression[] };

export type ParsedSearch = { text: TextExpression | null; filters: SearchFilter[] };

export class SearchSyntaxError extends Error {
  readonly position: number;

  constructor(message: string, position: number) {
    super(`${message} (at character ${position + 1})`);
    this.name = 'SearchSyntaxError';
    this.position = position;
  }
}

type Token =
  | { kind: 'word' | 'phrase'; text: string; at: number }
  | { kind: 'filter'; field: FilterField; comparison: SearchFilter['comparison']; value: string; at: number }
  | { kind: 'and' | 'or' | 'not' | 'minus' | 'open' | 'close'; at: number };

const MAX_LENGTH = 500;
/** A run of text up to a space, a parenthesis or a quote. */
const RUN = /[^\s()"]+/y;
const isField = (name: string): name is FilterField => (FILTER_FIELDS as readonly string[]).includes(name);

/** Splits text into the words the index holds: letters and digits, lower case ("C#" → "c", "node.js" → "node", "js"). */
export function lexemes(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const readQuoted = (start: number): [string, number] => {
    const end = input.indexOf('"', start + 1);
    if (end < 0) {
      throw new SearchSyntaxError('a quote is not closed', start);
    }
    return [input.slice(start + 1, end), end + 1];
  };
  /** `field:value`, `field:"a value"`, `available:<date`: pushes the filter and answers where reading goes on. */
  const readFilter = (name: string, start: number, valueStart: number): number => {
    const field = name.toLowerCase();
    if (!isField(field)) {
      throw new SearchSyntaxError(`unknown field "${name}" (one of ${FILTER_FIELDS.join(', ')})`, start);
    }
    let valueAt = valueStart;
    let comparison: SearchFilter['comparison'] = '=';
    if (input[valueAt] === '<' || input[valueAt] === '>') {
      comparison = input[valueAt] === '<' ? '<' : '>';
      valueAt += 1;
    }
    let value: string;
    let next: number;
    if (input[valueAt] === '"') {
      [value, next] = readQuoted(valueAt);
    } else {
      RUN.lastIndex = valueAt;
      value = RUN.exec(input)?.[0] ?? '';
      next = valueAt + value.length;
    }
    if (value.trim() === '') {
      throw new SearchSyntaxError(`${field}: needs a value`, valueAt);
    }
    tokens.push({ kind: 'filter', field, comparison, value: value.trim(), at: start });
    return next;
  };
  while (at < input.length) {
    const char = input[at] ?? '';
    if (/\s/.test(char)) {
      at += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close', at });
      at += 1;
    } else if (char === '"') {
      const [text, next] = readQuoted(at);
      tokens.push({ kind: 'phrase', text, at });
      at = next;
    } else if (char === '-' && /[\p{L}\p{N}"(]/u.test(input[at + 1] ?? '') && (at === 0 || /[\s(]/.test(input[at - 1] ?? ''))) {
      tokens.push({ kind: 'minus', at });
      at += 1;
    } else {
      RUN.lastIndex = at;
      const run = RUN.exec(input)?.[0] ?? '';
      const field = /^([a-zA-Z]+):(?!\/\/)/.exec(run)?.[1];
      if (field) {
        at = readFilter(field, at, at + field.length + 1);
      } else {
        const upper = run.toUpperCase();
        tokens.push(run === upper && (upper === 'AND' || upper === 'OR' || upper === 'NOT') ? { kind: upper === 'AND' ? 'and' : upper === 'OR' ? 'or' : 'not', at } : { kind: 'word', text: run, at });
        at += run.length;
      }
    }
  }
  return tokens;
}

/** Recursive descent over the tokens: OR binds loosest, then AND (written or implied), then NOT / -. */
class Parser {
  private index = 0;
  readonly filters: SearchFilter[] = [];

  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  parse(): TextExpression | null {
    const expression = this.parseOr(0);
    const extra = this.tokens[this.index];
    if (extra) {
      throw new SearchSyntaxError(extra.kind === 'close' ? 'a ")" has no "(" before it' : 'unexpected text', extra.at);
    }
    return expression;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private parseOr(depth: number): TextExpression | null {
    const operands: (TextExpression | null)[] = [this.parseAnd(depth, false)];
    while (this.peek()?.kind === 'or') {
      const or = this.tokens[this.index++];
      const right = this.parseAnd(depth, true);
      if (!right || !operands.at(-1)) {
        throw new SearchSyntaxError('OR needs text on both sides (field filters combine with AND only)', or?.at ?? this.length);
      }
      operands.push(right);
    }
    const present = operands.filter((operand): operand is TextExpression => operand !== null);
    return present.length === 0 ? null : present.length === 1 ? (present[0] ?? null) : { type: 'or', operands: present };
  }

  private parseAnd(depth: number, inOr: boolean): TextExpression | null {
    const operands: TextExpression[] = [];
    for (;;) {
      const token = this.peek();
      if (!token || token.kind === 'or' || token.kind === 'close') {
        break;
      }
      if (token.kind === 'and') {
        this.index += 1;
        if (!this.peek() || this.peek()?.kind === 'or' || this.peek()?.kind === 'close') {
          throw new SearchSyntaxError('AND needs text after it', token.at);
        }
        continue;
      }
      const operand = this.parseUnary(depth, inOr);
      if (operand) {
        operands.push(operand);
      }
    }
    return operands.length === 0 ? null : operands.length === 1 ? (operands[0] ?? null) : { type: 'and', operands };
  }

  private parseUnary(depth: number, inOr: boolean): TextExpression | null {
    const token = this.tokens[this.index++];
    if (!token) {
      throw new SearchSyntaxError('the query ends too early', this.length);
    }
    if (token.kind === 'not' || token.kind === 'minus') {
      const next = this.peek();
      if (next?.kind === 'filter') {
        this.index += 1;
        this.addFilter(next, true, depth, inOr);
        return null;
      }
      const operand = this.parseUnary(depth, inOr);
      if (!operand) {
        throw new SearchSyntaxError(`${token.kind === 'not' ? 'NOT' : '-'} needs a word, a phrase or a group after it`, token.at);
      }
      return { type: 'not', operand };
    }
    switch (token.kind) {
      case 'word': {
        const words = lexemes(token.text);
        return words.length === 1 ? { type: 'word', text: words[0] ?? '' } : { type: 'phrase', words };
      }
      case 'phrase': {
        const words = lexemes(token.text);
        if (words.length === 0) {
          throw new SearchSyntaxError('an empty phrase', token.at);
        }
        return words.length === 1 ? { type: 'word', text: words[0] ?? '' } : { type: 'phrase', words };
      }
      case 'filter':
        this.addFilter(token, false, depth, inOr);
        return null;
      case 'open': {
        const inner = this.parseOr(depth + 1);
        const close = this.tokens[this.index++];
        if (close?.kind !== 'close') {
          throw new SearchSyntaxError('a "(" is not closed', token.at);
        }
        if (!inner) {
          throw new SearchSyntaxError('empty parentheses', token.at);
        }
        return inner;
      }
      default:
        throw new SearchSyntaxError(token.kind === 'close' ? 'a ")" has no "(" before it' : `${token.kind.toUpperCase()} needs text before it`, token.at);
    }
  }

  private addFilter(token: Extract<Token, { kind: 'filter' }>, negated: boolean, depth: number, inOr: boolean) {
    if (depth > 0 || inOr || this.peek()?.kind === 'or') {
      throw new SearchSyntaxError(`${token.field}: field filters combine with AND only, outside parentheses`, token.at);
    }
    if (token.field === 'available' && !/^\d{4}-\d{2}-\d{2}$/.test(token.value)) {
      throw new SearchSyntaxError('available: needs a date as YYYY-MM-DD, e.g. available:<2026-12-01', token.at);
    }
    if (token.comparison !== '=' && token.field !== 'available') {
      throw new SearchSyntaxError(`${token.field}: takes no < or >`, token.at);
    }
    this.filters.push({ field: token.field, comparison: token.comparison, value: token.value, negated });
  }
}

export function parseSearch(input: string): ParsedSearch {
  if (input.length > MAX_LENGTH) {
    throw new SearchSyntaxError(`a query is at most ${MAX_LENGTH} characters`, MAX_LENGTH);
  }
  const parser = new Parser(tokenize(input), input.length);
  const text = parser.parse();
  return { text, filters: parser.filters };
}

const quote = (lexeme: string) => `'${lexeme.replace(/'/g, "''")}'`;

/**
 * The expression as `to_tsquery('simple', …)` input: words match as prefixes while typing (`java:*`), phrases in order
 * (`<->`). Lexemes are quoted, so nothing a person types is read as tsquery syntax.
 */
export function toTsQuery(expression: TextExpression): string {
  switch (expression.type) {
    case 'word':
      return `${quote(expression.text)}:*`;
    case 'phrase':
      return `(${expression.words.map(quote).join(' <-> ')})`;
    case 'not':
      return `!${toTsQuery(expression.operand)}`;
    case 'and':
    case 'or':
      return `(${expression.operands.map(toTsQuery).join(expression.type === 'and' ? ' & ' : ' | ')})`;
  }
}

/**
 * What a match is shown by: the words and phrases the expression asks for (NOT parts left out), any of them, for
 * highlighting and for naming the fields that matched. Null when it asks for nothing positive ("-java").
 */
export function positiveTerms(expression: TextExpression): TextExpression | null {
  switch (expression.type) {
    case 'word':
    case 'phrase':
      return expression;
    case 'not':
      return null;
    case 'and':
    case 'or': {
      const operands = expression.operands.map(positiveTerms).filter((operand): operand is TextExpression => operand !== null);
      return operands.length === 0 ? null : operands.length === 1 ? (operands[0] ?? null) : { type: 'or', operands };
    }
  }
}
