import { z } from 'zod';
import { ZInstant, ZName } from '../../platform/http/schemas';
import { CANDIDATE_LIMITS } from '../../shared/candidates';
import { ZTask } from '../activities/tasks-schema';

const unique = <T>(values: T[]) => [...new Set(values)];
/** Tags and tasks go to up to 500 candidates at once (a few pages of a list). */
export const BULK_CANDIDATE_IDS = 500;
const ZIds = z.array(z.uuid()).min(1).max(BULK_CANDIDATE_IDS).transform(unique);
const ZTagList = z
  .array(z.string().trim().toLowerCase().min(1).max(CANDIDATE_LIMITS.tagLength))
  .max(CANDIDATE_LIMITS.tags)
  .default([])
  .transform(unique);

export const ZBulkTagsBody = z.object({
  ids: ZIds,
  options: z
    .object({
      /** Lower-cased and deduplicated; a candidate that would end with more than the tag limit is refused. */
      add: ZTagList,
      remove: ZTagList,
    })
    .refine((options) => options.add.length + options.remove.length > 0, { message: 'give a tag to add or to remove', path: ['add'] })
    .refine((options) => !options.add.some((tag) => options.remove.includes(tag)), { message: 'a tag cannot be both added and removed', path: ['remove'] }),
});
export type TBulkTagsBody = z.infer<typeof ZBulkTagsBody>;

export const ZBulkTasksBody = z.object({
  ids: ZIds,
  options: z.object({
    title: ZName,
    /** An all-day task is due on the date of this instant in the agency's time zone (the web app sends noon UTC). */
    dueAt: ZInstant,
    allDay: z.boolean().optional(),
    /** Defaults to the caller. */
    assigneeId: z.uuid().optional(),
  }),
});
export type TBulkTasksBody = z.infer<typeof ZBulkTasksBody>;
export const ZBulkTasksResult = z.object({ data: z.array(ZTask) });
