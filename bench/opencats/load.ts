// Bulk-loads synthetic candidates into the OpenCATS peer: one `candidate` row each and, when there is résumé text,
// one `attachment` row (a candidate résumé, as OpenCATS stores the text it extracted from an upload).
import type { RowDataPacket } from 'mysql2/promise';
import { DATA_ITEM_CANDIDATE, OPENCATS_SITE_ID, type OpencatsDb } from './schema';

export type OpencatsCandidate = {
  id: number;
  firstName: string;
  middleName: string;
  lastName: string;
  phones: string[];
  emails: string[];
  keySkills: string;
  city: string;
  state: string;
  ownerId: number;
  createdAt: Date;
  modifiedAt: Date;
  resumeText: string;
};

const ROWS_PER_INSERT = 1000;
// A TEXT column holds 65,535 bytes; utf8 needs at most 3 per character. Longer text is cut as MySQL would outside
// strict mode, rather than failing a million-row load.
const TEXT_MAX_CHARS = Math.floor(65_535 / 3);

const CANDIDATE_COLUMNS = [
  'candidate_id', 'site_id', 'first_name', 'middle_name', 'last_name', 'phone_home', 'phone_cell', 'phone_work',
  'email1', 'email2', 'key_skills', 'city', 'state', 'entered_by', 'owner', 'date_created', 'date_modified',
  'is_active', 'is_admin_hidden',
].join(', ');

const ATTACHMENT_COLUMNS = [
  'data_item_id', 'data_item_type', 'site_id', 'title', 'original_filename', 'resume', 'text', 'date_created',
  'date_modified',
].join(', ');

// Phones fill OpenCATS's slots in order; quick search looks at the first two (home, cell).
const candidateRow = (c: OpencatsCandidate): unknown[] => [
  c.id, OPENCATS_SITE_ID, c.firstName, c.middleName, c.lastName, c.phones[0] ?? null, c.phones[1] ?? null,
  c.phones[2] ?? null, c.emails[0] ?? null, c.emails[1] ?? null, c.keySkills, c.city, c.state, c.ownerId, c.ownerId,
  c.createdAt, c.modifiedAt, 1, 0,
];

const attachmentRow = (c: OpencatsCandidate): unknown[] => [
  c.id, DATA_ITEM_CANDIDATE, OPENCATS_SITE_ID, 'Resume', `resume-${c.id}.pdf`, 1, c.resumeText.slice(0, TEXT_MAX_CHARS),
  c.createdAt, c.createdAt,
];

const approximateBytes = (row: unknown[]) =>
  row.reduce<number>((sum, value) => sum + (typeof value === 'string' ? Buffer.byteLength(value) * 2 : 24), 0);

/** Multi-row INSERTs of at most ROWS_PER_INSERT rows and about `maxBytes` of SQL (escaping can double a string). */
async function insertBatched(db: OpencatsDb, table: string, columns: string, rows: unknown[][], maxBytes: number) {
  let batch: unknown[][] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length > 0) {
      await db.connection.query(`INSERT INTO ${table} (${columns}) VALUES ?`, [batch]);
    }
    batch = [];
    batchBytes = 0;
  };
  for (const row of rows) {
    const rowBytes = approximateBytes(row);
    if (batch.length >= ROWS_PER_INSERT || (batch.length > 0 && batchBytes + rowBytes > maxBytes)) {
      await flush();
    }
    batch.push(row);
    batchBytes += rowBytes;
  }
  await flush();
}

/**
 * Streams candidate batches into `candidate` and `attachment` and returns how many candidates were loaded. Secondary
 * indexes are disabled during the load and rebuilt by sort at the end (MyISAM's bulk path, as mysqldump restores do).
 */
export async function loadOpencatsCandidates(
  db: OpencatsDb,
  rows: AsyncIterable<OpencatsCandidate[]>,
  onProgress?: (done: number) => void,
): Promise<number> {
  const [packet] = await db.connection.query<RowDataPacket[]>('SELECT @@max_allowed_packet AS bytes');
  // Half the server's packet limit leaves room for the statement text and any misestimate.
  const maxBytes = Math.floor(Number(packet[0]?.bytes ?? 4 * 1024 * 1024) / 2);
  await db.connection.query('ALTER TABLE candidate DISABLE KEYS');
  await db.connection.query('ALTER TABLE attachment DISABLE KEYS');
  let done = 0;
  for await (const candidates of rows) {
    await insertBatched(db, 'candidate', CANDIDATE_COLUMNS, candidates.map(candidateRow), maxBytes);
    const withResume = candidates.filter((c) => c.resumeText.length > 0);
    await insertBatched(db, 'attachment', ATTACHMENT_COLUMNS, withResume.map(attachmentRow), maxBytes);
    done += candidates.length;
    onProgress?.(done);
  }
  await db.connection.query('ALTER TABLE candidate ENABLE KEYS');
  await db.connection.query('ALTER TABLE attachment ENABLE KEYS');
  // Key statistics as a long-running OpenCATS install would have them, so the planner sees real cardinalities.
  await db.connection.query('ANALYZE TABLE candidate, attachment');
  return done;
}
