import { Button, Center } from '@mantine/core';

type LoadMoreProps = { hasNextPage: boolean; isFetchingNextPage: boolean; onLoadMore: () => void };

/** Under a list: fetches the next page with the cursor the last one gave. */
export function LoadMore({ hasNextPage, isFetchingNextPage, onLoadMore }: LoadMoreProps) {
  if (!hasNextPage) {
    return null;
  }
  return (
    <Center mt="sm">
      <Button variant="default" size="xs" onClick={onLoadMore} loading={isFetchingNextPage}>
        Load more
      </Button>
    </Center>
  );
}
