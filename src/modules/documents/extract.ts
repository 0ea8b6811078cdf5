import { and, eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import type { Database } from '../../db/client';
import { candidateDocuments } from '../../db/schema';
import type { JobHandler } from '../../platform/jobs/queue';
import { DOCUMENT_MEDIA_TYPES } from '../../shared/documents';
import { readStoredFile } from './files';

/** A PDF's text through unpdf, keeping its line breaks (a CV's name is told by its line) and a blank line between pages. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  return pages.join('\n\n');
}

/** The text of a document by its media type; PDF through unpdf, DOCX through mammoth, text as is. */
export async function extractDocumentText(mediaType: string, bytes: Buffer): Promise<string> {
  switch (mediaType) {
    case DOCUMENT_MEDIA_TYPES.pdf: {
      return pdfText(bytes);
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
