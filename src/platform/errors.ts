export type AppErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rule_violation'
  | 'rate_limited'
  | 'internal';

export const STATUS = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rule_violation: 422,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<AppErrorCode, number>;

export type FieldError = { path: string; message: string };
export type RecordRef = { type: string; id: string; label: string };
/** A record named by an error; in a batch refusal, with the rule that refuses it and the record that blocks it. */
export type RelatedRecord = RecordRef & { rule?: string; reason?: string; blockedBy?: RecordRef };

export type AppErrorExtra = {
  fields?: FieldError[];
  rule?: string;
  related?: RelatedRecord[];
};

/** The one error type the app throws on purpose; the handler turns it into the documented body. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly extra: AppErrorExtra;

  constructor(code: AppErrorCode, message: string, extra: AppErrorExtra = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.extra = extra;
  }

  get status(): number {
    return STATUS[this.code];
  }

  toBody(): { error: { code: AppErrorCode; message: string } & AppErrorExtra } {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

export const notFound = (what: string): AppError => new AppError('not_found', `${what} not found`);

/** A domain rule's refusal: its rule id, a message, the field to fix when there is one, and whether it is a conflict. */
export type RuleRefusal = { rule: string; message: string; field?: string | undefined; conflict?: boolean | undefined };
/** What a domain check answers: allowed, or refused with the reason. */
export type RuleVerdict = { ok: true } | ({ ok: false } & RuleRefusal);

type RefusalOptions = {
  /** The records that block the change. */
  related?: RelatedRecord[];
  /** The message starts with the field (`endsAt: must be after the start`), for rules phrased about their field. */
  fieldInMessage?: boolean;
};

/** A refusal as the API answers it: 409 for a conflict, otherwise 422 naming the rule and the field to fix. */
export function verdictError(refusal: RuleRefusal, options: RefusalOptions = {}): AppError {
  const message = refusal.field && options.fieldInMessage ? `${refusal.field}: ${refusal.message}` : refusal.message;
  return new AppError(refusal.conflict ? 'conflict' : 'rule_violation', message, {
    rule: refusal.rule,
    ...(refusal.field ? { fields: [{ path: refusal.field, message: refusal.message }] } : {}),
    ...(options.related ? { related: options.related } : {}),
  });
}

/** Throws a refused verdict as `verdictError` answers it; an allowed one passes. */
export function assertVerdict(verdict: RuleVerdict, options?: RefusalOptions): void {
  if (!verdict.ok) {
    throw verdictError(verdict, options);
  }
}


export const staleVersion = (what: string, changedBy?: string): AppError =>
  new AppError('conflict', `This ${what} was changed by ${changedBy ?? 'someone else'} since you opened it; reload to see the changes`);
