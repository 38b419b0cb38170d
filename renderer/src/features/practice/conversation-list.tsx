import { Badge, Box, Group, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxRow } from '../../../../main/contract/console-schemas';
import type { Conversation } from '../../../../main/contract/schemas';
import { useInboxPages } from '../../api/queries';
import { TimeAgo } from '../../components/time-ago';
import { VirtualRows } from '../../components/virtual-rows';
import { ConversationStateBadge } from './conversation-state-badge';

/** What a list click hands over: enough to continue the chat as the same customer. */
export type PickedConversation = Pick<Conversation, 'id' | 'customerName' | 'language'>;

/**
 * Conversations of one channel (practice by default), newest activity first; click one to open
 * its thread. Paged from the server (the inbox's keyset pages, no cap) and virtualised.
 */
export function ConversationList({
  selectedId,
  onSelect,
  channel = 'practice',
  emptyText,
}: {
  selectedId: number | null;
  onSelect: (conversation: PickedConversation) => void;
  channel?: Conversation['channel'];
  emptyText?: string;
}) {
  const { t } = useTranslation();
  const pages = useInboxPages({ need: 'all', channel, search: '' });
  const rows = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const parent = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders on scroll by design.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 76,
    overscan: 6,
    getItemKey: (index) => rows[index]!.conversationId,
  });
  const lastIndex = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 10) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastIndex, rows.length]);

  if (pages.data === undefined) return <Box mih={160} data-testid={pages.isError ? 'query-error' : 'loading'} />;
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md" data-testid="conversations-empty">
        {emptyText ?? t('practice.noConversations')}
      </Text>
    );
  }
  return (
    <Box ref={parent} mah={560} style={{ overflowY: 'auto', overflowX: 'hidden' }}>
      <Box h={virtualizer.getTotalSize()} pos="relative">
        <VirtualRows virtualizer={virtualizer} pb={6}>
          {(index) => <ConversationItem row={rows[index]!} active={rows[index]!.conversationId === selectedId} onSelect={onSelect} />}
        </VirtualRows>
      </Box>
    </Box>
  );
}

function ConversationItem({ row, active, onSelect }: { row: InboxRow; active: boolean; onSelect: (conversation: PickedConversation) => void }) {
  return (
    <UnstyledButton
      data-testid="conversation-item"
      data-conversation-id={row.conversationId}
      data-active={active || undefined}
      aria-current={active || undefined}
      onClick={() => onSelect({ id: row.conversationId, customerName: row.customerName, language: row.language })}
      p="sm"
      w="100%"
      bg={active ? 'leaf.0' : undefined}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        border: `1px solid ${active ? 'var(--mantine-color-leaf-3)' : 'var(--mantine-color-gray-2)'}`,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" truncate>
            {row.customerName}
          </Text>
          <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
            {row.language}
          </Badge>
        </Group>
        <TimeAgo at={row.lastMessageAt} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} />
      </Group>
      <Text size="xs" c="dimmed" lineClamp={1} mt={2}>
        {row.lastMessageText}
      </Text>
      {row.state !== 'assistant' && <ConversationStateBadge state={row.state} size="xs" mt={6} withTestId={false} />}
    </UnstyledButton>
  );
}
