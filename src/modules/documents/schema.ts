import { z } from 'zod';
import { DOCUMENT_KINDS, EXTRACTION_STATUSES } from '../../shared/documents';

export const ZDocumentKind = z.enum(DOCUMENT_KINDS);

export const ZDocumentAbilities = z.object({ makeCurrent: z.boolean(), delete: z.boolean() }).meta({ id: 'CandidateDocumentAbilities' });

export const ZDocument = z
  .object({
    id: z.uuid(),
    candidateId: z.uuid(),
    kind: ZDocumentKind,
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    isCurrentCv: z.boolean(),
    extractionStatus: z.enum(EXTRACTION_STATUSES),
    text: z.string().nullable().meta({ description: 'The extracted text, once `extractionStatus` is `done`' }),
    uploadedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    downloadUrl: z.string(),
    createdAt: z.iso.datetime(),
    version: z.number().int(),
    abilities: ZDocumentAbilities,
  })
  .meta({ id: 'CandidateDocument' });

export const ZDocumentRecord = z.object({ data: ZDocument, abilities: ZDocumentAbilities });
export const ZDocumentList = z.object({
  data: z.array(ZDocument).meta({ description: 'Newest first; every CV version is kept, the current one has `isCurrentCv`' }),
  abilities: z.object({ upload: z.boolean() }),
});

/** The multipart fields besides the file; validated by hand (the Zod provider does not parse multipart). */
export const ZUploadFields = z.object({ kind: ZDocumentKind.default('cv') });
export type TUploadFields = z.infer<typeof ZUploadFields>;

const UPLOAD_DESCRIPTION =
  'multipart/form-data with a `file` part (PDF, DOCX or UTF-8 text, at most 10 MiB; the type is read from the content) and a `kind` field: `cv` (default), `cover_letter` or `other`.';

/**
 * The multipart body as the OpenAPI document shows it. Fastify never parses multipart into `body` (the parts are
 * streamed and checked in `readUpload`), so everything here is optional and validation passes through to the handler.
 */
export const ZUploadBodyDoc = z
  .object({
    file: z.any().meta({ type: 'string', format: 'binary', description: 'The document' }).optional(),
    kind: ZDocumentKind.optional(),
  })
  .nullish()
  .meta({ description: UPLOAD_DESCRIPTION });
export const UPLOAD_BODY_DOC = { description: UPLOAD_DESCRIPTION };

export const ZCvSuggestions = z.object({
  data: z
    .object({
      firstName: z.string().optional(),
      lastName: z.string().optional(),
      emails: z.array(z.string()),
      phones: z.array(z.string()).meta({ description: 'E.164 where the number is valid, else as found' }),
      skills: z.array(z.string()),
      text: z.string().meta({ description: 'The first 2,000 characters of the extracted text' }),
    })
    .meta({ id: 'CvSuggestions' }),
});
