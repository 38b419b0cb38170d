import { Alert, Box, Center, Loader, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxFilter } from '../../../../main/contract/console-schemas';
import { useInboxPages, useLabels } from '../../api/queries';
import { describeError } from '../../lib/describe-error';
import { InboxRowButton } from './inbox-row';

const ROW_HEIGHT = 84;

/**
 * The inbox list, virtualised: only the rows in view are in the DOM, and the next keyset page is
 * fetched when the last loaded rows scroll into view.
 */
export function InboxList({
  filter,
  selectedId,
  onOpen,
  height,
}: {
  filter: InboxFilter;
  selectedId: number | null;
  onOpen: (conversationId: number) => void;
  height: string;
}) {
  const { t } = useTranslation();
  const pages = useInboxPages(filter);
  const labels = useLabels().data?.items ?? [];
  const rows = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const parent = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders on scroll by design.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;

  // The open chat stays in view when the keyboard moves to it.
  const selectedIndex = rows.findIndex((row) => row.conversationId === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 10) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastIndex, rows.length]);

  if (pages.data === undefined) {
    return pages.isError ? (
      <Alert data-testid="query-error" color="red" variant="light" title={t('errors.loadFailed')} m="sm">
        {describeError(pages.error)}
      </Alert>
    ) : (
      <Center h={200} data-testid="loading">
        <Loader size="sm" />
      </Center>
    );
  }
  return rows.length === 0 ? (
          <Center h={200} px="md" data-testid="inbox-empty">
            <Text c="gray.7" ta="center" size="sm">
              {filter.need === 'all' && filter.channel === 'all' && filter.search === '' && (filter.source ?? 'all') === 'all' && (filter.labelId ?? null) === null ? t('inbox.emptyDescription') : t('inbox.noMatches')}
            </Text>
          </Center>
        ) : (
          <Box ref={parent} h={height} style={{ overflowY: 'auto', overflowX: 'hidden' }} data-testid="inbox-list" role="list">
            <Box h={virtualizer.getTotalSize()} pos="relative">
              {items.map((item) => {
                const row = rows[item.index]!;
                return (
                  <Box
                    key={row.conversationId}
                    role="listitem"
                    pos="absolute"
                    top={0}
                    left={0}
                    w="100%"
                    h={ROW_HEIGHT}
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    <InboxRowButton row={row} labels={labels} selected={row.conversationId === selectedId} onOpen={() => onOpen(row.conversationId)} />
                  </Box>
                );
              })}
            </Box>
            {isFetchingNextPage && (
              <Center py="xs">
                <Loader size="xs" />
              </Center>
            )}
          </Box>
        );
}
