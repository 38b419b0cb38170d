import { Box, Card, Center, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInboxCounts, useLabels } from '../../api/queries';
import { Icon } from '../../components/icon';
import { ConversationPane } from './conversation-pane';
import { InboxFilters, NO_FACETS, type InboxFacets } from './inbox-filters';
import { InboxList } from './inbox-list';
import { AttentionButton } from '../attention/attention-button';

/** Header (64) + main padding (2 × 32) + title and filters: what the list and chat may not use. */
const PANE_HEIGHT = 'calc(100dvh - 64px - 48px - 56px)';

/**
 * The console's home: every conversation (WhatsApp and practice) with what it needs, filtered
 * and searched on the server, and the open chat beside the list.
 */
export function InboxScreen({ selectedId, onSelect }: { selectedId: number | null; onSelect: (id: number | null) => void }) {
  const { t } = useTranslation();
  const counts = useInboxCounts();
  const labels = useLabels();
  const [facets, setFacets] = useState<InboxFacets>(NO_FACETS);
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 200);
  return (
    <Stack gap="sm" mt={-8}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Title order={1} size="h2">
          {t('inbox.title')}
        </Title>
        <Text c="gray.7" size="sm" visibleFrom="lg" truncate style={{ flex: 1 }}>
          {t('inbox.description')}
        </Text>
        <AttentionButton />
      </Group>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }} display={{ base: selectedId === null ? 'block' : 'none', md: 'block' }}>
          <Card p={0} h={PANE_HEIGHT} style={{ display: 'flex', flexDirection: 'column' }}>
            <Stack gap={6} p="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
              <TextInput
                data-testid="inbox-search"
                aria-label={t('inbox.searchLabel')}
                placeholder={t('inbox.searchPlaceholder')}
                leftSection={<Icon name="search" size={16} />}
                value={typed}
                onChange={(event) => setTyped(event.currentTarget.value)}
                size="sm"
              />
              <InboxFilters value={facets} onChange={setFacets} counts={counts.data} labels={labels.data?.items ?? []} />
            </Stack>
            <Box style={{ flex: 1, minHeight: 0 }}>
              <InboxList filter={{ ...facets, search }} selectedId={selectedId} onOpen={onSelect} height="100%" />
            </Box>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }} display={{ base: selectedId === null ? 'none' : 'block', md: 'block' }}>
          <Card p={0} h={PANE_HEIGHT}>
            {selectedId === null ? (
              <Center h="100%" p="xl" data-testid="inbox-pick">
                <Stack align="center" gap={6} maw={360}>
                  <Icon name="message" size={30} />
                  <Text fw={650}>{t('inbox.pickTitle')}</Text>
                  <Text c="gray.7" size="sm" ta="center">
                    {t('inbox.pickDescription')}
                  </Text>
                </Stack>
              </Center>
            ) : (
              <ConversationPane key={selectedId} conversationId={selectedId} onBack={() => onSelect(null)} />
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
