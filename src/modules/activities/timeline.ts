import { type SQL, sql } from 'drizzle-orm';
import { resultRows, type Executor } from '../../db/client';
import { notFound } from '../../platform/errors';
import { decodeCursor, encodeCursor } from '../../platform/pagination';
import { activityKinds, callOutcomes, messageChannels } from '../../db/schema';
import { JOB_STATUSES } from '../../shared/jobs';
import type { ActivityRow } from './activities-queries';
import { type RecordRef, type RecordType, RECORD_TYPES, labelOf, linksOf, loadRecordLabels } from './record-links';
import { TIMELINE_KINDS, type TTimelineQuery, type TimelineKind } from './timeline-schema';

const LINK_COLUMN: Record<RecordType, string> = { candidate: 'candidate_id', organization: 'organization_id', contact: 'contact_id', deal: 'deal_id', job: 'job_id' };

type TimelineRow = { id: string; kind: TimelineKind; at: Date | string; actor_label: string | null; extra: unknown };

type Extra = Record<string, unknown>;

/**
 * One record's history, newest first: activities about it or mentioning it, its tasks (made and done), a job's status
 * changes and the audit events of the record, in one UNION query keyset-paginated on (at, id). Each branch is served by
 * its per-record index and brings at most a page, so the query costs a few index range scans at any depth.
 */
