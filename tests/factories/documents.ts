import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { strToU8, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';

/** A real one-page PDF made with pdfkit, holding `text`. */
export function makePdf(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.fontSize(14).text(text);
    pdf.end();
  });
}

/** A minimal valid .docx (a zip of [Content_Types].xml, _rels/.rels and word/document.xml) holding `text`. */
export function makeDocx(text: string): Buffer {
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
  return Buffer.from(zipSync({ '[Content_Types].xml': strToU8(contentTypes), '_rels/.rels': strToU8(rels), 'word/document.xml': strToU8(document) }));
}

/** A zip that is not a Word document. */
export const plainZip = (): Buffer => Buffer.from(zipSync({ 'setup.exe': strToU8('MZ not really') }));

/** The start of a Linux executable: what a disguised upload looks like. */
export const elfBytes = (): Buffer => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(256)]);

export type UploadPart = { name: string; value: string } | { name: string; fileName: string; bytes: Buffer; contentType?: string };

/** A multipart/form-data body and its content type. */
export function multipartBody(parts: UploadPart[]): { payload: Buffer; contentType: string } {
  const boundary = `----fillrate${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('bytes' in part) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`));
      chunks.push(part.bytes, Buffer.from('\r\n'));
    } else {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export type Uploader = { cookie: string; csrfToken: string };

/** Uploads through the API as a signed-in user; answers status and parsed body. */
export async function uploadDocument(app: FastifyInstance, as: Uploader, candidateId: string, file: { fileName: string; bytes: Buffer; contentType?: string }, kind?: string) {
  const parts: UploadPart[] = kind ? [{ name: 'kind', value: kind }] : [];
  parts.push({ name: 'file', ...file });
  const { payload, contentType } = multipartBody(parts);
  const response = await app.inject({ method: 'POST', url: `/api/candidates/${candidateId}/documents`, payload, headers: { 'content-type': contentType, cookie: as.cookie, 'x-csrf-token': as.csrfToken } });
  return { status: response.statusCode, body: response.json() };
}
