import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES } from '../../src/shared/documents';
import { buildCandidate } from '../factories/candidates';
import { elfBytes, makeDocx, makePdf, plainZip, uploadDocument } from '../factories/documents';
import { createTestAgency } from '../support/agency';
import { rowCounts } from '../support/row-counts';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency({ FILLRATE_DATA_DIR: `/tmp/fillrate-test-docs-${process.pid}` });

type DocumentBody = { id: string; kind: string; isCurrentCv: boolean; extractionStatus: string; text: string | null; fileName: string; mediaType: string; sizeBytes: number };

async function listDocuments(candidateId: string, as = ctx.agency.as.recruiter) {
  const answer = await as.get(`/api/candidates/${candidateId}/documents`);
  expect(answer.status).toBe(200);
  return answer.body as { data: DocumentBody[]; abilities: { upload: boolean } };
}

describe('candidate documents', () => {
  it('a real PDF and DOCX are uploaded, their text is extracted in the background and holds their words', async () => {
    const recruiter = ctx.agency.as.recruiter;
    const candidate = (await buildCandidate(recruiter)).data;
    const pdf = await makePdf('Experienced forklift driver, fluent in Quetzalcoatlus logistics.');
    const uploaded = await uploadDocument(ctx.t.app, recruiter, candidate.id, { fileName: 'cv.pdf', bytes: pdf, contentType: 'application/pdf' });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.data).toMatchObject({ kind: 'cv', isCurrentCv: true, extractionStatus: 'pending', mediaType: 'application/pdf', sizeBytes: pdf.length, fileName: 'cv.pdf' });
    const docx = makeDocx('Cover letter mentioning Zanzibarite welding.');
    const letter = await uploadDocument(ctx.t.app, recruiter, candidate.id, { fileName: 'letter.docx', bytes: docx }, 'cover_letter');
    expect(letter.status).toBe(201);
    expect(letter.body.data).toMatchObject({ kind: 'cover_letter', isCurrentCv: false, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const notes = await uploadDocument(ctx.t.app, recruiter, candidate.id, { fileName: 'notes.txt', bytes: Buffer.from('Speaks Esperanto — très bien') }, 'other');
    expect(notes.status).toBe(201);

    expect(await ctx.t.runJobs()).toBeGreaterThanOrEqual(3);
    const byId = new Map((await listDocuments(candidate.id)).data.map((d) => [d.id, d]));
    expect(byId.get(uploaded.body.data.id)).toMatchObject({ extractionStatus: 'done', text: expect.stringContaining('Quetzalcoatlus') });
    expect(byId.get(letter.body.data.id)).toMatchObject({ extractionStatus: 'done', text: expect.stringContaining('Zanzibarite') });
    expect(byId.get(notes.body.data.id)).toMatchObject({ extractionStatus: 'done', text: 'Speaks Esperanto — très bien' });

    const download = await ctx.t.app.inject({ method: 'GET', url: `/api/documents/${uploaded.body.data.id}/download`, headers: { cookie: recruiter.cookie } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="cv.pdf"/);
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);
  });

  it('a disguised file (an executable or a zip named cv.pdf) answers 415 naming `file`, and nothing is stored', async () => {
    const candidate = (await buildCandidate(ctx.agency.as.recruiter)).data;
    const before = await rowCounts(ctx.t);
    const filesDir = join(ctx.t.config.dataDir, 'files', ctx.agency.id);
    const filesBefore = existsSync(filesDir) ? readdirSync(filesDir).length : 0;
    for (const bytes of [elfBytes(), Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), plainZip(), Buffer.from([0x41, 0, 0x42])]) {
      const answer = await uploadDocument(ctx.t.app, ctx.agency.as.recruiter, candidate.id, { fileName: 'cv.pdf', bytes, contentType: 'application/pdf' });
      expect(answer.status).toBe(415);
      expect(answer.body.error).toMatchObject({ code: 'unsupported_media_type', fields: [{ path: 'file', message: expect.any(String) }] });
    }
    expect(await rowCounts(ctx.t)).toEqual(before);
    expect(existsSync(filesDir) ? readdirSync(filesDir).length : 0).toBe(filesBefore);
  });

  it('a file over 10 MiB answers 413 naming `file`; a missing file or a bad kind answers 400 naming the field', async () => {
    const candidate = (await buildCandidate(ctx.agency.as.recruiter)).data;
    const before = await rowCounts(ctx.t);
    const big = await uploadDocument(ctx.t.app, ctx.agency.as.recruiter, candidate.id, { fileName: 'big.txt', bytes: Buffer.alloc(DOCUMENT_MAX_BYTES + 1, 0x61) });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ code: 'payload_too_large', fields: [{ path: 'file' }] });
    expect(await rowCounts(ctx.t)).toEqual(before);
    // Past the 1 MiB JSON body limit but within the document limit: accepted.
    const sizable = await uploadDocument(ctx.t.app, ctx.agency.as.recruiter, candidate.id, { fileName: 'long.txt', bytes: Buffer.alloc(3 * 1024 * 1024, 0x62) }, 'other');
    expect(sizable.status).toBe(201);
    const afterSizable = await rowCounts(ctx.t);
    const badKind = await uploadDocument(ctx.t.app, ctx.agency.as.recruiter, candidate.id, { fileName: 'a.txt', bytes: Buffer.from('hello') }, 'passport');
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.fields).toEqual([{ path: 'kind', message: expect.any(String) }]);
    const json = await ctx.agency.as.recruiter.post(`/api/candidates/${candidate.id}/documents`, {});
    expect(json.status).toBe(400);
    expect(json.body.error.fields).toEqual([{ path: 'file', message: expect.any(String) }]);
    expect(await rowCounts(ctx.t)).toEqual(afterSizable);
  });

  it('a new CV becomes current and the previous one stays as a version; an older one can be made current again', async () => {
    const recruiter = ctx.agency.as.recruiter;
    const candidate = (await buildCandidate(recruiter)).data;
    const first = await uploadDocument(ctx.t.app, recruiter, candidate.id, { fileName: 'cv-2024.txt', bytes: Buffer.from('CV version one') });
    const second = await uploadDocument(ctx.t.app, recruiter, candidate.id, { fileName: 'cv-2026.txt', bytes: Buffer.from('CV version two') });
    const current = (await listDocuments(candidate.id)).data.filter((d) => d.isCurrentCv).map((d) => d.id);
    expect(current).toEqual([second.body.data.id]);
    expect((await listDocuments(candidate.id)).data).toHaveLength(2);

    const made = await recruiter.post(`/api/documents/${first.body.data.id}/current`);
    expect(made.status).toBe(200);
    expect(made.body.data).toMatchObject({ isCurrentCv: true });
    expect((await listDocuments(candidate.id)).data.filter((d) => d.isCurrentCv).map((d) => d.id)).toEqual([first.body.data.id]);

    const letter = await uploadDocument(ctx.t.app, recruiter, candidate.id, { fileName: 'l.txt', bytes: Buffer.from('letter') }, 'cover_letter');
    expect((await recruiter.post(`/api/documents/${letter.body.data.id}/current`)).status).toBe(422);

    expect((await recruiter.delete(`/api/documents/${second.body.data.id}`)).status).toBe(204);
    expect((await listDocuments(candidate.id)).data.map((d) => d.id).sort()).toEqual([first.body.data.id, letter.body.data.id].sort());
  });

  it('the back office reads and downloads documents but may not upload, switch or delete them (403)', async () => {
    const candidate = (await buildCandidate(ctx.agency.as.recruiter)).data;
    const doc = await uploadDocument(ctx.t.app, ctx.agency.as.recruiter, candidate.id, { fileName: 'cv.txt', bytes: Buffer.from('back office reads this') });
    const backOffice = ctx.agency.as.back_office;
    const list = await listDocuments(candidate.id, backOffice);
    expect(list.abilities).toEqual({ upload: false });
    expect(list.data[0]).toMatchObject({ abilities: { makeCurrent: false, delete: false } });
    expect((await ctx.t.app.inject({ method: 'GET', url: `/api/documents/${doc.body.data.id}/download`, headers: { cookie: backOffice.cookie } })).statusCode).toBe(200);
    const upload = await uploadDocument(ctx.t.app, backOffice, candidate.id, { fileName: 'cv.txt', bytes: Buffer.from('nope') });
    expect(upload.status).toBe(403);
    expect((await backOffice.delete(`/api/documents/${doc.body.data.id}`)).status).toBe(403);
  });

  it("another agency's candidate and documents answer 404: no listing, no download, no upload", async () => {
    const theirs = await createTestAgency(ctx.t);
    const candidate = (await buildCandidate(theirs.as.recruiter)).data;
    const doc = await uploadDocument(ctx.t.app, theirs.as.recruiter, candidate.id, { fileName: 'secret.txt', bytes: Buffer.from('their secret CV') });
    expect(doc.status).toBe(201);
    const me = ctx.agency.as.admin;
    expect((await me.get(`/api/candidates/${candidate.id}/documents`)).status).toBe(404);
    expect((await ctx.t.app.inject({ method: 'GET', url: `/api/documents/${doc.body.data.id}/download`, headers: { cookie: me.cookie } })).statusCode).toBe(404);
    expect((await uploadDocument(ctx.t.app, me, candidate.id, { fileName: 'x.txt', bytes: Buffer.from('x') })).status).toBe(404);
    expect((await me.post(`/api/documents/${doc.body.data.id}/current`)).status).toBe(404);
    expect((await me.delete(`/api/documents/${doc.body.data.id}`)).status).toBe(404);
  });
});
