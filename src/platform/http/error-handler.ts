import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { appErrorFromDatabase } from '../db-errors';
import { AppError, type FieldError } from '../errors';

/** Fastify's own client errors (bad JSON, body too large, wrong content type) mapped to our codes. */
function fromFastifyError(error: FastifyError): AppError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('unsupported_media_type', 'Send the body as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('validation', 'body: expected a JSON object', { fields: [{ path: 'body', message: 'expected a JSON object' }] });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('validation', 'body: not valid JSON', { fields: [{ path: 'body', message: 'not valid JSON' }] });
    default:
      break;
  }
  if (error.code === 'FST_ERR_RATE_LIMIT_EXCEEDED' || error.statusCode === 429) {
    return new AppError('rate_limited', error.message || 'Too many requests; try again later');
  }
  if (error.statusCode === 415) {
    return new AppError('unsupported_media_type', error.message);
  }
  if (error.statusCode === 413) {
    return new AppError('payload_too_large', error.message);
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('validation', error.message);
  }
  return undefined;
}

function fromValidationError(error: unknown): AppError | undefined {
  if (!hasZodFastifySchemaValidationErrors(error)) {
    return undefined;
  }
  const where = error.validationContext ?? 'body';
  const fields: FieldError[] = error.validation.map((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || where;
    return { path, message: issue.message ?? 'invalid' };
  });
  const summary = fields.map((field) => `${field.path}: ${field.message}`).join('; ');
  return new AppError('validation', summary || 'The request is not valid', { fields });
}

/** The one place errors become responses: the documented body, no stack traces, 500s logged with the request id. */
export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError =
    error instanceof AppError
      ? error
      : (fromValidationError(error) ?? appErrorFromDatabase(error) ?? (isFastifyError(error) && !isResponseSerializationError(error) ? fromFastifyError(error) : undefined));
  if (appError) {
    return reply.status(appError.status).send(appError.toBody());
  }
  request.log.error({ err: error, requestId: request.id }, 'unexpected error');
  return reply.status(500).send({ error: { code: 'internal', message: `Something went wrong on our side (request ${request.id})` } });
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && 'code' in error;
}
