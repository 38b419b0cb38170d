import { Avatar, Badge, Card, Divider, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../../main/contract/schemas';
import { EditedMark, MessageContent } from '../../components/message-content';
import { TimeAgo } from '../../components/time-ago';
import { languageName } from '../../lib/languages';
import { AnswerPanel } from './answer-panel';
import { DrafterNote } from './drafter-note';
import { HandoffPanel } from './handoff-panel';
import { QueueReasons } from './queue-reasons';
import { SourcesRow } from './sources-row';

const ROUTE_COLORS: Record<QueueItem['route'], string> = { answer: 'leaf', handoff: 'orange', optout: 'red' };

/** One review card: what the customer wrote, why it waits, the sources, and the reply to approve. */
export function QueueItemCard({ item }: { item: QueueItem }) {
  const { t } = useTranslation();

  return (
    <Card data-testid="queue-item" data-route={item.route} data-status={item.status} data-draft-id={item.draftId}>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Avatar radius="xl" color="leaf" variant="light">
            {item.customerName.slice(0, 1).toUpperCase() || '?'}
          </Avatar>
          <Stack gap={0}>
            <Group gap={8}>
              <Text fw={650} data-testid="queue-customer-name">
                {item.customerName}
              </Text>
              <Badge size="sm" variant="outline" color="gray">
                {t(`channel.${item.channel}`)}
              </Badge>
              <Badge size="sm" variant="outline" color="gray">
                {languageName(item.language)}
              </Badge>
            </Group>
            <Group gap={6}>
              <TimeAgo at={item.receivedAt} size="xs" c="dimmed" />
              {item.route === 'answer' && <DrafterNote item={item} />}
            </Group>
          </Stack>
        </Group>
        <Badge size="lg" variant="light" color={ROUTE_COLORS[item.route]}>
          {t(`queue.route.${item.route}`)}
        </Badge>
      </Group>

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Stack gap={6}>
              <Text size="xs" tt="uppercase" fw={600} c="dimmed">
                {t('queue.customerWrote')}
              </Text>
              <Paper
                data-testid="queue-customer-message"
                bg="gray.0"
                p="md"
                withBorder
                style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}
              >
                <MessageContent text={item.customerMessage} media={item.customerMedia} size="md" testId="queue-customer-message" />
                {item.customerEditedAt !== null && (
                  <Group justify="flex-end" mt={4}>
                    <EditedMark at={item.customerEditedAt} testId="queue-customer-edited" />
                  </Group>
                )}
              </Paper>
              {item.customerMedia && (
                // Neither the drafter nor this card has seen what was sent, only its text: say where to see it.
                <Text size="xs" c="dimmed" data-testid="queue-media-note">
                  {t('message.mediaNote')}
                </Text>
              )}
            </Stack>
            <QueueReasons reasons={item.reasons} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {item.route === 'answer' ? <AnswerPanel item={item} /> : <HandoffPanel item={item} />}
        </Grid.Col>
      </Grid>

      <Divider my="md" />
      <SourcesRow item={item} />
    </Card>
  );
}
