import { z } from 'zod';
import { ZInstant } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { JOB_STATUSES } from '../../shared/jobs';
import { ZActivityKind, ZCallOutcome, ZMessageChannel } from './activities-schema';
import { ZRelatedRecord, checkLinks, linkFields } from './record-links';

export const TIMELINE_KINDS = ['activity', 'task', 'status_change', 'audit'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
const KIND_PATTERN = `(${TIMELINE_KINDS.join('|')})`;

export const ZTimelineQuery = ZPageQuery.extend({
  ...linkFields,
  /** Comma-separated: activity, task, status_change, audit (default all). */
  kinds: z
    .string()
    .regex(new RegExp(`^${KIND_PATTERN}(,${KIND_PATTERN})*$`), `comma-separated kinds from ${TIMELINE_KINDS.join(', ')}`)
    .optional(),
}).superRefine(checkLinks(true));
export type TTimelineQuery = z.infer<typeof ZTimelineQuery>;

export const ZTimelineItem = z
  .object({
    id: z.string(),
    kind: z.enum(TIMELINE_KINDS),
    at: ZInstant,
    actorLabel: z.string(),
    title: z.string(),
    detail: z.string().nullable(),
    activityId: z.uuid().optional(),
    activityKind: ZActivityKind.optional(),
    callOutcome: ZCallOutcome.nullable().optional(),
    channel: ZMessageChannel.nullable().optional(),
    /** For an activity that mentions this record: the record it is about. */
    mentionedFrom: ZRelatedRecord.optional(),
    taskId: z.uuid().optional(),
    taskEvent: z.enum(['created', 'done']).optional(),
    dueAt: ZInstant.optional(),
    allDay: z.boolean().optional(),
    assigneeName: z.string().optional(),
    fromStatus: z.enum(JOB_STATUSES).nullable().optional(),
    toStatus: z.enum(JOB_STATUSES).optional(),
    reason: z.string().nullable().optional(),
    action: z.string().optional(),
    changedFields: z.array(z.string()).optional(),
  })
  .meta({ id: 'TimelineItem' });

export const ZTimeline = z.object({ data: z.array(ZTimelineItem), nextCursor: z.string().nullable() }).meta({ id: 'Timeline' });
