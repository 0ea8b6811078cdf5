import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCandidate } from '../factories/candidates';
import { elfBytes, makePdf, multipartBody } from '../factories/documents';
import { rowCounts } from '../support/row-counts';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency({ FILLRATE_DATA_DIR: `/tmp/fillrate-test-cv-${process.pid}` });

async function suggest(as: { cookie: string; csrfToken: string }, file: { fileName: string; bytes: Buffer; contentType?: string }) {
  const { payload, contentType } = multipartBody([{ name: 'file', ...file }]);
  const response = await ctx.t.app.inject({ method: 'POST', url: '/api/candidates/cv-suggestions', payload, headers: { 'content-type': contentType, cookie: as.cookie, 'x-csrf-token': as.csrfToken } });
  return { status: response.statusCode, body: response.json() };
}

describe('CV suggestions', () => {
  it('a PDF CV suggests its name, email, UK phone and skills (vocabulary and the agency’s own), storing nothing', async () => {
    const word = `Zorbling${randomBytes(3).toString('hex')}`;
    // The agency already uses this skill, so a CV naming it suggests it.
    await buildCandidate(ctx.agency.as.recruiter, { skills: [{ name: `${word} welding` }] });
    const pdf = await makePdf(`Olivia Pemberton-Hart\nolivia.hart@mail.example\nMobile 07911 123456\nWarehouse lead: Forklift licence, ${word} welding.`);
    const before = await rowCounts(ctx.t);
    const answer = await suggest(ctx.agency.as.recruiter, { fileName: 'cv.pdf', bytes: pdf, contentType: 'application/pdf' });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({
      firstName: 'Olivia',
      lastName: 'Pemberton-Hart',
      emails: ['olivia.hart@mail.example'],
      phones: ['+447911123456'],
      skills: ['Forklift licence', `${word.toLowerCase()} welding`],
      text: expect.stringContaining('Warehouse lead'),
    });
    expect(await rowCounts(ctx.t)).toEqual(before);
  });

  it('a disguised file answers 415 naming `file`; the back office may not ask (403)', async () => {
    const disguised = await suggest(ctx.agency.as.recruiter, { fileName: 'cv.pdf', bytes: elfBytes(), contentType: 'application/pdf' });
    expect(disguised.status).toBe(415);
    expect(disguised.body.error).toMatchObject({ code: 'unsupported_media_type', fields: [{ path: 'file', message: expect.any(String) }] });
    const backOffice = await suggest(ctx.agency.as.back_office, { fileName: 'cv.txt', bytes: Buffer.from('Ann Lee') });
    expect(backOffice.status).toBe(403);
  });
});
