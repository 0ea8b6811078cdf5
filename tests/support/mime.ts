export type MailAttachmentPart = { fileName: string; contentType: string; bytes: Buffer };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const decodeQuotedPrintable = (body: string) =>
  Buffer.from(
    body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );

/**
 * The attachments of a raw MIME message as received over SMTP: file name (Content-Disposition), type with its
 * parameters but the name (`text/calendar; method=REQUEST`), and the decoded bytes (base64 or quoted-printable).
 */
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
    const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    return [
      {
        fileName: /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1] ?? '',
        contentType: /Content-Type:\s*([^\r\n]+?)(?:;\s*name=.*)?$/im.exec(headers)?.[1]?.trim() ?? '',
        bytes: encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : Buffer.from(body),
      },
    ];
  });
}
