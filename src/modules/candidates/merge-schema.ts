import { z } from 'zod';
import { MERGE_FIELDS, invalidChoices } from '../../domain/candidate-merge';
import { ZCandidate, ZCandidateAbilities, ZCandidateRecord } from './schema';

/** At most this many candidates merge into one at a time (the dialog shows them side by side). */
export const MERGE_LIMIT = 10;

export const ZMergeField = z.enum(MERGE_FIELDS).meta({ id: 'CandidateMergeField' });

export const ZMergeCandidatesBody = z
  .object({
    survivorId: z.uuid().meta({ description: 'The record that stays; the others are merged into it' }),
    mergedIds: z.array(z.uuid()).min(1).max(MERGE_LIMIT).meta({ description: 'The duplicates merged into the survivor' }),
    fields: z
      .partialRecord(ZMergeField, z.uuid())
      .default({})
      .meta({
        description:
          'Per field, the candidate (survivor or merged) whose value wins. Fields not named keep the survivor\'s value. Emails, phones, tags, skills and profile links are unioned: the chosen candidate\'s entries first (its primary email/phone becomes the primary), then everyone else\'s, once each.',
      }),
    version: z.record(z.uuid(), z.number().int().min(1)).meta({ description: 'The version read of every candidate named (survivor and merged)' }),
  })
  .superRefine((body, ctx) => {
    if (new Set(body.mergedIds).size !== body.mergedIds.length) {
      ctx.addIssue({ code: 'custom', path: ['mergedIds'], message: 'each candidate once' });
    }
    if (body.mergedIds.includes(body.survivorId)) {
      ctx.addIssue({ code: 'custom', path: ['mergedIds'], message: 'the survivor cannot be merged into itself' });
    }
    const ids = [body.survivorId, ...body.mergedIds];
    for (const id of ids) {
      if (body.version[id] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['version', id], message: 'the version read of this candidate is needed' });
      }
    }
    for (const field of invalidChoices(body.fields, ids)) {
      ctx.addIssue({ code: 'custom', path: ['fields', field], message: 'choose the survivor or one of the merged candidates' });
    }
  });
export type TMergeCandidatesBody = z.infer<typeof ZMergeCandidatesBody>;

export const ZMergePreviewQuery = z.object({
  ids: z
    .string()
    .transform((value) => [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))])
    .pipe(z.array(z.uuid()).min(2).max(MERGE_LIMIT + 1))
    .meta({ description: 'Comma-separated ids, the intended survivor first (2–11)' }),
});

export const ZMergePreview = z
  .object({
    data: z.object({
      candidates: z.array(ZCandidate).meta({ description: 'In the order asked' }),
      fields: z.array(z.object({ field: ZMergeField, differs: z.boolean() })),
    }),
    abilities: ZCandidateAbilities,
  })
  .meta({ id: 'CandidateMergePreview' });

/** A record read through a merged id carries the id it was asked by. */
export const ZCandidateRecordRead = ZCandidateRecord.extend({
  redirectedFrom: z.uuid().optional().meta({ description: 'Set when the id asked for was merged into this candidate (old links keep working)' }),
});
