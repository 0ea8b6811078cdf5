import { type QueryKey, infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

export type Page<T> = { data: T[]; nextCursor: string | null };

/**
 * A keyset-paged list ("load more"): pages are fetched with the previous page's `nextCursor`.
 * The first page is asked for with an empty cursor, which the fetcher leaves out of the request.
 * Routes prefetch with the same options while their page's code loads.
 */
export function cursorListOptions<T>(queryKey: QueryKey, fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam === '' ? undefined : pageParam),
    initialPageParam: '',
    getNextPageParam: (last: Page<T>) => last.nextCursor ?? undefined,
  });
}

export function useCursorList<T>(queryKey: QueryKey, fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
  // Changing a filter keeps the rows on screen until the new ones arrive.
  const query = useInfiniteQuery({ ...cursorListOptions(queryKey, fetchPage), placeholderData: keepPreviousData });
  const records = query.data?.pages.flatMap((page) => page.data) ?? [];
  return { ...query, records };
}
