export type MailAttachmentPart = { fileName: string; contentType: string; bytes: Buffer };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The attachments of a raw MIME message as received over SMTP: file name (Content-Disposition), type and decoded bytes. */
export function attachmentsOf(raw: string): MailAttachmentPart[] {
  const boundaries = [...raw.matchAll(/boundary="?([^";\r\n]+)"?/g)].flatMap((match) => (match[1] ? [escapeRegExp(match[1])] : []));
  if (boundaries.length === 0) {
    return [];
  }
  const parts = raw.split(new RegExp(`\\r?\\n--(?:${boundaries.join('|')})(?:--)?`));
  return parts.flatMap((part) => {
    const split = part.search(/\r?\n\r?\n/);
    const headers = part.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
    if (!/Content-Disposition:\s*attachment/i.test(headers)) {
      return [];
    }
    const body = part.slice(split).trim();
    return [
      {
        fileName: /filename="([^"]+)"/i.exec(headers)?.[1] ?? '',
        contentType: /Content-Type:\s*([^;\r\n]+)/i.exec(headers)?.[1]?.trim() ?? '',
        bytes: /Content-Transfer-Encoding:\s*base64/i.test(headers) ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : Buffer.from(body),
      },
    ];
  });
}
