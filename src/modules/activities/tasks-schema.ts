import { z } from 'zod';
import { ZInstant, ZName, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { LIMITS } from '../../shared/limits';
import { ZRelatedRecord, checkLinks, linkFields } from './record-links';

const ZPerson = z.object({ id: z.uuid(), name: z.string() });

export const ZTask = z
  .object({
    id: z.uuid(),
    title: z.string(),
    notes: z.string().nullable(),
    dueAt: ZInstant,
    allDay: z.boolean(),
    assignee: ZPerson,
    createdBy: ZPerson.nullable(),
    doneAt: ZInstant.nullable(),
    doneBy: ZPerson.nullable(),
    related: ZRelatedRecord.nullable(),
    createdAt: ZInstant,
    updatedAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'Task' });

export const ZTaskAbilities = z.object({ update: z.boolean(), complete: z.boolean(), reopen: z.boolean() });
export const ZTaskRecord = recordEnvelope(ZTask, ZTaskAbilities);
export const ZTaskList = listEnvelope(ZTask);
export const ZMyTasks = z
  .object({
    overdue: z.array(ZTask),
    today: z.array(ZTask),
    upcoming: z.array(ZTask),
    /** The date "today" means here: the agency's time zone. */
    date: z.iso.date(),
    timeZone: z.string(),
  })
  .meta({ id: 'MyTasks' });

const ZTitle = ZName;
const ZNotes = z.string().max(LIMITS.textLength);

export const ZCreateTaskBody = z
  .object({
    title: ZTitle,
    /** An all-day task is due on the date of this instant in the agency's time zone (the web app sends noon UTC). */
    dueAt: ZInstant,
    allDay: z.boolean().optional(),
    assigneeId: z.uuid().optional(),
    notes: ZNotes.optional(),
    ...linkFields,
  })
  .superRefine(checkLinks(false));
export type TCreateTaskBody = z.infer<typeof ZCreateTaskBody>;

export const ZUpdateTaskBody = z.object({
  version: z.number().int().min(1),
  title: ZTitle.optional(),
  dueAt: ZInstant.optional(),
  allDay: z.boolean().optional(),
  assigneeId: z.uuid().optional(),
  notes: ZNotes.nullable().optional(),
});
export type TUpdateTaskBody = z.infer<typeof ZUpdateTaskBody>;

export const ZTaskStatusFilter = z.enum(['open', 'done', 'all']);

export const ZListTasksQuery = ZPageQuery.extend({
  ...linkFields,
  assigneeId: z.uuid().optional(),
  status: ZTaskStatusFilter.default('open'),
}).superRefine(checkLinks(false));
export type TListTasksQuery = z.infer<typeof ZListTasksQuery>;
