import { Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDraftsInProgress } from '../../api/queries';

/** The reply a model is writing for this conversation, shown as a tentative bubble in the thread. */
export function DraftingBubble({ conversationId }: { conversationId: number }) {
  const { t } = useTranslation();
  const drafts = useDraftsInProgress(conversationId);
  const latest = drafts.at(-1);
  if (!latest) return null;

  return (
    <Group justify="flex-end" data-testid="drafting-bubble" data-message-id={latest.messageId}>
      <Paper
        maw="78%"
        px="md"
        py={10}
        radius="lg"
        bg="blue.0"
        withBorder
        style={{ borderStyle: 'dashed', borderColor: 'var(--mantine-color-blue-3)', borderBottomRightRadius: 4 }}
      >
        <Stack gap={4}>
          <Group gap={6}>
            <Loader size={12} type="dots" />
            <Text size="xs" c="blue.7" fw={600}>
              {t('queue.writing')}
            </Text>
          </Group>
          <Text size="sm" className="pre-wrap" c="dimmed" data-testid="drafting-text">
            {latest.text}
          </Text>
        </Stack>
      </Paper>
    </Group>
  );
}
