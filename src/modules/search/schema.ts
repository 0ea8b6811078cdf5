import { z } from 'zod';

export const SEARCH_KINDS = ['candidate', 'contact', 'organization', 'job'] as const;
export const GLOBAL_SEARCH_LIMIT = 5;

export const ZGlobalSearchQuery = z.object({ q: z.string().trim().min(1).max(100) });
export type TGlobalSearchQuery = z.infer<typeof ZGlobalSearchQuery>;

export const ZGlobalSearchHit = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: z.uuid(),
    label: z.string(),
    detail: z.string().nullable().meta({ description: 'A second line: a title and employer, an organization, a client' }),
    link: z.string().meta({ description: "The record's page in the web app" }),
  })
  .meta({ id: 'GlobalSearchHit' });

export const ZGlobalSearchResult = z.object({ data: z.array(ZGlobalSearchHit).meta({ description: `Up to ${GLOBAL_SEARCH_LIMIT} of each kind, candidates first, then contacts, organizations, jobs` }) });
