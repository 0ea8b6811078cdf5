import { AppError } from './errors';

type PgErrorLike = { code?: unknown; constraint?: unknown; detail?: unknown; column?: unknown };

function pgErrorOf(error: unknown): PgErrorLike | undefined {
  // drizzle 0.45 wraps driver errors in DrizzleQueryError; the driver's error is its cause.
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth += 1) {
    const candidate = current as PgErrorLike & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return candidate;
    }
    current = candidate.cause;
  }
  return undefined;
}

/** Maps a constraint name like `users_email_unique` to the field it guards (`email`). */
function fieldOfConstraint(constraint: string): string {
  const match = /^[a-z]+?_(.+?)_(unique|fk|key|check|idx)$/.exec(constraint);
  const field = match?.[1] ?? constraint;
  return field.replace(/^agency_id_/, '').replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** Unique and foreign-key violations become 409 / 422 naming the field; anything else is left alone. */
export function appErrorFromDatabase(error: unknown): AppError | undefined {
  const pg = pgErrorOf(error);
  if (!pg) {
    return undefined;
  }
  const constraint = typeof pg.constraint === 'string' ? pg.constraint : '';
  const field = constraint ? fieldOfConstraint(constraint) : 'record';
  switch (pg.code) {
    case '23505':
      return new AppError('conflict', `${field}: already exists`, { fields: [{ path: field, message: 'already exists' }] });
    case '23503':
      return new AppError('rule_violation', `${field}: refers to a record that does not exist`, {
        fields: [{ path: field, message: 'refers to a record that does not exist' }],
      });
    case '23514':
      return new AppError('rule_violation', `${field}: value not allowed`, { fields: [{ path: field, message: 'value not allowed' }] });
    case '22P02':
    case '22007':
    case '22008':
      return new AppError('validation', 'A value has the wrong format', { fields: [{ path: field, message: 'wrong format' }] });
    case '40001':
    case '40P01':
      return new AppError('conflict', 'The record was changed at the same time by another request; try again');
    default:
      return undefined;
  }
}
