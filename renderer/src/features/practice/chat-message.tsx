import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../main/contract/schemas';
import { formatAbsolute, formatClock } from '../../lib/time';

const STATUS_COLORS: Record<Message['status'], string> = {
  received: 'dimmed',
  queued: 'dimmed',
  sent: 'dimmed',
  delivered: 'leaf.8',
  read: 'blue.7',
  failed: 'red.7',
};

/** A chat bubble: the customer on the left, the shop's replies on the right with delivery status. */
export function ChatMessage({ message }: { message: Message }) {
  const { t, i18n } = useTranslation();
  const outbound = message.direction === 'out';

  return (
    <Group justify={outbound ? 'flex-end' : 'flex-start'} data-testid="chat-message" data-direction={message.direction}>
      <Paper
        maw="78%"
        px="md"
        py={10}
        radius="lg"
        withBorder={!outbound}
        bg={outbound ? 'leaf.1' : 'white'}
        style={outbound ? { borderBottomRightRadius: 4 } : { borderBottomLeftRadius: 4 }}
      >
        <Text size="sm" className="pre-wrap" data-testid="chat-message-text">
          {message.text}
        </Text>
        <Group gap={6} justify="flex-end" mt={4} wrap="nowrap">
          {outbound && message.author && (
            <Text size="xs" c="dimmed">
              {message.author} ·
            </Text>
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
    </Group>
  );
}
