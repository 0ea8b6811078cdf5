// The OpenCATS comparison peer: a throwaway MariaDB database with `candidate` and `attachment` shaped as OpenCATS 0.9
// shapes them (db/cats_schema.sql of that release): MyISAM, utf8 with utf8_unicode_ci, plain B-tree indexes only,
// no FULLTEXT. Columns the benchmark never fills (address, notes, EEO, pay…) are left out; the indexes are all of
// OpenCATS's, because the planner's choices for the timed queries depend on them.
import { createConnection, type Connection } from 'mysql2/promise';

export type OpencatsDb = { name: string; connection: Connection; drop: () => Promise<void> };

/** OpenCATS's `site_id` for the one site (agency) the benchmark loads. */
export const OPENCATS_SITE_ID = 1;
/** OpenCATS's DATA_ITEM_CANDIDATE, the attachment.data_item_type of a candidate's résumé. */
export const DATA_ITEM_CANDIDATE = 100;
/** OpenCATS's DATA_ITEM_BULKRESUME, which its résumé search also accepts. */
export const DATA_ITEM_BULKRESUME = 400;

const MARIADB_URL = process.env.MARIADB_URL ?? 'mysql://root@127.0.0.1:3306/';

const TABLE_OPTIONS = 'ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci';

const CREATE_CANDIDATE = `
CREATE TABLE candidate (
  candidate_id INT(11) NOT NULL AUTO_INCREMENT,
  site_id INT(11) NOT NULL DEFAULT 0,
  last_name VARCHAR(64) NOT NULL DEFAULT '',
  first_name VARCHAR(64) NOT NULL DEFAULT '',
  middle_name VARCHAR(32) DEFAULT NULL,
  phone_home VARCHAR(40) DEFAULT NULL,
  phone_cell VARCHAR(40) DEFAULT NULL,
  phone_work VARCHAR(40) DEFAULT NULL,
  city VARCHAR(64) DEFAULT NULL,
  state VARCHAR(64) DEFAULT NULL,
  key_skills TEXT,
  entered_by INT(11) NOT NULL DEFAULT 0,
  owner INT(11) DEFAULT NULL,
  date_created DATETIME NOT NULL DEFAULT '1000-01-01 00:00:00',
  date_modified DATETIME NOT NULL DEFAULT '1000-01-01 00:00:00',
  email1 VARCHAR(128) DEFAULT NULL,
  email2 VARCHAR(128) DEFAULT NULL,
  is_hot INT(1) NOT NULL DEFAULT 0,
  is_active INT(1) DEFAULT 1,
  is_admin_hidden INT(1) DEFAULT 0,
  PRIMARY KEY (candidate_id),
  KEY IDX_first_name (first_name),
  KEY IDX_last_name (last_name),
  KEY IDX_phone_home (phone_home),
  KEY IDX_phone_cell (phone_cell),
  KEY IDX_phone_work (phone_work),
  KEY IDX_key_skills (key_skills(255)),
  KEY IDX_entered_by (entered_by),
  KEY IDX_owner (owner),
  KEY IDX_date_created (date_created),
  KEY IDX_date_modified (date_modified),
  KEY IDX_site_first_last_modified (site_id, first_name, last_name, date_modified),
  KEY IDX_site_id_email_1_2 (site_id, email1(8), email2(8))
) ${TABLE_OPTIONS}`;

const CREATE_ATTACHMENT = `
CREATE TABLE attachment (
  attachment_id INT(11) NOT NULL AUTO_INCREMENT,
  data_item_id INT(11) NOT NULL DEFAULT 0,
  data_item_type INT(11) NOT NULL DEFAULT 0,
  site_id INT(11) NOT NULL DEFAULT 0,
  title VARCHAR(128) DEFAULT NULL,
  original_filename VARCHAR(255) NOT NULL DEFAULT '',
  resume INT(1) NOT NULL DEFAULT 0,
  text TEXT,
  date_created DATETIME NOT NULL DEFAULT '1000-01-01 00:00:00',
  date_modified DATETIME NOT NULL DEFAULT '1000-01-01 00:00:00',
  PRIMARY KEY (attachment_id),
  KEY IDX_type_id (data_item_type, data_item_id),
  KEY IDX_data_item_id (data_item_id)
) ${TABLE_OPTIONS}`;

/**
 * Creates a fresh database with OpenCATS's two tables; the caller must `drop()` it. With `keepAs` the name is fixed and
 * `drop()` leaves the database for `reopenOpencatsDatabase` (a leftover of the same name is replaced).
 */
export async function createOpencatsDatabase(keepAs?: string): Promise<OpencatsDb> {
  const name = keepAs ? `fillrate_opencats_${keepAs}` : `fillrate_opencats_${process.pid}_${Date.now()}`;
  const connection = await connect();
  const remove = async () => {
    await connection.query(`DROP DATABASE IF EXISTS ${name}`);
    await connection.end();
  };
  try {
    await connection.query(`DROP DATABASE IF EXISTS ${name}`);
    await connection.query(`CREATE DATABASE ${name}`);
    await connection.query(`USE ${name}`);
    await connection.query(CREATE_CANDIDATE);
    await connection.query(CREATE_ATTACHMENT);
  } catch (error) {
    await remove();
    throw error;
  }
  return { name, connection, drop: keepAs ? () => connection.end() : remove };
}

/** Marks a kept database as completely loaded, with what loading it took. */
export async function markLoaded(db: OpencatsDb, load: { rows: number; seconds: number }): Promise<void> {
  await db.connection.query('CREATE TABLE bench_loaded (rows_loaded INT NOT NULL, seconds DOUBLE NOT NULL)');
  await db.connection.query('INSERT INTO bench_loaded VALUES (?, ?)', [load.rows, load.seconds]);
}

/** A database kept by an earlier run with the same `keepAs`, if its load finished. */
export async function reopenOpencatsDatabase(keepAs: string): Promise<{ db: OpencatsDb; rows: number; seconds: number } | undefined> {
  const name = `fillrate_opencats_${keepAs}`;
  const connection = await connect();
  const [rows] = await connection.query('SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?', [name, 'bench_loaded']);
  if ((rows as unknown[]).length === 0) {
    await connection.end();
    return undefined;
  }
  await connection.query(`USE ${name}`);
  const [[load]] = (await connection.query('SELECT rows_loaded AS `rows`, seconds FROM bench_loaded')) as unknown as [[{ rows: number; seconds: number }]];
  return { db: { name, connection, drop: () => connection.end() }, ...load };
}

// OpenCATS talks `SET NAMES utf8`; UTC so DATETIME values round-trip unchanged whatever the host's zone.
const connect = (): Promise<Connection> => createConnection({ uri: MARIADB_URL, timezone: 'Z', charset: 'UTF8_UNICODE_CI' });
