import { DataTable, type DataTableProps } from 'mantine-datatable';
import { useListKeys } from './list-keys';
import { LoadMore } from './load-more';
import { ListSkeleton, LoadError } from './page';

type ListQuery = { isPending: boolean; isError: boolean; isFetching: boolean; error: unknown; refetch: () => unknown };
type PagedQuery<T> = ListQuery & { records: T[]; hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };

/** `records` may be left out for a paged list (`useCursorList`): the table shows the pages loaded so far. */
export type ListTableProps<T> = DataTableProps<T> & {
  query: ListQuery | PagedQuery<T>;
  /** Dims the rows while the list is fetched again (a filter changed), not while "load more" fetches the next page. */
  hasRefetchOverlay?: boolean;
};

/** Every list's table: a skeleton while loading, the error with a retry, the house table style, `j`/`k`/`Enter`, and "load more". */
export function ListTable<T>({ query, records = 'records' in query ? query.records : undefined, hasRefetchOverlay = false, ...table }: ListTableProps<T>) {
  const opensRows = table.onRowClick !== undefined;
  const keys = useListKeys(records?.length ?? 0, opensRows && !query.isPending && !query.isError);
  if (query.isPending) {
    return <ListSkeleton />;
  }
  if (query.isError) {
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const isFetchingNextPage = 'isFetchingNextPage' in query && query.isFetchingNextPage;
  return (
    <>
      <DataTable<T>
        withTableBorder
        borderRadius="md"
        verticalSpacing={8}
        minHeight={records?.length === 0 ? 200 : undefined}
        records={records}
        fetching={hasRefetchOverlay && query.isFetching && !isFetchingNextPage}
        // Rows that open something light up under the pointer, and the row picked with j / k stays marked.
        highlightOnHover={opensRows}
        bodyRef={keys.bodyRef}
        customRowAttributes={(_record, index) => (index === keys.active ? { 'aria-current': 'true', 'data-list-active': true } : {})}
        {...table}
      />
      {'hasNextPage' in query ? <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} /> : null}
    </>
  );
}
