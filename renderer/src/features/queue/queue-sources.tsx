import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SourceRef } from '../../../../main/contract/schemas';
import { Icon } from '../../components/icon';
import { PolicyBadge } from '../../components/policy-badge';

/** The knowledge the draft is built from, so the owner can check it before sending. */
export function QueueSources({ sources }: { sources: SourceRef[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={8}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {t('queue.sources')}
      </Text>
      {sources.length === 0 ? (
        <Group gap={6} data-testid="queue-no-sources">
          <Icon name="alert" size={16} />
          <Text size="sm" c="dimmed">
            {t('queue.noSources')}
          </Text>
        </Group>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {sources.map((source) => (
            <Paper key={source.id} data-testid="queue-source" data-source-id={source.id} withBorder p="sm">
              <Group gap={6} wrap="nowrap" mb={4}>
                <Badge size="xs" variant="light" color={source.kind === 'faq' ? 'blue' : source.kind === 'fact' ? 'grape' : 'teal'} style={{ flexShrink: 0 }}>
                  {t(`queue.sourceKind.${source.kind}`)}
                </Badge>
                <Text size="sm" fw={600} lineClamp={1}>
                  {source.title}
                </Text>
              </Group>
              {source.policy && (
                <Group mb={4}>
                  <PolicyBadge />
                </Group>
              )}
              <Text size="sm" c="dimmed" lineClamp={3} title={source.snippet}>
                {source.snippet}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
