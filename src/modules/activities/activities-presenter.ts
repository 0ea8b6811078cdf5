import type { StaffActor } from '../../platform/auth/actor';
import type { ActivityView } from './activities-queries';
import { activityPolicy } from './policy';

export function presentActivity(activity: ActivityView) {
  return {
    id: activity.id,
    kind: activity.kind,
    subject: activity.subject,
    body: activity.body,
    callOutcome: activity.callOutcome,
    channel: activity.channel,
    occurredAt: activity.occurredAt.toISOString(),
    author: activity.authorId ? { id: activity.authorId, name: activity.authorName ?? '' } : null,
    record: activity.record,
    mentions: activity.mentions,
    createdAt: activity.createdAt.toISOString(),
    updatedAt: activity.updatedAt.toISOString(),
    version: activity.version,
  };
}

export function presentActivityRecord(actor: StaffActor, activity: ActivityView) {
  return { data: presentActivity(activity), abilities: { update: activityPolicy.canUpdate(actor, activity) } };
}