export async function recordTimeline(tx: Executor, agencyId: string, query: TTimelineQuery) {
  const [record] = linksOf(query);
  if (!record) {
    throw notFound('Record');
  }
  const labels = await loadRecordLabels(tx, agencyId, [record]);
  if (!labels.has(`${record.type}:${record.id}`)) {
    throw notFound(record.type.charAt(0).toUpperCase() + record.type.slice(1));
  }
  const kinds = new Set<TimelineKind>(query.kinds ? query.kinds.split(',').filter(isTimelineKind) : TIMELINE_KINDS);
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const cursorAt = cursor ? new Date(String(cursor[0])) : undefined;
  if (cursorAt && Number.isNaN(cursorAt.getTime())) {
    throw notFound('Cursor');
  }
  const before = (at: SQL, id: SQL) => (cursor && cursorAt ? sql`AND (${at}, ${id}) < (${cursorAt.toISOString()}::timestamptz, ${cursor[1]})` : sql``);
  const take = query.limit + 1;
  const column = sql.identifier(LINK_COLUMN[record.type]);
  const branches: SQL[] = [];

  if (kinds.has('activity')) {
    const activityExtra = sql`jsonb_build_object('activityKind', a.kind, 'subject', a.subject, 'body', a.body, 'callOutcome', a.call_outcome, 'channel', a.channel)`;
    branches.push(sql`(SELECT a.id::text AS id, 'activity' AS kind, a.occurred_at AS at, u.name AS actor_label, ${activityExtra} AS extra
      FROM activities a LEFT JOIN users u ON u.agency_id = a.agency_id AND u.id = a.author_id
      WHERE a.agency_id = ${agencyId} AND a.${column} = ${record.id} ${before(sql`a.occurred_at`, sql`a.id::text`)}
      ORDER BY a.occurred_at DESC, a.id DESC LIMIT ${take})`);
    const about = sql`'aboutType', CASE ${sql.join(
      RECORD_TYPES.map((type) => sql`WHEN a.${sql.identifier(LINK_COLUMN[type])} IS NOT NULL THEN ${type}`),
      sql` `,
    )} END, 'aboutId', coalesce(${sql.join(RECORD_TYPES.map((type) => sql`a.${sql.identifier(LINK_COLUMN[type])}`), sql`, `)})`;
    branches.push(sql`(SELECT a.id::text AS id, 'activity' AS kind, a.occurred_at AS at, u.name AS actor_label, ${activityExtra} || jsonb_build_object(${about}) AS extra
      FROM activity_mentions m
      JOIN activities a ON a.agency_id = m.agency_id AND a.id = m.activity_id
      LEFT JOIN users u ON u.agency_id = a.agency_id AND u.id = a.author_id
      WHERE m.agency_id = ${agencyId} AND m.${column} = ${record.id} ${before(sql`a.occurred_at`, sql`a.id::text`)}
      ORDER BY a.occurred_at DESC, a.id DESC LIMIT ${take})`);
  }
  if (kinds.has('task')) {
    const taskExtra = (event: string) =>
      sql`jsonb_build_object('event', ${event}::text, 'title', t.title, 'dueAt', t.due_at, 'allDay', t.all_day, 'assigneeName', assignee.name, 'notes', t.notes)`;
    const fromTasks = (personColumn: string) => sql`FROM tasks t
      JOIN users assignee ON assignee.agency_id = t.agency_id AND assignee.id = t.assignee_id
      LEFT JOIN users person ON person.agency_id = t.agency_id AND person.id = t.${sql.identifier(personColumn)}`;
    branches.push(sql`(SELECT t.id::text AS id, 'task' AS kind, t.created_at AS at, person.name AS actor_label, ${taskExtra('created')} AS extra
      ${fromTasks('created_by')}
      WHERE t.agency_id = ${agencyId} AND t.${column} = ${record.id} ${before(sql`t.created_at`, sql`t.id::text`)}
      ORDER BY t.created_at DESC, t.id DESC LIMIT ${take})`);
    branches.push(sql`(SELECT t.id::text || ':done' AS id, 'task' AS kind, t.done_at AS at, person.name AS actor_label, ${taskExtra('done')} AS extra
      ${fromTasks('done_by')}
      WHERE t.agency_id = ${agencyId} AND t.${column} = ${record.id} AND t.done_at IS NOT NULL ${before(sql`t.done_at`, sql`t.id::text || ':done'`)}
      ORDER BY t.done_at DESC, t.id DESC LIMIT ${take})`);
  }
  if (kinds.has('status_change') && record.type === 'job') {
    branches.push(sql`(SELECT s.id::text AS id, 'status_change' AS kind, s.created_at AS at, s.actor_label, jsonb_build_object('fromStatus', s.from_status, 'toStatus', s.to_status, 'reason', s.reason) AS extra
      FROM job_status_changes s
      WHERE s.agency_id = ${agencyId} AND s.job_id = ${record.id} ${before(sql`s.created_at`, sql`s.id::text`)}
      ORDER BY s.created_at DESC, s.id DESC LIMIT ${take})`);
  }
  if (kinds.has('audit')) {
    // Audit events stay as written (append-only): a candidate's history includes the candidates merged into it, at any depth.
    const entityIds =
      record.type === 'candidate'
        ? sql`IN (WITH RECURSIVE merged(id) AS (SELECT ${record.id}::uuid UNION SELECT c.id FROM candidates c JOIN merged ON c.agency_id = ${agencyId} AND c.merged_into_id = merged.id) SELECT id FROM merged)`
        : sql`= ${record.id}`;
    branches.push(sql`(SELECT e.id::text AS id, 'audit' AS kind, e.created_at AS at, e.actor_label, jsonb_build_object('action', e.action, 'before', e.before, 'after', e.after) AS extra
      FROM audit_events e
      WHERE e.agency_id = ${agencyId} AND e.entity = ${record.type} AND e.entity_id ${entityIds} ${before(sql`e.created_at`, sql`e.id::text`)}
        -- a job's status change is already an entry of its own (job_status_changes, with the reason)
        AND e.action NOT LIKE 'status %'
      ORDER BY e.created_at DESC, e.id DESC LIMIT ${take})`);
  }
  if (branches.length === 0) {
    return { data: [], nextCursor: null };
  }
  const result = await tx.execute(sql`SELECT id, kind, at, actor_label, extra FROM (${sql.join(branches, sql` UNION ALL `)}) timeline ORDER BY at DESC, id DESC LIMIT ${take}`);
  const rows = resultRows<TimelineRow>(result);
  const page = rows.slice(0, query.limit).map((row) => ({ ...row, at: new Date(row.at), extra: asExtra(row.extra) }));
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor(last.at.toISOString(), last.id) : null;
  const mentionedFrom = page.flatMap((row) => aboutRef(row.extra));
  const aboutLabels = await loadRecordLabels(tx, agencyId, mentionedFrom);
  return { data: page.map((row) => presentTimelineItem(row, aboutLabels)), nextCursor };
}

const isTimelineKind = (value: string): value is TimelineKind => TIMELINE_KINDS.some((kind) => kind === value);

