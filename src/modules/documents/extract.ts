import { and, eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Database } from '../../db/client';
import { candidateDocuments } from '../../db/schema';
import type { JobHandler } from '../../platform/jobs/queue';
import { DOCUMENT_MEDIA_TYPES } from '../../shared/documents';
import { readStoredFile } from './files';

/** The text of a stored document by its media type; PDF through unpdf, DOCX through mammoth, text as is. */
export async function extractDocumentText(mediaType: string, bytes: Buffer): Promise<string> {
  switch (mediaType) {
    case DOCUMENT_MEDIA_TYPES.pdf: {
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      const { text } = await extractText(pdf, { mergePages: true });
      return text;
    }
    case DOCUMENT_MEDIA_TYPES.docx:
      return (await mammoth.extractRawText({ buffer: bytes })).value;
    case DOCUMENT_MEDIA_TYPES.txt:
      return bytes.toString('utf8');
    default:
      throw new Error(`no text extractor for ${mediaType}`);
  }
}

/**
 * The `documents.extract` job: reads the stored file and keeps its text. A file that cannot be read as its type is
 * marked `failed` at once (retrying would not help); a missing row (deleted since) is nothing to do.
 */
export function extractDocumentHandler(database: Database, dataDir: string): JobHandler<'documents.extract'> {
  return async ({ agencyId, documentId }) => {
    const { db } = database;
    const where = and(eq(candidateDocuments.agencyId, agencyId), eq(candidateDocuments.id, documentId));
    const [document] = await db.select().from(candidateDocuments).where(where);
    if (!document) {
      return;
    }
    const bytes = await readStoredFile(dataDir, document.storageKey);
    let text: string;
    try {
      text = (await extractDocumentText(document.mediaType, bytes)).replaceAll('\u0000', '').trim();
    } catch {
      await db.update(candidateDocuments).set({ extractionStatus: 'failed' }).where(where);
      return;
    }
    await db.update(candidateDocuments).set({ text, extractionStatus: 'done' }).where(where);
  };
}
