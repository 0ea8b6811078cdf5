import { z } from 'zod';
import { LIMITS } from '../../shared/limits';

/** Response schemas shared by every route. */
export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      rule: z.string().optional(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      related: z.array(z.object({ type: z.string(), id: z.string(), label: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

export const ZIdParams = z.object({ id: z.uuid() });

/** `{ data, abilities }`, the envelope of one record. */
export const recordEnvelope = <T extends z.ZodType, A extends z.ZodType>(data: T, abilities: A) => z.object({ data, abilities });

/** `{ data: [...], nextCursor }`, the envelope of a list page. */
export const listEnvelope = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), nextCursor: z.string().nullable() });


/** Error responses every authenticated route may give, for the OpenAPI document. */
export const STAFF_ERRORS = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 422: ZErrorBody } as const;

export const ZEmail = z.email().max(LIMITS.emailLength).transform((email) => email.trim().toLowerCase());
export const ZName = z.string().trim().min(1).max(LIMITS.nameLength);
export const ZPassword = z.string().min(LIMITS.passwordMin, `at least ${LIMITS.passwordMin} characters`).max(LIMITS.passwordMax);
export const ZInstant = z.iso.datetime();
