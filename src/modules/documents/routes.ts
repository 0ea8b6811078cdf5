import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZErrorBody, ZIdParams } from '../../platform/http/schemas';
import { DOCUMENT_MAX_BYTES } from '../../shared/documents';
import { suggestFromCvText } from '../../domain/cv-suggestions';
import { getSetting } from '../../platform/settings';
import { SKILL_VOCABULARY } from '../../shared/skills';
import { getCandidateRow } from '../candidates/queries';
import { extractDocumentText } from './extract';
import { detectDocumentType, readStoredFile, sha256Of, storageKeyFor, storeFile } from './files';
import { documentPolicy } from './policy';
import { presentDocument, presentDocumentRecord } from './presenter';
import { commonSkillNames, getDocumentRow, getDocumentView, listCandidateDocuments } from './queries';
import { UPLOAD_BODY_DOC, ZCvSuggestions, ZDocumentList, ZDocumentRecord, ZUploadBodyDoc } from './schema';
import { addCandidateDocument, assertMayUpload, deleteCandidateDocument, makeCurrentCv } from './service';
import { attachmentHeader, readUpload } from './upload';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Candidate documents'];
const UPLOAD_ERRORS = { ...STAFF_ERRORS, 413: ZErrorBody, 415: ZErrorBody };

/** CVs, cover letters and other files of candidates: upload, versions, download, text extraction. */
export const documentsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, jobs, config }) => {
  const { db } = database;
  // Only this scope accepts multipart; the rest of the API stays JSON-only.
  await app.register(multipart, { limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1 } });

  app.post(
    '/api/candidates/:id/documents',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Upload a candidate document',
        description: `${UPLOAD_BODY_DOC.description} A new CV becomes the current one and the previous CV stays as a version. The text is extracted in the background (\`extractionStatus\`). Anything but PDF, DOCX or UTF-8 text answers 415, whatever its name; more than 10 MiB answers 413.`,
        consumes: ['multipart/form-data'],
        params: ZIdParams,
        body: ZUploadBodyDoc,
        response: { 201: ZDocumentRecord, ...UPLOAD_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      assertMayUpload(actor);
      const candidateId = request.params.id;
      await getCandidateRow(db, actor.agencyId, candidateId);
      const upload = await readUpload(request);
      const type = await detectDocumentType(upload.bytes);
      const sha256 = sha256Of(upload.bytes);
      const storageKey = storageKeyFor(actor.agencyId, sha256);
      // Written before the transaction: the name is the content's hash, so a retry or a rolled-back insert is harmless.
      await storeFile(config.dataDir, storageKey, upload.bytes);
      const document = await db.transaction((tx) =>
        addCandidateDocument({
          actor,
          tx,
          jobs,
          candidateId,
          upload: { kind: upload.kind, fileName: upload.fileName, mediaType: type.mediaType, sizeBytes: upload.bytes.length, sha256, storageKey },
        }),
      );
      return reply.status(201).send(presentDocumentRecord(actor, await getDocumentView(db, actor.agencyId, document.id)));
    },
  );

  app.post(
    '/api/candidates/cv-suggestions',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Suggest a new candidate from a CV',
        description: `${UPLOAD_BODY_DOC.description} The text is extracted at once and read for a name (the first short line of 2–4 capitalized words), emails, phones (E.164 where valid, read as the agency reads numbers) and skills (the skill vocabulary and the agency's most used skill names). Nothing is stored: the recruiter confirms the values and uploads the file to the new candidate. Same 413/415 answers as an upload.`,
        consumes: ['multipart/form-data'],
        body: ZUploadBodyDoc,
        response: { 200: ZCvSuggestions, ...UPLOAD_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      assertMayUpload(actor);
      const upload = await readUpload(request);
      const type = await detectDocumentType(upload.bytes);
      let text: string;
      try {
        text = await extractDocumentText(type.mediaType, upload.bytes);
      } catch {
        text = '';
      }
      const [phoneCountry, agencySkills] = await Promise.all([getSetting(db, actor.agencyId, 'agency.phoneCountry'), commonSkillNames(db, actor.agencyId)]);
      return { data: suggestFromCvText(text, { knownSkills: [...SKILL_VOCABULARY, ...agencySkills], phoneCountry }) };
    },
  );

  app.get(
    '/api/candidates/:id/documents',
    {
      config: readers,
      schema: { tags, summary: "A candidate's documents", description: 'Newest first, every CV version with the current one marked, each with its extracted text.', params: ZIdParams, response: { 200: ZDocumentList, ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      await getCandidateRow(db, actor.agencyId, request.params.id);
      const views = await listCandidateDocuments(db, actor.agencyId, request.params.id);
      return { data: views.map((view) => presentDocument(actor, view)), abilities: { upload: documentPolicy.canUpload(actor) } };
    },
  );

  app.get(
    '/api/documents/:id/download',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Download a candidate document',
        description: 'The stored bytes with their media type, as an attachment. Staff of the agency only.',
        params: ZIdParams,
        response: { 200: z.instanceof(Buffer).meta({ description: 'The file (its stored media type)' }), ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const document = await getDocumentRow(db, actor.agencyId, request.params.id);
      const bytes = await readStoredFile(config.dataDir, document.storageKey);
      return reply
        .header('content-type', document.mediaType)
        .header('content-disposition', attachmentHeader(document.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );

  app.post(
    '/api/documents/:id/current',
    {
      config: writers,
      schema: { tags, summary: 'Make this CV the current one', description: 'The previous current CV stays as a version. Only CVs (422 otherwise).', params: ZIdParams, response: { 200: ZDocumentRecord, ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => makeCurrentCv({ actor, tx, id: request.params.id }));
      return presentDocumentRecord(actor, await getDocumentView(db, actor.agencyId, request.params.id));
    },
  );

  app.delete(
    '/api/documents/:id',
    {
      config: writers,
      schema: { tags, summary: 'Delete a candidate document', description: 'Deleting the current CV leaves the candidate without one until another is made current.', params: ZIdParams, response: { 204: z.null().meta({ description: 'Deleted' }), ...STAFF_ERRORS } },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      await db.transaction((tx) => deleteCandidateDocument({ actor, tx, id: request.params.id }));
      return reply.status(204).send(null);
    },
  );
};
