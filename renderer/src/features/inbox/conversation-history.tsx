import { Box, Center, Loader, Stack, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../main/contract/schemas';
import { VirtualRows } from '../../components/virtual-rows';
import { AutoSendNote } from '../autopilot/auto-send-note';
import { useAutoSends } from '../autopilot/autopilot-queries';
import { ChatMessage } from '../practice/chat-message';
import { DraftingBubble } from '../practice/drafting-bubble';

/** How close (in estimated rows) to the top of what is loaded the person scrolls before older pages load. */
const LOAD_OLDER_WITHIN = 5;

/**
 * A chat's history, virtualised and paged: bubbles are measured as they render, so a chat of
 * thousands of messages keeps a few dozen in the DOM, and only the newest page is fetched on
 * open; scrolling up near the top loads the page before, keeping the message in view where it
 * was. Opens (and follows new messages) at the end.
 */
export function ConversationHistory({
  conversationId,
  messages,
  hasOlder = false,
  loadingOlder = false,
  onLoadOlder,
  focus = null,
}: {
  conversationId: number;
  messages: Message[];
  hasOlder?: boolean;
  loadingOlder?: boolean;
  onLoadOlder?: () => unknown;
  /** A message to bring into view and mark (a customer fact's "from this message"); `n` repeats it. */
  focus?: { messageId: number; n: number } | null;
}) {
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

  const newestId = messages.at(-1)?.id ?? 0;
  useEffect(() => {
    if (messages.length > 0) virtualizer.scrollToIndex(messages.length - 1, { align: 'end' });
    // Only a new newest message (or another chat) moves to the end; older pages keep the place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conversationId, newestId, virtualizer]);

  // A fact's message: scrolled to the middle of the view when it is among the loaded pages.
  useEffect(() => {
    if (!focus) return;
    const index = messages.findIndex((m) => m.id === focus.messageId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus]);

  // Older messages arrive above: hold the message that was at the top where it was.
  const anchor = useRef<{ id: number } | null>(null);
  const oldestId = messages[0]?.id ?? 0;
  useLayoutEffect(() => {
    const held = anchor.current;
    anchor.current = null;
    if (!held) return;
    const index = messages.findIndex((m) => m.id === held.id);
    if (index > 0) virtualizer.scrollToIndex(index, { align: 'start' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [oldestId]);

  // On the person's scrolling only: the first render sits at the top before it moves to the
  // end, and must not pull older pages in a cascade.
  const onScroll = () => {
    // The element's own offset, not the virtualizer's rows: those may still be the first render's.
    const scrolled = parent.current?.scrollTop ?? 0;
    if (!hasOlder || loadingOlder || !onLoadOlder || scrolled > LOAD_OLDER_WITHIN * 72) return;
    const items = virtualizer.getVirtualItems();
    const top = items.find((item) => item.start >= (virtualizer.scrollOffset ?? 0)) ?? items[0];
    if (top) anchor.current = { id: messages[top.index]!.id };
    onLoadOlder();
  };

  return (
    <Box ref={parent} onScroll={onScroll} data-testid="conversation-history" bg="gray.0" style={{ flex: 1, minHeight: 96, overflowY: 'auto' }}>
      {messages.length === 0 ? (
        <Text c="gray.7" size="sm" ta="center" p="lg">
          {t('practice.noMessages')}
        </Text>
      ) : (
        <Box h={virtualizer.getTotalSize()} pos="relative" data-has-older={hasOlder}>
          {/* Over the rows, not above them: the virtualizer's offsets start at the list's top. */}
          {loadingOlder && (
            <Center pos="absolute" top={4} left={0} w="100%" style={{ zIndex: 1 }} data-testid="history-loading-older">
              <Loader size="xs" aria-label={t('history.loadingOlder')} />
            </Center>
          )}
          <VirtualRows virtualizer={virtualizer} px="md" py={6}>
            {(index) => {
              const auto = autoByMessage.get(messages[index]!.id);
              const focused = focus?.messageId === messages[index]!.id;
              return (
                <Box
                  data-testid={focused ? 'history-focused-message' : undefined}
                  style={focused ? { outline: '2px solid var(--mantine-color-yellow-6)', outlineOffset: 2, borderRadius: 8 } : undefined}
                >
                  <ChatMessage message={messages[index]!} />
                  {auto && <AutoSendNote send={auto} />}
                </Box>
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
