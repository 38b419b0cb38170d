import { ActionIcon, Badge, Box, Button, Center, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { useConversationPages, useInboxRow, usePendingDraft } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { languageName } from '../../lib/languages';
import { CustomerCardDrawer } from '../customer/customer-card';
import { ConversationStateBadge } from '../practice/conversation-state-badge';
import { AssigneePicker } from './assignee-picker';
import { ConversationHistory } from './conversation-history';
import { patchInboxRow, prefetchConversation } from './inbox-cache';
import { showsStatus } from './inbox-row';
import { LabelPicker } from './label-picker';
import { NeedBadge } from './need-badge';
import { StatusActions } from './status-actions';
import { StatusBadge } from './status-badge';
import { PendingDraft } from './pending-draft';
import { ReplyBox } from './reply-box';

/** One chat beside the inbox list: its history, the pending draft in place, and a reply box. */
export function ConversationPane({
  conversationId,
  onBack,
  onDone,
  nextId = null,
}: {
  conversationId: number;
  /** The chat the reviewer most likely opens next: fetched once this one has loaded. */
  nextId?: number | null;
  onBack: () => void;
  /** A decision on the pending draft landed (the inbox moves on after an approval). */
  onDone?: (action: 'approved' | 'rejected' | 'resolved') => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useConversationPages(conversationId);
  const inboxRow = useInboxRow(conversationId);
  // Asked for with the history, not after it renders: the draft is part of the first paint.
  usePendingDraft(conversationId);
  // Pages come newest first; the history reads oldest first.
  const messages = useMemo(() => (query.data?.pages ?? []).toReversed().flatMap((p) => p.messages), [query.data]);
  const newestId = messages.at(-1)?.id ?? 0;
  const { fetchNextPage } = query;
  const markRead = useMutation({
    mutationFn: () => call('markConversationRead', { conversationId }),
    // Only this row changed (and the counts): patch it rather than refetch the whole inbox.
    onSuccess: (row) => {
      queryClient.setQueryData(queryKeys.inboxRow(conversationId), row);
      patchInboxRow(queryClient, conversationId, () => row);
      void queryClient.invalidateQueries({ queryKey: queryKeys.inboxCounts });
    },
  });
  const { mutate } = markRead;
  const [cardOpen, setCardOpen] = useState(false);
  const [focus, setFocus] = useState<{ messageId: number; n: number } | null>(null);
  // Unknown (row not loaded yet) counts as unread; a chat with nothing unread is not marked again.
  const unread = inboxRow.data?.unread ?? 1;

  // Opening the chat, and each new message while it is open, marks what the person has seen.
  useEffect(() => {
    if (newestId > 0 && unread > 0) mutate();
  }, [conversationId, newestId, unread, mutate]);

  const loaded = query.data !== undefined;
  useEffect(() => {
    if (loaded && nextId !== null && nextId !== conversationId) prefetchConversation(queryClient, nextId);
  }, [loaded, nextId, conversationId, queryClient]);

  if (!query.data) {
    return (
      <Center h="100%" data-testid="loading">
        {query.isError ? <Text c="red.8">{t('errors.loadFailed')}</Text> : <Loader size="sm" />}
      </Center>
    );
  }
  const { conversation } = query.data.pages[0]!;
  const row = inboxRow.data ?? (markRead.data?.conversationId === conversationId ? markRead.data : null);
  const need = row?.need ?? null;

  return (
    <Stack gap={0} h="100%" data-testid="conversation-pane" data-conversation-id={conversation.id}>
      <Group justify="space-between" px="md" py="xs" wrap="nowrap" bg="var(--mantine-color-body)" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <Button variant="subtle" size="compact-sm" color="gray" onClick={onBack} aria-label={t('inbox.back')} data-testid="conversation-back" hiddenFrom="md">
            <Icon name="list" size={16} />
          </Button>
          <Text fw={700} size="lg" truncate miw={48} data-testid="conversation-name">
            {conversation.customerName}
          </Text>
          <Badge variant="outline" color="gray" style={{ flexShrink: 0 }} visibleFrom="lg">
            {t(`channel.${conversation.channel}`)}
          </Badge>
          <Badge variant="outline" color="gray" style={{ flexShrink: 0 }} visibleFrom="lg">
            {languageName(conversation.language)}
          </Badge>
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {row && showsStatus(row) ? <StatusBadge status={row.status} snoozedUntil={row.snoozedUntil} /> : need && <NeedBadge need={need} />}
          {/* The need says what matters; the assistant's state is extra, except when paused. */}
          {conversation.state === 'paused' ? <ConversationStateBadge state="paused" /> : <ConversationStateBadge state={conversation.state} visibleFrom="lg" />}
          <LabelPicker conversationId={conversation.id} labelIds={row?.labelIds ?? []} />
          {/* An icon with a tooltip: the header is narrow, and the customer's name comes first. */}
          <Tooltip label={`${t('customer.open')} · ${t('customer.openHint')}`} withArrow>
            <ActionIcon
              variant={cardOpen ? 'light' : 'default'}
              size={30}
              onClick={() => setCardOpen((open) => !open)}
              aria-label={t('customer.open')}
              aria-expanded={cardOpen}
              data-testid="customer-card-open"
            >
              <Icon name="user" size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {/* Actions on their own row: the chat column is narrow at 1024 px. */}
      <Group px="md" py={6} gap="xs" wrap="wrap" bg="gray.0" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} data-testid="conversation-actions">
        <StatusActions conversationId={conversation.id} status={row?.status ?? 'open'} state={conversation.state} onResolved={() => onDone?.('resolved')} />
        <AssigneePicker conversationId={conversation.id} assigneeId={row?.assignee?.id ?? null} />
      </Group>
      <ConversationHistory
        conversationId={conversation.id}
        messages={messages}
        hasOlder={query.hasNextPage}
        loadingOlder={query.isFetchingNextPage}
        onLoadOlder={fetchNextPage}
        focus={focus}
      />
      <PendingDraft conversationId={conversation.id} onDone={onDone} />
      <CustomerCardDrawer
        conversationId={conversation.id}
        opened={cardOpen}
        onClose={() => setCardOpen(false)}
        messages={messages}
        onShowMessage={(messageId) => {
          setCardOpen(false);
          setFocus((previous) => ({ messageId, n: (previous?.n ?? 0) + 1 }));
        }}
        onForgotten={() => {
          setCardOpen(false);
          onBack();
        }}
      />
      <Box>
        <ReplyBox conversationId={conversation.id} customerName={conversation.customerName} language={conversation.language} optedOut={need === 'optout'} />
      </Box>
    </Stack>
  );
}
