import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { activities, activityMentions, candidates, contacts } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { type ActivityRow, describeActivities, getActivity } from './activities-queries';
import { type TCreateActivityBody, type TUpdateActivityBody, kindFieldErrors } from './activities-schema';
import { ACTIVITY_REFUSAL, activityPolicy } from './policy';
import { LINK_FIELDS, type RecordRef, linkColumns, linksOf, requireRecords } from './record-links';

type CommandBase = { actor: StaffActor; tx: Executor };

/** Kinds that are a conversation with someone: they move a contact's "last contacted". */
const CONTACTING_KINDS = new Set<ActivityRow['kind']>(['call', 'email', 'meeting', 'message']);

/** Logs a note, call, email, meeting or message about one record, with the records it mentions. */
export async function createActivity({ actor, tx, mentions = [], ...input }: CommandBase & TCreateActivityBody) {
  const [record] = linksOf(input);
  if (!record) {
    throw new AppError('validation', 'give exactly one record the activity is about');
  }
  const sameRef = (a: RecordRef, b: RecordRef) => a.type === b.type && a.id === b.id;
  const mentioned = mentions.filter((ref, index) => !sameRef(ref, record) && mentions.findIndex((other) => sameRef(other, ref)) === index);
  await requireRecords(tx, actor.agencyId, [
    { ref: record, path: LINK_FIELDS[record.type] },
    ...mentioned.map((ref) => ({ ref, path: `mentions.${mentions.indexOf(ref)}.id` })),
  ]);
  const [activity] = await tx
    .insert(activities)
    .values({
      agencyId: actor.agencyId,
      ...linkColumns(record),
      kind: input.kind,
      subject: input.subject || null,
      body: input.body,
      callOutcome: input.callOutcome ?? null,
      channel: input.channel ?? null,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : now(),
      authorId: actor.userId,
    })
    .returning();
  if (!activity) {
    throw new Error('activity insert returned no row');
  }
  if (mentioned.length > 0) {
    await tx.insert(activityMentions).values(mentioned.map((ref) => ({ agencyId: actor.agencyId, activityId: activity.id, ...linkColumns(ref) })));
  }
  await touchContacts(tx, activity, [record, ...mentioned]);
  await recordAudit(tx, actor, { entity: 'activity', entityId: activity.id, action: 'create', after: { ...activity, mentions: mentioned } });
  const [view] = await describeActivities(tx, actor.agencyId, [activity]);
  return view ?? fail();
}

/** Corrects an activity: its author, a manager or an admin; the version read must still be current. */
export async function updateActivity({ actor, tx, activityId, version, ...changes }: CommandBase & TUpdateActivityBody & { activityId: string }) {
  const before = await getActivity(tx, actor.agencyId, activityId, { forUpdate: true });
  if (!activityPolicy.canUpdate(actor, before)) {
    throw new AppError('forbidden', ACTIVITY_REFUSAL);
  }
  await assertCurrentVersion(tx, actor.agencyId, 'activity', before, version);
  const kind = changes.kind ?? before.kind;
  // Changing the kind away from a call or message drops the outcome or channel that no longer applies.
  const callOutcome = changes.callOutcome !== undefined ? changes.callOutcome : kind === 'call' ? before.callOutcome : null;
  const channel = changes.channel !== undefined ? changes.channel : kind === 'message' ? before.channel : null;
  const errors = kindFieldErrors({ kind, callOutcome, channel });
  if (errors.length > 0) {
    throw new AppError('validation', errors.map((error) => `${error.path}: ${error.message}`).join('; '), { fields: errors });
  }
  const [after] = await tx
    .update(activities)
    .set({
      kind,
      callOutcome,
      channel,
      ...(changes.subject !== undefined ? { subject: changes.subject || null } : {}),
      ...(changes.body !== undefined ? { body: changes.body } : {}),
      ...(changes.occurredAt ? { occurredAt: new Date(changes.occurredAt) } : {}),
      version: before.version + 1,
    })
    .where(and(eq(activities.agencyId, actor.agencyId), eq(activities.id, activityId)))
    .returning();
  if (!after) {
    throw new Error('activity update returned no row');
  }
  const [view] = await describeActivities(tx, actor.agencyId, [after]);
  if (!view) {
    return fail();
  }
  await touchContacts(tx, after, [view.record, ...view.mentions]);
  await recordAudit(tx, actor, { entity: 'activity', entityId: activityId, action: 'update', before, after });
  return view;
}

/** A conversation about or mentioning contacts or candidates moves their "last contacted" forward, never back. */
async function touchContacts(tx: Executor, activity: ActivityRow, refs: RecordRef[]) {
  if (!CONTACTING_KINDS.has(activity.kind)) {
    return;
  }
  for (const [type, table] of [['contact', contacts], ['candidate', candidates]] as const) {
    const ids = refs.filter((ref) => ref.type === type).map((ref) => ref.id);
    if (ids.length === 0) {
      continue;
    }
    // A derived fact, not an edit: the record's version and updated time stay as they are.
    await tx.execute(
      sql`UPDATE ${table} SET last_contacted_at = ${activity.occurredAt.toISOString()}::timestamptz
          WHERE ${and(eq(table.agencyId, activity.agencyId), inArray(table.id, ids))}
            AND (last_contacted_at IS NULL OR last_contacted_at < ${activity.occurredAt.toISOString()}::timestamptz)`,
    );
  }
}

function fail(): never {
  throw new Error('activity could not be read back');
}
