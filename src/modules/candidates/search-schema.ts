import { z } from 'zod';
import { ZPageQuery } from '../../platform/pagination';
import { ZCandidateSummary } from './schema';

export const ZSearchCandidatesQuery = ZPageQuery.extend({
  ownerId: z.uuid().optional().meta({ description: 'Owned by this user (the list\'s owner picker; `owner:` in q takes a name)' }),
  cv: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .meta({ description: 'Also search the text of each candidate\'s current CV (slower; CV matches rank after matches in the record)' }),
  q: z.string().max(500).default('').meta({ description: 'The search syntax: words (prefixes while typing), "phrases", AND / OR / NOT / -word, parentheses, and field filters' }),
});
export type TSearchCandidatesQuery = z.infer<typeof ZSearchCandidatesQuery>;

export const ZSnippet = z
  .object({
    text: z.string(),
    highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })).meta({ description: 'Ranges of `text` (UTF-16 offsets, end exclusive) that matched' }),
  })
  .meta({ id: 'SearchSnippet' });

export const ZCandidateSearchHit = ZCandidateSummary.extend({
  matched: z.array(z.string()).meta({ description: 'The fields the words matched (name, title, role interests, skills, work history, tags, location) and the filters applied' }),
  snippet: ZSnippet.nullable(),
}).meta({ id: 'CandidateSearchHit' });

export const ZCandidateSearchResult = z.object({ data: z.array(ZCandidateSearchHit), nextCursor: z.string().nullable() });
