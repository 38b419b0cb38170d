import { Badge, Box, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../main/contract/schemas';
import { Icon } from '../../components/icon';
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
 * The text to show under a media badge: the stored text starts (after any quoted lines) with a
 * placeholder such as "[Photo]"; a bare one is dropped because the badge says it in the owner's
 * language, one with details ("[Document: list.pdf]") is kept.
 */
function withoutBarePlaceholder(text: string): string {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => !line.startsWith('> '));
  if (index === -1) return text;
  lines[index] = lines[index]!.replace(/^\[[^\]:]*\]\s?/, '');
  return lines.filter((line, i) => i !== index || line !== '').join('\n');
}

/**
 * A chat bubble: the customer on the left, the shop's replies on the right with delivery status;
 * media as a badge, the customer's reaction, an "edited" mark and deleted messages greyed out.
 */
export function ChatMessage({ message }: { message: Message }) {
  const { t, i18n } = useTranslation();
  const outbound = message.direction === 'out';
  const deleted = message.deletedAt !== null;
  const body = message.media ? withoutBarePlaceholder(message.text) : message.text;

  return (
    <Group justify={outbound ? 'flex-end' : 'flex-start'} data-testid="chat-message" data-direction={message.direction}>
      <Box maw="78%" pos="relative" pb={message.reaction ? 12 : 0}>
        <Paper
          px="md"
          py={10}
          radius="lg"
          withBorder={!outbound || deleted}
          bg={deleted ? 'gray.0' : outbound ? 'leaf.1' : 'white'}
          style={outbound ? { borderBottomRightRadius: 4 } : { borderBottomLeftRadius: 4 }}
        >
          {message.media && !deleted && (
            <Badge
              data-testid="chat-message-media"
              data-media={message.media}
              title={t('practice.mediaNote')}
              variant="light"
              color="gray"
              leftSection={<Icon name="file" size={12} />}
              mb={body ? 6 : 0}
            >
              {t(`practice.media.${message.media}`)}
            </Badge>
          )}
          {deleted ? (
            <Text size="sm" fs="italic" c="dimmed" data-testid="chat-message-deleted">
              {t('practice.deleted')}
            </Text>
          ) : (
            body && (
              <Text size="sm" className="pre-wrap" data-testid="chat-message-text">
                {body}
              </Text>
            )
          )}
          <Group gap={6} justify="flex-end" mt={4} wrap="nowrap">
            {outbound && message.author && (
              <Text size="xs" c="dimmed">
                {message.author} ·
              </Text>
            )}
            {message.editedAt !== null && !deleted && (
              <Text size="xs" c="dimmed" fs="italic" data-testid="chat-message-edited" title={formatAbsolute(message.editedAt, i18n.language)}>
                {t('practice.edited')} ·
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
