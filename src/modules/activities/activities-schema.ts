import { z } from 'zod';
import { activityKinds, callOutcomes, messageChannels } from '../../db/schema';
import { ZInstant, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { LIMITS } from '../../shared/limits';
import { ZRecordRef, ZRelatedRecord, checkLinks, linkFields } from './record-links';

export const ZActivityKind = z.enum(activityKinds);
export const ZCallOutcome = z.enum(callOutcomes);
export const ZMessageChannel = z.enum(messageChannels);

export const ZActivity = z
  .object({
    id: z.uuid(),
    kind: ZActivityKind,
    subject: z.string().nullable(),
    body: z.string(),
    callOutcome: ZCallOutcome.nullable(),
    channel: ZMessageChannel.nullable(),
    occurredAt: ZInstant,
    author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    record: ZRelatedRecord,
    mentions: z.array(ZRelatedRecord),
    createdAt: ZInstant,
    updatedAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'Activity' });

export const ZActivityAbilities = z.object({ update: z.boolean() });
export const ZActivityRecord = recordEnvelope(ZActivity, ZActivityAbilities);
export const ZActivityList = listEnvelope(ZActivity);

type KindFields = { kind?: z.infer<typeof ZActivityKind>; callOutcome?: string | null; channel?: string | null };

/** A call outcome belongs to calls only; a message needs its channel and nothing else has one. */
export function kindFieldErrors({ kind, callOutcome, channel }: KindFields): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  if (callOutcome && kind !== 'call') {
    errors.push({ path: 'callOutcome', message: 'only a call has an outcome' });
  }
  if (kind === 'message' && !channel) {
    errors.push({ path: 'channel', message: 'a message needs its channel (sms, whatsapp, linkedin or other)' });
  }
  if (channel && kind !== 'message') {
    errors.push({ path: 'channel', message: 'only a message has a channel' });
  }
  return errors;
}

const ZSubject = z.string().trim().max(LIMITS.nameLength);
const ZBody = z.string().max(LIMITS.textLength);

export const ZCreateActivityBody = z
  .object({
    kind: ZActivityKind,
    ...linkFields,
    subject: ZSubject.optional(),
    body: ZBody,
    callOutcome: ZCallOutcome.optional(),
    channel: ZMessageChannel.optional(),
    occurredAt: ZInstant.optional(),
    mentions: z.array(ZRecordRef).max(20).optional(),
  })
  .superRefine((body, ctx) => {
    checkLinks(true)(body, ctx);
    for (const error of kindFieldErrors(body)) {
      ctx.addIssue({ code: 'custom', path: [error.path], message: error.message });
    }
  });
export type TCreateActivityBody = z.infer<typeof ZCreateActivityBody>;

export const ZUpdateActivityBody = z.object({
  version: z.number().int().min(1),
  kind: ZActivityKind.optional(),
  subject: ZSubject.nullable().optional(),
  body: ZBody.optional(),
  callOutcome: ZCallOutcome.nullable().optional(),
  channel: ZMessageChannel.nullable().optional(),
  occurredAt: ZInstant.optional(),
});
export type TUpdateActivityBody = z.infer<typeof ZUpdateActivityBody>;

export const ZListActivitiesQuery = ZPageQuery.extend({ ...linkFields, kind: ZActivityKind.optional() }).superRefine(checkLinks(true));
export type TListActivitiesQuery = z.infer<typeof ZListActivitiesQuery>;
