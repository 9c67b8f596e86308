import { Button, Center } from '@mantine/core';

/** The "load more" control under a paged list; nothing when there is no further page. */
export function LoadMore({
  hasMore,
  loading,
  onClick,
  label = 'Load more',
}: {
  hasMore: boolean;
  loading: boolean;
  onClick(): void;
  label?: string;
}) {
  if (!hasMore) return null;
  return (
    <Center py="sm">
      <Button variant="default" onClick={onClick} loading={loading}>
        {label}
      </Button>
    </Center>
  );
}
