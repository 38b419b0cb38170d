import { Box } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { QueueItem } from '../../../../main/contract/schemas';
import { VirtualRows } from '../../components/virtual-rows';
import { QueueItemCard } from './queue-item-card';

/**
 * The review cards, virtualised against the page scroll: cards are measured as they render, so
 * 1,000 pending items keep a handful of cards in the DOM instead of all of them.
 */
export function QueueList({ items }: { items: QueueItem[] }) {
  const list = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(list.current ? list.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 420,
    overscan: 3,
    scrollMargin: offset,
    getItemKey: (index) => items[index]!.draftId,
  });

  return (
    <Box ref={list} pos="relative" h={virtualizer.getTotalSize()} data-testid="queue-list">
      <VirtualRows virtualizer={virtualizer} pb="lg">
        {(index) => <QueueItemCard item={items[index]!} />}
      </VirtualRows>
    </Box>
  );
}
