import { type SQL, and, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** A person's name as labels and lists show it, "first last", computed in SQL (`T` is `string | null` on a left join). */
export const personName = <T extends string | null = string>(person: { firstName: AnyPgColumn; lastName: AnyPgColumn }): SQL<NoInfer<T>> =>
  sql<T>`${person.firstName} || ' ' || ${person.lastName}`;

/**
 * `lower(name)` starts with the text: a range on the (agency_id, lower(name), id) index, kept exact by starts_with
 * (the range alone is right in C collations, the check keeps it right in any other).
 */
export function namePrefix(expression: SQL<string>, text: string): SQL {
  const prefix = text.toLowerCase();
  return sql`(${expression} >= ${prefix} AND ${expression} < ${`${prefix}\u{10FFFF}`} AND starts_with(${expression}, ${prefix}))`;
}

/**
 * A person's name as typed in a search box, on b-tree indexes of lower(first name) and lower(last name): one word is a
 * prefix of either; "ann sm" is a first-name prefix with a last-name prefix (or a last name with a space).
 */
export function personNamePrefix(lowerFirst: SQL<string>, lowerLast: SQL<string>, q: string): SQL | undefined {
  const [first, ...rest] = q.trim().split(/\s+/);
  if (!first) {
    return undefined;
  }
  if (rest.length === 0) {
    return or(namePrefix(lowerFirst, first), namePrefix(lowerLast, first));
  }
  return or(and(namePrefix(lowerFirst, first), namePrefix(lowerLast, rest.join(' '))), namePrefix(lowerLast, q.trim()));
}
