import { Avatar, Badge, Card, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConversation, useDraftsInProgress, type DraftInProgress } from '../../api/queries';

/** Every draft a model is writing right now, as "Assistant is writing…" cards (top of the queue). */
export function DraftingCards() {
  const drafts = useDraftsInProgress();
  if (drafts.length === 0) return null;
  return (
    <Stack gap="lg" mb="lg">
      {drafts.map((draft) => (
        <DraftingCard key={draft.messageId} draft={draft} />
      ))}
    </Stack>
  );
}

/** One streaming draft: who it is for, what they wrote, and the reply as far as the model got. */
function DraftingCard({ draft }: { draft: DraftInProgress }) {
  const { t } = useTranslation();
  const conversation = useConversation(draft.conversationId);
  const name = conversation.data?.conversation.customerName ?? '';
  const question = conversation.data?.messages.find((message) => message.id === draft.messageId)?.text;

  return (
    <Card data-testid="drafting-card" data-message-id={draft.messageId} data-conversation-id={draft.conversationId} withBorder>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Avatar radius="xl" color="leaf" variant="light">
            {name.slice(0, 1).toUpperCase() || '…'}
          </Avatar>
          <Stack gap={0}>
            <Text fw={650}>{name || '…'}</Text>
            {conversation.data && (
              <Text size="xs" c="dimmed">
                {t(`channel.${conversation.data.conversation.channel}`)}
              </Text>
            )}
          </Stack>
        </Group>
        <Badge size="lg" variant="light" color="blue" leftSection={<Loader size={12} type="dots" color="blue" />}>
          {t('queue.writing')}
        </Badge>
      </Group>
      <Stack gap="sm">
        {question && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            “{question}”
          </Text>
        )}
        <Paper p="md" bg="blue.0" withBorder style={{ borderColor: 'var(--mantine-color-blue-2)', borderStyle: 'dashed' }}>
          <Text data-testid="drafting-text" className="pre-wrap">
            {draft.text}
            <Text span c="blue.6" fw={700} aria-hidden="true">
              {' '}▍
            </Text>
          </Text>
        </Paper>
        <Text size="xs" c="dimmed">
          {t('queue.writingHint')}
        </Text>
      </Stack>
    </Card>
  );
}
