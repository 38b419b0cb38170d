import { Badge, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../../main/contract/schemas';
import { useConversations } from '../../api/queries';
import { QueryState } from '../../components/query-state';
import { TimeAgo } from '../../components/time-ago';
import { ConversationStateBadge } from './conversation-state-badge';

/** Conversations of one channel (practice by default), newest activity first; click one to open its thread. */
export function ConversationList({
  selectedId,
  onSelect,
  channel = 'practice',
  emptyText,
}: {
  selectedId: number | null;
  onSelect: (conversation: Conversation) => void;
  channel?: Conversation['channel'];
  emptyText?: string;
}) {
  const { t } = useTranslation();
  const conversations = useConversations(channel);

  return (
    <QueryState query={conversations}>
      {(data) =>
        data.items.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" data-testid="conversations-empty">
            {emptyText ?? t('practice.noConversations')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={560} type="auto" offsetScrollbars>
            <Stack gap={6}>
              {[...data.items]
                .sort((a, b) => b.lastMessageAt - a.lastMessageAt)
                .map((conversation) => {
                  const active = conversation.id === selectedId;
                  return (
                    <UnstyledButton
                      key={conversation.id}
                      data-testid="conversation-item"
                      data-conversation-id={conversation.id}
                      data-active={active || undefined}
                      aria-current={active || undefined}
                      onClick={() => onSelect(conversation)}
                      p="sm"
                      bg={active ? 'leaf.0' : undefined}
                      style={{
                        borderRadius: 'var(--mantine-radius-md)',
                        border: `1px solid ${active ? 'var(--mantine-color-leaf-3)' : 'var(--mantine-color-gray-2)'}`,
                      }}
                    >
                      <Group justify="space-between" wrap="nowrap" gap="xs">
                        <Group gap={6} wrap="nowrap">
                          <Text fw={600} size="sm" truncate>
                            {conversation.customerName}
                          </Text>
                          <Badge size="xs" variant="outline" color="gray">
                            {conversation.language}
                          </Badge>
                        </Group>
                        <TimeAgo at={conversation.lastMessageAt} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} />
                      </Group>
                      <Text size="xs" c="dimmed" lineClamp={1} mt={2}>
                        {conversation.lastMessageText}
                      </Text>
                      {conversation.state !== 'assistant' && (
                        <ConversationStateBadge state={conversation.state} size="xs" mt={6} withTestId={false} />
                      )}
                    </UnstyledButton>
                  );
                })}
            </Stack>
          </ScrollArea.Autosize>
        )
      }
    </QueryState>
  );
}
