import { Box, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../main/contract/schemas';
import { EditedMark, MessageContent } from '../../components/message-content';
import { formatAbsolute, formatClock } from '../../lib/time';

const STATUS_COLORS: Record<Message['status'], string> = {
  received: 'dimmed',
  queued: 'dimmed',
  sent: 'dimmed',
  delivered: 'leaf.8',
  read: 'blue.7',
  failed: 'red.7',
};

/**
 * A chat bubble: the customer on the left, the shop's replies on the right with delivery status;
 * media as a badge, the customer's reaction, an "edited" mark and deleted messages greyed out.
 */
export function ChatMessage({ message }: { message: Message }) {
  const { t, i18n } = useTranslation();
  const outbound = message.direction === 'out';
  const deleted = message.deletedAt !== null;

  return (
    <Group justify={outbound ? 'flex-end' : 'flex-start'} data-testid="chat-message" data-direction={message.direction}>
      <Box maw="78%" pos="relative" pb={message.reaction ? 12 : 0}>
        <Paper
          px="md"
          py={10}
          radius="lg"
          withBorder={!outbound || deleted}
          bg={deleted ? 'gray.0' : outbound ? 'leaf.1' : 'var(--mantine-color-body)'}
          style={outbound ? { borderBottomRightRadius: 4 } : { borderBottomLeftRadius: 4 }}
        >
          <MessageContent text={message.text} media={message.media} deleted={deleted} testId="chat-message" />
          <Group gap={6} justify="flex-end" mt={4} wrap="nowrap">
            {outbound && message.author && (
              <Text size="xs" c="dimmed">
                {message.author} ·
              </Text>
            )}
            {message.editedAt !== null && !deleted && (
              <EditedMark at={message.editedAt} testId="chat-message-edited">
                {' ·'}
              </EditedMark>
            )}
            <Text size="xs" c="dimmed" title={formatAbsolute(message.at, i18n.language)}>
              {formatClock(message.at, i18n.language)}
            </Text>
            {outbound && (
              <Text size="xs" c={STATUS_COLORS[message.status]} data-testid="chat-message-status" data-status={message.status}>
                · {t(`practice.status.${message.status}`)}
              </Text>
            )}
          </Group>
        </Paper>
        {message.reaction && (
          <Paper
            data-testid="chat-message-reaction"
            aria-label={t('practice.reactionLabel', { emoji: message.reaction })}
            pos="absolute"
            bottom={-2}
            {...(outbound ? { left: 12 } : { right: 12 })}
            px={6}
            radius="xl"
            withBorder
            shadow="xs"
          >
            <Text size="sm" lh={1.4}>
              {message.reaction}
            </Text>
          </Paper>
        )}
      </Box>
    </Group>
  );
}
