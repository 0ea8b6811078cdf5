import { DataTable, type DataTableProps } from 'mantine-datatable';
import { LoadMore } from './load-more';
import { ListSkeleton, LoadError } from './page';

type ListQuery = { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
type PagedQuery = ListQuery & { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };

export type ListTableProps<T> = DataTableProps<T> & { query: ListQuery | PagedQuery };

/** Every list's table: a skeleton while loading, the error with a retry, the house table style, and "load more". */
export function ListTable<T>({ query, ...table }: ListTableProps<T>) {
  if (query.isPending) {
    return <ListSkeleton />;
  }
  if (query.isError) {
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <>
      <DataTable<T> withTableBorder borderRadius="md" verticalSpacing={8} minHeight={table.records?.length === 0 ? 200 : undefined} {...table} />
      {'hasNextPage' in query ? <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} /> : null}
    </>
  );
}
