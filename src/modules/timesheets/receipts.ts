import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import type { z } from 'zod';
import { AppError } from '../../platform/errors';
import { RECEIPT_MAX_BYTES, RECEIPT_MEDIA_TYPES } from '../../shared/timesheets';
import { sha256Of, storageKeyFor, storeFile } from '../documents/files';

export type ReceiptFile = { fileName: string; mediaType: string; storageKey: string };

const fieldError = (code: 'validation' | 'payload_too_large' | 'unsupported_media_type', path: string, message: string) => new AppError(code, `${path}: ${message}`, { fields: [{ path, message }] });
const hasCode = (error: unknown, code: string): boolean => typeof error === 'object' && error !== null && 'code' in error && error.code === code;

function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200);
  return clean || 'receipt';
}

/**
 * Reads a multipart expense form: text parts checked against `schema` (400 naming each bad one) and at most one
 * `receipt` file (5 MiB → 413). The Zod type provider cannot see multipart bodies, so they are checked here.
 */
export async function readExpenseForm<S extends z.ZodType>(request: FastifyRequest, schema: S): Promise<{ fields: z.infer<S>; file: { fileName: string; bytes: Buffer } | null }> {
  const raw: Record<string, string> = {};
  let file: { fileName: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: RECEIPT_MAX_BYTES, files: 1, fields: 10, fieldSize: 1000 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname !== 'receipt') {
          throw fieldError('validation', part.fieldname, 'unexpected file; send the receipt as `receipt`');
        }
        file = bytes.length > 0 ? { fileName: cleanFileName(part.filename), bytes } : null;
      } else if (typeof part.value === 'string') {
        raw[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (hasCode(error, 'FST_REQ_FILE_TOO_LARGE')) {
      throw fieldError('payload_too_large', 'receipt', `larger than the limit of ${RECEIPT_MAX_BYTES / 1024 / 1024} MiB`);
    }
    if (hasCode(error, 'FST_FILES_LIMIT')) {
      throw fieldError('validation', 'receipt', 'send one receipt');
    }
    throw error;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message }));
    throw new AppError('validation', issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), { fields: issues });
  }
  return { fields: parsed.data, file };
}

/** The receipt's type read from its bytes, never its name: PDF, JPEG, PNG or WebP, else 415. */
async function receiptMediaType(bytes: Buffer): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes);
  const ext = detected?.ext;
  if (ext === 'pdf' || ext === 'jpg' || ext === 'png' || ext === 'webp') {
    return RECEIPT_MEDIA_TYPES[ext];
  }
  throw fieldError('unsupported_media_type', 'receipt', 'only PDF, JPEG, PNG and WebP receipts are accepted');
}

/**
 * Checks and stores a receipt under the data directory by its content hash — before the transaction that records
 * it, so a retry or a rolled-back insert leaves nothing but a file the next upload of the same bytes reuses.
 */
export async function storeReceipt(dataDir: string, agencyId: string, file: { fileName: string; bytes: Buffer }): Promise<ReceiptFile> {
  const mediaType = await receiptMediaType(file.bytes);
  const storageKey = storageKeyFor(agencyId, sha256Of(file.bytes));
  await storeFile(dataDir, storageKey, file.bytes);
  return { fileName: file.fileName, mediaType, storageKey };
}
