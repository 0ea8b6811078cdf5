import { describe, expect, it } from 'vitest';
import { appErrorFromDatabase } from '../../../src/platform/db-errors';
import { AppError, STATUS, assertVerdict, verdictError } from '../../../src/platform/errors';

describe('errors', () => {
  it('every code maps to its documented status', () => {
    expect(STATUS).toEqual({
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
    });
  });

  it('a rule refusal carries its rule and the records that block it', () => {
    const error = new AppError('rule_violation', 'An issued invoice holds this fee', { rule: 'B12', related: [{ type: 'invoice', id: 'i1', label: 'INV-2026-0007' }] });
    expect(error.status).toBe(422);
    expect(error.toBody()).toEqual({ error: { code: 'rule_violation', message: 'An issued invoice holds this fee', rule: 'B12', related: [{ type: 'invoice', id: 'i1', label: 'INV-2026-0007' }] } });
  });

  it('a refused verdict answers 422 with its rule and the field to fix, 409 when it is a conflict; an allowed one passes', () => {
    expect(verdictError({ rule: 'placement.start_required', message: 'A temporary placement needs a start date', field: 'startOn' }).toBody()).toEqual({
      error: { code: 'rule_violation', message: 'A temporary placement needs a start date', rule: 'placement.start_required', fields: [{ path: 'startOn', message: 'A temporary placement needs a start date' }] },
    });
    expect(verdictError({ rule: 'interview.times', message: 'must be after the start', field: 'endsAt' }, { fieldInMessage: true }).message).toBe('endsAt: must be after the start');
    const related = [{ type: 'offer', id: 'o1', label: 'The draft offer' }];
    const conflict = verdictError({ rule: 'offer.exists', message: 'The candidate already has a draft offer on this job', conflict: true }, { related });
    expect(conflict.status).toBe(409);
    expect(conflict.extra).toEqual({ rule: 'offer.exists', related });
    expect(() => assertVerdict({ ok: true })).not.toThrow();
    expect(() => assertVerdict({ ok: false, rule: 'pipeline.same_stage', message: 'The candidate is already in that stage' })).toThrow(AppError);
  });

  it('unwraps database errors from their cause: unique → 409 naming the field, foreign key → 422', () => {
    const unique = appErrorFromDatabase({ message: 'Failed query', cause: { code: '23505', constraint: 'users_email_unique' } });
    expect(unique?.status).toBe(409);
    expect(unique?.extra.fields).toEqual([{ path: 'email', message: 'already exists' }]);
    const foreignKey = appErrorFromDatabase({ cause: { code: '23503', constraint: 'sessions_user_fk' } });
    expect(foreignKey?.status).toBe(422);
    expect(foreignKey?.extra.fields?.[0]?.path).toBe('user');
    expect(appErrorFromDatabase(new Error('boom'))).toBeUndefined();
  });
});
