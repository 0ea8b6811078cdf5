import { z } from 'zod';
import { ZInstant } from '../../platform/http/schemas';
import { SAVED_VIEW_LISTS } from '../../shared/saved-views';


const ZFilterValue = z.union([z.string().max(200), z.array(z.string().max(200)).max(50)]);
const ZFilters = z.record(z.string().regex(/^[a-zA-Z]{1,40}$/, 'a filter name'), ZFilterValue).refine((filters) => Object.keys(filters).length <= 20, 'at most 20 filters');

export const ZSavedView = z
  .object({
    id: z.uuid(),
    list: z.enum(SAVED_VIEW_LISTS),
    name: z.string(),
    filters: z.record(z.string(), ZFilterValue),
    shared: z.boolean(),
    owner: z.object({ id: z.uuid(), name: z.string() }),
    mine: z.boolean(),
    updatedAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'SavedView' });

export const ZSavedViewList = z.object({ data: z.array(ZSavedView) });
export const ZSavedViewRecord = z.object({ data: ZSavedView });
export const ZSavedViewsQuery = z.object({ list: z.enum(SAVED_VIEW_LISTS) });

export const ZCreateSavedViewBody = z.object({ list: z.enum(SAVED_VIEW_LISTS), name: z.string().trim().min(1).max(60), filters: ZFilters, shared: z.boolean().default(false) });
export type TCreateSavedViewBody = z.infer<typeof ZCreateSavedViewBody>;

export const ZUpdateSavedViewBody = z.object({ version: z.number().int().min(1), name: z.string().trim().min(1).max(60).optional(), filters: ZFilters.optional(), shared: z.boolean().optional() });
export type TUpdateSavedViewBody = z.infer<typeof ZUpdateSavedViewBody>;
