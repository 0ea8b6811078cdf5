/** Candidate documents: kinds, extraction states and upload limits. Shared by server and web. */
export const DOCUMENT_KINDS = ['cv', 'cover_letter', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const EXTRACTION_STATUSES = ['pending', 'done', 'failed'] as const;
export type ExtractionStatus = (typeof EXTRACTION_STATUSES)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = { cv: 'CV', cover_letter: 'Cover letter', other: 'Other' };

/** The largest document accepted (10 MiB); the JSON body limit does not apply to uploads. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export const DOCUMENT_MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
} as const;
