/** The one place API errors are parsed: `{"error":{"code","message","fields"?,"rule"?,"related"?}}` becomes an `ApiError`. */

export type FieldError = { path: string; message: string };
export type RecordRef = { type: string; id: string; label: string };
/** A record an error names; in a batch refusal, with the rule that refuses it, why, and the record that blocks it. */
export type RelatedRecord = RecordRef & { rule?: string; reason?: string; blockedBy?: RecordRef };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly rule: string | undefined;
  readonly related: RelatedRecord[];

  constructor(status: number, code: string, message: string, extra: { fields?: FieldError[]; rule?: string; related?: RelatedRecord[] } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = extra.fields ?? [];
    this.rule = extra.rule;
    this.related = extra.related ?? [];
  }

  get isConflict(): boolean {
    return this.status === 409;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function listOf<T>(value: unknown, parse: (item: Record<string, unknown>) => T | undefined): T[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((item) => {
    const parsed = isRecord(item) ? parse(item) : undefined;
    return parsed === undefined ? [] : [parsed];
  });
}

function recordRefOf(item: Record<string, unknown>): RecordRef | undefined {
  const type = stringOf(item.type);
  const id = stringOf(item.id);
  const label = stringOf(item.label);
  return type !== undefined && id !== undefined && label !== undefined ? { type, id, label } : undefined;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: 'You are signed out. Sign in again to continue.',
  403: 'You do not have access to this.',
  404: 'This was not found. It may have been removed.',
  409: 'This was changed by someone else since you opened it. Reload to see the changes.',
  429: 'Too many attempts. Wait a minute and try again.',
};

/** Turns a failed response (status and parsed body, if any) into an `ApiError`. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const message = stringOf(error?.message) ?? FALLBACK_MESSAGES[status] ?? `The server could not do this (HTTP ${status}).`;
  const fields = listOf(error?.fields, (item) => {
    const path = stringOf(item.path);
    const text = stringOf(item.message);
    return path !== undefined && text !== undefined ? { path, message: text } : undefined;
  });
  const related = listOf(error?.related, (item) => {
    const record = recordRefOf(item);
    if (!record) {
      return undefined;
    }
    const rule = stringOf(item.rule);
    const reason = stringOf(item.reason);
    const blockedBy = isRecord(item.blockedBy) ? recordRefOf(item.blockedBy) : undefined;
    return { ...record, ...(rule ? { rule } : {}), ...(reason ? { reason } : {}), ...(blockedBy ? { blockedBy } : {}) };
  });
  return new ApiError(status, stringOf(error?.code) ?? 'error', message, { fields, related, rule: stringOf(error?.rule) });
}

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Awaits an openapi-fetch call and returns its data, or throws the parsed `ApiError`. */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok || error !== undefined) {
    throw toApiError(response.status, error);
  }
  if (data === undefined) {
    throw new ApiError(response.status, 'empty', 'The server answered without a body.');
  }
  return data;
}

/** Awaits a call answered with 204 No Content (a removal): nothing to return, only a failure to throw. */
export async function expectNoContent(request: Promise<FetchResult<unknown>>): Promise<void> {
  const { error, response } = await request;
  if (!response.ok || error !== undefined) {
    throw toApiError(response.status, error);
  }
}

/** A message a person can read, for any error a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return error.message;
  }
  if (error instanceof TypeError) {
    return 'Could not reach the server. Check your connection and try again.';
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** Field errors by path (`{ email: 'is taken' }`), for forms. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) {
    return {};
  }
  return Object.fromEntries(error.fields.map((field) => [field.path, field.message]));
}

export const isApiError = (error: unknown, status?: number): error is ApiError => error instanceof ApiError && (status === undefined || error.status === status);
