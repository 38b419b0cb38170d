import { Badge, Box, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { useConversation } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { languageName } from '../../lib/languages';
import { ConversationStateBadge } from '../practice/conversation-state-badge';
import { ConversationHistory } from './conversation-history';
import { NeedBadge } from './need-badge';
import { PendingDraft } from './pending-draft';
import { ReplyBox } from './reply-box';

/** One chat beside the inbox list: its history, the pending draft in place, and a reply box. */
export function ConversationPane({
  conversationId,
  onBack,
  onDone,
}: {
  conversationId: number;
  onBack: () => void;
  /** A decision on the pending draft landed (the inbox moves on after an approval). */
  onDone?: (action: 'approved' | 'rejected' | 'resolved') => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useConversation(conversationId);
  const messageCount = query.data?.messages.length ?? 0;
  const markRead = useMutation({
    mutationFn: () => call('markConversationRead', { conversationId }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.inboxLists }),
  });
  const { mutate } = markRead;
  const resume = useMutation({
    mutationFn: () => call('resumeAssistant', { conversationId }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversation(conversationId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.inbox });
    },
  });

  // Opening the chat, and each new message while it is open, marks what the person has seen.
  useEffect(() => {
    if (messageCount > 0) mutate();
  }, [conversationId, messageCount, mutate]);

  if (!query.data) {
    return (
      <Center h="100%" data-testid="loading">
        {query.isError ? <Text c="red.8">{t('errors.loadFailed')}</Text> : <Loader size="sm" />}
      </Center>
    );
  }
  const { conversation, messages } = query.data;
  const need = markRead.data?.conversationId === conversationId ? markRead.data.need : null;

  return (
    <Stack gap={0} h="100%" data-testid="conversation-pane" data-conversation-id={conversation.id}>
      <Group justify="space-between" px="md" py="xs" wrap="nowrap" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
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
          {need && <NeedBadge need={need} />}
          {/* The need says what matters; the assistant's state is extra, except when paused. */}
          {conversation.state === 'paused' ? <ConversationStateBadge state="paused" /> : <ConversationStateBadge state={conversation.state} visibleFrom="lg" />}
          {conversation.state === 'paused' && (
            <Button data-testid="resume-assistant" size="compact-sm" variant="light" leftSection={<Icon name="play" size={14} />} loading={resume.isPending} onClick={() => resume.mutate()}>
              {t('practice.resume')}
            </Button>
          )}
        </Group>
      </Group>
      <ConversationHistory conversationId={conversation.id} messages={messages} />
      <PendingDraft conversationId={conversation.id} onDone={onDone} />
      <Box>
        <ReplyBox conversationId={conversation.id} customerName={conversation.customerName} language={conversation.language} optedOut={need === 'optout'} />
      </Box>
    </Stack>
  );
}
