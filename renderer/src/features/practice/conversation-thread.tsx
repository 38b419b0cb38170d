import { Alert, Badge, Box, Button, Divider, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../main/contract/contract';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { languageName } from '../../lib/languages';
import { ChatMessage } from './chat-message';
import { DraftingBubble } from './drafting-bubble';
import { ConversationReferral } from './conversation-referral';
import { ConversationStateBadge } from './conversation-state-badge';

type ConversationData = ChannelOutput<'getConversation'>;

/** One conversation: who, the ad it started from, its state (with "resume" when paused) and the message thread. */
export function ConversationThread({ query }: { query: UseQueryResult<ConversationData> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const viewport = useRef<HTMLDivElement>(null);
  const messageCount = query.data?.messages.length ?? 0;
  const resume = useMutation({
    mutationFn: (conversationId: number) => call('resumeAssistant', { conversationId }),
    onSuccess: (conversation) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversation(conversation.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversations });
    },
  });

  useEffect(() => {
    const element = viewport.current;
    if (element) element.scrollTo({ top: element.scrollHeight });
  }, [messageCount]);

  return (
    <QueryState query={query} minHeight={360}>
      {({ conversation, messages }) => (
        <Stack gap={0} data-testid="conversation-thread" data-conversation-id={conversation.id}>
          <Group justify="space-between" px="lg" py="md" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Text fw={650} size="lg">
                {conversation.customerName}
              </Text>
              <Badge variant="outline" color="gray">
                {t(`channel.${conversation.channel}`)}
              </Badge>
              <Badge variant="outline" color="gray">
                {languageName(conversation.language)}
              </Badge>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <ConversationStateBadge state={conversation.state} size="lg" />
              {conversation.state === 'paused' && (
                <Button
                  data-testid="resume-assistant"
                  size="xs"
                  variant="light"
                  leftSection={<Icon name="play" size={14} />}
                  loading={resume.isPending}
                  onClick={() => resume.mutate(conversation.id)}
                >
                  {t('practice.resume')}
                </Button>
              )}
            </Group>
          </Group>
          {conversation.referral && <ConversationReferral referral={conversation.referral} />}
          {conversation.state === 'paused' && (
            <Alert data-testid="paused-note" color="gray" variant="light" radius={0} icon={<Icon name="user" />}>
              {t(conversation.channel === 'whatsapp' ? 'practice.pausedFromPhone' : 'practice.pausedNote')}
            </Alert>
          )}
          <Divider />
          {/* Fills the window's height, so the composer below stays in view down to 1024×640. */}
          <ScrollArea h="clamp(180px, calc(100dvh - 420px), 560px)" viewportRef={viewport} type="auto" bg="gray.0">
            <Stack gap="sm" p="lg">
              {messages.length === 0 ? (
                <Text c="dimmed" size="sm" ta="center">
                  {t('practice.noMessages')}
                </Text>
              ) : (
                messages.map((message) => <ChatMessage key={message.id} message={message} />)
              )}
              <DraftingBubble conversationId={conversation.id} />
              {conversation.state === 'needs_person' && (
                <Box ta="center">
                  <Text size="xs" c="orange.8" data-testid="needs-person-note">
                    {t('practice.needsPersonNote')}
                  </Text>
                </Box>
              )}
            </Stack>
          </ScrollArea>
          <Divider />
        </Stack>
      )}
    </QueryState>
  );
}
