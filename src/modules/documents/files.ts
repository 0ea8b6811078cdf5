import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../platform/errors';
import { DOCUMENT_MEDIA_TYPES } from '../../shared/documents';

export type DetectedType = { mediaType: string; extension: 'pdf' | 'docx' | 'txt' };

const unsupported = () =>
  new AppError('unsupported_media_type', 'file: only PDF, DOCX and plain-text (UTF-8) documents are accepted', {
    fields: [{ path: 'file', message: 'only PDF, DOCX and plain-text (UTF-8) documents are accepted' }],
  });

/** Text without NULs that decodes as UTF-8: what a .txt upload must be. */
function isPlainText(bytes: Buffer): boolean {
  if (bytes.length === 0 || bytes.includes(0)) {
    return false;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The document's type read from its bytes, never its name; anything but PDF, DOCX or UTF-8 text answers 415. */
export async function detectDocumentType(bytes: Buffer): Promise<DetectedType> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.ext === 'pdf') {
    return { mediaType: DOCUMENT_MEDIA_TYPES.pdf, extension: 'pdf' };
  }
  if (detected?.ext === 'docx') {
    return { mediaType: DOCUMENT_MEDIA_TYPES.docx, extension: 'docx' };
  }
  if (!detected && isPlainText(bytes)) {
    return { mediaType: DOCUMENT_MEDIA_TYPES.txt, extension: 'txt' };
  }
  throw unsupported();
}

export const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** `files/<agency>/<sha256>`: the content names the file, so storing it again (a retry, a re-upload) changes nothing. */
export const storageKeyFor = (agencyId: string, sha256: string): string => join('files', agencyId, sha256);

/** Writes the bytes under the data directory (atomically, through a temporary name), unless they are already there. */
export async function storeFile(dataDir: string, storageKey: string, bytes: Buffer): Promise<void> {
  const path = join(dataDir, storageKey);
  const existing = await stat(path).catch(() => undefined);
  if (existing?.size === bytes.length) {
    return;
  }
  await mkdir(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

export const readStoredFile = (dataDir: string, storageKey: string): Promise<Buffer> => readFile(join(dataDir, storageKey));