function asExtra(value: unknown): Extra {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return parsed !== null && typeof parsed === 'object' ? { ...parsed } : {};
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null => values.find((candidate) => candidate === value) ?? null;

function aboutRef(extra: Extra): RecordRef[] {
  const type = RECORD_TYPES.find((candidate) => candidate === extra.aboutType);
  const id = text(extra.aboutId);
  return type && id ? [{ type, id }] : [];
}

const KIND_TITLES: Record<ActivityRow['kind'], string> = { note: 'Note', call: 'Call', email: 'Email', meeting: 'Meeting', message: 'Message' };
const CHANNEL_LABELS: Record<(typeof messageChannels)[number], string> = { sms: 'SMS', whatsapp: 'WhatsApp', linkedin: 'LinkedIn', other: 'other channel' };
const OUTCOME_LABELS: Record<(typeof callOutcomes)[number], string> = { connected: 'connected', left_voicemail: 'left voicemail', no_answer: 'no answer', wrong_number: 'wrong number', busy: 'busy' };
/** Bookkeeping columns that change on every edit and say nothing about what changed. */
const BOOKKEEPING = new Set(['id', 'agencyId', 'createdAt', 'updatedAt', 'version']);

const humanize = (value: string) => value.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, (_m, a: string, b: string) => `${a} ${b.toLowerCase()}`);

/** The fields an audit event changed, in words ("name, payment terms days"). */
export function changedFields(before: unknown, after: unknown): string[] {
  const from = before !== null && typeof before === 'object' ? Object.fromEntries(Object.entries(before)) : {};
  const to = after !== null && typeof after === 'object' ? Object.fromEntries(Object.entries(after)) : {};
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((field) => !BOOKKEEPING.has(field));
  return keys.filter((field) => JSON.stringify(from[field]) !== JSON.stringify(to[field]));
}

type PresentableRow = { id: string; kind: TimelineKind; at: Date; actor_label: string | null; extra: Extra };

function presentTimelineItem(row: PresentableRow, labels: Map<string, string>) {
  const base = { id: row.id, kind: row.kind, at: row.at.toISOString(), actorLabel: row.actor_label ?? 'Fillrate' };
  const extra = row.extra;
  switch (row.kind) {
    case 'activity': {
      const activityKind = oneOf(activityKinds, extra.activityKind) ?? 'note';
      const outcome = oneOf(callOutcomes, extra.callOutcome);
      const channel = oneOf(messageChannels, extra.channel);
      const suffix = activityKind === 'call' && outcome ? ` (${OUTCOME_LABELS[outcome]})` : activityKind === 'message' && channel ? ` via ${CHANNEL_LABELS[channel]}` : '';
      const subject = text(extra.subject);
      const [about] = aboutRef(extra);
      return {
        ...base,
        title: `${KIND_TITLES[activityKind]}${suffix}${subject ? `: ${subject}` : ''}`,
        detail: text(extra.body) || null,
        activityId: row.id,
        activityKind,
        callOutcome: outcome,
        channel,
        ...(about ? { mentionedFrom: { ...about, label: labelOf(labels, about) } } : {}),
      };
    }
    case 'task': {
      const event: 'done' | 'created' = extra.event === 'done' ? 'done' : 'created';
      return {
        ...base,
        title: `${event === 'done' ? 'Task done' : 'Task added'}: ${text(extra.title) ?? ''}`,
        detail: text(extra.notes) || null,
        taskId: row.id.replace(/:done$/, ''),
        taskEvent: event,
        dueAt: new Date(String(extra.dueAt)).toISOString(),
        allDay: extra.allDay === true,
        assigneeName: text(extra.assigneeName) ?? '',
      };
    }
    case 'status_change': {
      const fromStatus = oneOf(JOB_STATUSES, extra.fromStatus);
      const toStatus = oneOf(JOB_STATUSES, extra.toStatus) ?? 'intake';
      return {
        ...base,
        title: fromStatus ? `Status: ${humanize(fromStatus)} → ${humanize(toStatus)}` : `Status: ${humanize(toStatus)}`,
        detail: text(extra.reason),
        fromStatus,
        toStatus,
        reason: text(extra.reason),
      };
    }
    case 'audit': {
      const action = text(extra.action) ?? 'change';
      const fields = changedFields(extra.before, extra.after);
      const verb = action === 'create' ? 'Created' : action === 'update' ? 'Edited' : humanize(action).replace(/^./, (c) => c.toUpperCase());
      return {
        ...base,
        title: verb,
        detail: action === 'create' || fields.length === 0 ? null : `Changed ${fields.map(humanize).join(', ')}`,
        action,
        changedFields: fields,
      };
    }
  }
}
