import { Box, Stack, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../main/contract/schemas';
import { VirtualRows } from '../../components/virtual-rows';
import { AutoSendNote } from '../autopilot/auto-send-note';
import { useAutoSends } from '../autopilot/autopilot-queries';
import { ChatMessage } from '../practice/chat-message';
import { DraftingBubble } from '../practice/drafting-bubble';

/**
 * A chat's whole history, virtualised: bubbles are measured as they render, so a chat of
 * thousands of messages keeps a few dozen in the DOM. Opens (and follows new messages) at the end.
 */
export function ConversationHistory({ conversationId, messages }: { conversationId: number; messages: Message[] }) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const autoSends = useAutoSends(conversationId, messages.length);
  const autoByMessage = new Map((autoSends.data?.sends ?? []).map((s) => [s.messageId, s]));
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders on scroll by design.
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 72,
    overscan: 6,
    getItemKey: (index) => messages[index]!.id,
  });

  useEffect(() => {
    if (messages.length > 0) virtualizer.scrollToIndex(messages.length - 1, { align: 'end' });
  }, [conversationId, messages.length, virtualizer]);

  return (
    <Box ref={parent} data-testid="conversation-history" bg="gray.0" style={{ flex: 1, minHeight: 96, overflowY: 'auto' }}>
      {messages.length === 0 ? (
        <Text c="gray.7" size="sm" ta="center" p="lg">
          {t('practice.noMessages')}
        </Text>
      ) : (
        <Box h={virtualizer.getTotalSize()} pos="relative">
          <VirtualRows virtualizer={virtualizer} px="md" py={6}>
            {(index) => {
              const auto = autoByMessage.get(messages[index]!.id);
              return (
                <>
                  <ChatMessage message={messages[index]!} />
                  {auto && <AutoSendNote send={auto} />}
                </>
              );
            }}
          </VirtualRows>
        </Box>
      )}
      <Stack px="md" pb="sm">
        <DraftingBubble conversationId={conversationId} />
      </Stack>
    </Box>
  );
}
