import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors';
import { DOCUMENT_MAX_BYTES } from '../../shared/documents';
import { type TUploadFields, ZUploadFields } from './schema';

export type ReceivedUpload = TUploadFields & { fileName: string; bytes: Buffer };

const fieldError = (code: 'validation' | 'payload_too_large', path: string, message: string) => new AppError(code, `${path}: ${message}`, { fields: [{ path, message }] });

const hasCode = (error: unknown, code: string): boolean => typeof error === 'object' && error !== null && 'code' in error && error.code === code;

/** A plain file name: no folders, no control characters, at most 200 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200);
  return clean || 'document';
}

/**
 * Reads the multipart upload: one `file` part (at most 10 MiB → 413) and the `kind` field. The Zod type provider
 * cannot see multipart bodies, so the parts are checked here and a bad one answers 400 naming it.
 */
export async function readUpload(request: FastifyRequest): Promise<ReceivedUpload> {
  if (!request.isMultipart()) {
    throw fieldError('validation', 'file', 'send the document as multipart/form-data with a `file` part');
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string; bytes: Buffer } | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 5, fieldSize: 1000 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          await part.toBuffer();
          throw fieldError('validation', part.fieldname, 'unexpected file; send the document as `file`');
        }
        file = { fileName: cleanFileName(part.filename), bytes: await part.toBuffer() };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (hasCode(error, 'FST_REQ_FILE_TOO_LARGE')) {
      throw fieldError('payload_too_large', 'file', `larger than the limit of ${DOCUMENT_MAX_BYTES / 1024 / 1024} MiB`);
    }
    if (hasCode(error, 'FST_FILES_LIMIT')) {
      throw fieldError('validation', 'file', 'send one file per upload');
    }
    throw error;
  }
  if (!file || file.bytes.length === 0) {
    throw fieldError('validation', 'file', 'required: a non-empty file');
  }
  const parsed = ZUploadFields.safeParse(fields);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message }));
    throw new AppError('validation', issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), { fields: issues });
  }
  return { ...parsed.data, ...file };
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
