import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { activities, activityMentions, users } from '../../db/schema';
import { afterCursorDesc, toPage } from '../../platform/pagination';
import type { TListActivitiesQuery } from './activities-schema';
import { LINK_FIELDS, type RecordRef, type RelatedRecord, labelOf, linksOf, loadRecordLabels, refOfRow } from './record-links';

export type ActivityRow = typeof activities.$inferSelect;

/** An activity with what its answer shows: author name, the record it is about and the records it mentions, labelled. */
export type ActivityView = ActivityRow & { authorName: string | null; record: RelatedRecord; mentions: RelatedRecord[] };

/** One activity of the agency; another agency's is simply not found. */
export const getActivity = (tx: Executor, agencyId: string, id: string, options?: FindOptions): Promise<ActivityRow> => findTenantRow(tx, activities, agencyId, id, 'Activity', options);

/** Activities about one record, newest first (activities_<type>_idx serves it). */
export async function listActivities(tx: Executor, agencyId: string, query: TListActivitiesQuery) {
  const [link] = linksOf(query);
  if (!link) {
    return { data: [], nextCursor: null };
  }
  const column = activities[LINK_FIELDS[link.type]];
  const rows = await tx
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.agencyId, agencyId),
        eq(column, link.id),
        query.kind ? eq(activities.kind, query.kind) : undefined,
        afterCursorDesc(activities.occurredAt, activities.id, query.cursor),
      ),
    )
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.occurredAt.toISOString(), row.id]);
  return { data: await describeActivities(tx, agencyId, page.data), nextCursor: page.nextCursor };
}

/** Authors, mentions and labels for a page of activities in a fixed few queries. */
export async function describeActivities(tx: Executor, agencyId: string, rows: ActivityRow[]): Promise<ActivityView[]> {
  if (rows.length === 0) {
    return [];
  }
  const ids = rows.map((row) => row.id);
  const authorIds = [...new Set(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])))];
  const authors =
    authorIds.length > 0
      ? await tx
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(and(eq(users.agencyId, agencyId), inArray(users.id, authorIds)))
      : [];
  const mentionRows = await tx
    .select()
    .from(activityMentions)
    .where(and(eq(activityMentions.agencyId, agencyId), inArray(activityMentions.activityId, ids)));
  const mentionsByActivity = new Map<string, RecordRef[]>();
  for (const mention of mentionRows) {
    const ref = refOfRow(mention);
    if (ref) {
      mentionsByActivity.set(mention.activityId, [...(mentionsByActivity.get(mention.activityId) ?? []), ref]);
    }
  }
  const refs = [...rows.flatMap((row) => linksOf(row)), ...[...mentionsByActivity.values()].flat()];
  const labels = await loadRecordLabels(tx, agencyId, refs);
  const authorNames = new Map(authors.map((author) => [author.id, author.name]));
  return rows.map((row) => {
    const ref = refOfRow(row);
    if (!ref) {
      throw new Error(`activity ${row.id} is about no record`);
    }
    return {
      ...row,
      authorName: row.authorId ? (authorNames.get(row.authorId) ?? null) : null,
      record: { ...ref, label: labelOf(labels, ref) },
      mentions: (mentionsByActivity.get(row.id) ?? []).map((mention) => ({ ...mention, label: labelOf(labels, mention) })),
    };
  });
}
