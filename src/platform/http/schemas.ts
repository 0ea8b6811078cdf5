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
      related: z
        .array(
          z.object({
            type: z.string(),
            id: z.string(),
            label: z.string(),
            rule: z.string().optional().meta({ description: 'In a batch refusal: the rule that refuses this record' }),
            reason: z.string().optional(),
            blockedBy: z.object({ type: z.string(), id: z.string(), label: z.string() }).optional().meta({ description: 'The record that blocks it (e.g. an invoice)' }),
          }),
        )
        .optional(),
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

/** Money and dates in request bodies, the same wherever terms are taken (jobs, offers, placements). */
export const ZMinor = z.number().int().min(0).max(1e13);
/** Three capital letters; organizations' ZCurrency also requires a currency that Intl knows. */
export const ZCurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as GBP');
export const ZDate = z.iso.date();
/** A percentage fee in basis points (2000 = 20 %). */
export const ZFeeBp = z.number().int().min(0).max(10_000);

/** Reports cross-field problems, each naming its field, as issues of the body being refined. */
export function addIssues(ctx: z.RefinementCtx, problems: readonly { path: string; message: string }[]): void {
  for (const problem of problems) {
    ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  }
}
