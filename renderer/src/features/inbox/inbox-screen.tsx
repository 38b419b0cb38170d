import { ActionIcon, Box, Card, Center, Grid, Group, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInboxCounts, useInboxPages, useLabels } from '../../api/queries';
import { Icon } from '../../components/icon';
import { showToast } from '../../lib/toasts';
import { ConversationPane } from './conversation-pane';
import { DraftCommandSlot, DraftCommandsContext } from './draft-commands';
import { InboxFilters, NO_FACETS, type InboxFacets } from './inbox-filters';
import { InboxList } from './inbox-list';
import { KeyboardHelp } from './keyboard-help';
import { nextNeedingPerson } from './next-conversation';
import { useInboxHotkeys } from './use-inbox-hotkeys';
import { AttentionButton } from '../attention/attention-button';

/** Header (64) + main padding (2 × 32) + title and filters: what the list and chat may not use. */
const PANE_HEIGHT = 'calc(100dvh - 64px - 48px - 56px)';

/**
 * The console's home: every conversation (WhatsApp and practice) with what it needs, filtered
 * and searched on the server, and the open chat beside the list. Keyboard first: see
 * `keyboard-map.ts` (and `?` on screen); after an approval the next chat needing a person opens.
 */
export function InboxScreen({ selectedId, onSelect }: { selectedId: number | null; onSelect: (id: number | null) => void }) {
  const { t } = useTranslation();
  const counts = useInboxCounts();
  const labels = useLabels();
  const [facets, setFacets] = useState<InboxFacets>(NO_FACETS);
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 200);
  const filter = { ...facets, search };
  // The same query the list shows (shared through the query cache): what j/k move through.
  const pages = useInboxPages(filter);
  const rows = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const [slot] = useState(() => new DraftCommandSlot());
  const searchInput = useRef<HTMLInputElement | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  useInboxHotkeys({ rows, selectedId, onSelect, slot, search: searchInput, openHelp: () => setHelpOpen(true) });
  const afterDecision = (action: 'approved' | 'rejected' | 'resolved') => {
    // A rejected draft leaves the turn needing a reply: stay, so the person can write it.
    if (action === 'rejected' || selectedId === null) return;
    const next = nextNeedingPerson(rows, selectedId);
    if (next !== null) return onSelect(next);
    // The loaded rows may be older than a customer's latest message: ask the server before
    // saying nothing is left, so a chat that arrived meanwhile is not skipped.
    const from = selectedId;
    void pages.refetch().then((fresh) => {
      const again = nextNeedingPerson(fresh.data?.pages.flatMap((page) => page.items) ?? [], from);
      if (again === null) showToast({ color: 'blue', title: t('keyboard.nothingNext'), message: '' }, 3000);
      else onSelect(again);
    });
  };
  return (
    <DraftCommandsContext.Provider value={slot}>
    <Stack gap="sm" mt={-8}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Title order={1} size="h2">
          {t('inbox.title')}
        </Title>
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <Text c="gray.7" size="sm" visibleFrom="lg" truncate>
            {t('inbox.description')}
          </Text>
          <Tooltip label={t('keyboard.open')} withArrow>
            <ActionIcon variant="default" aria-label={t('keyboard.open')} data-testid="keyboard-help-open" onClick={() => setHelpOpen(true)}>
              <Text size="sm" fw={700}>
                ?
              </Text>
            </ActionIcon>
          </Tooltip>
          <AttentionButton />
        </Group>
      </Group>
      <KeyboardHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }} display={{ base: selectedId === null ? 'block' : 'none', md: 'block' }}>
          <Card p={0} h={PANE_HEIGHT} style={{ display: 'flex', flexDirection: 'column' }}>
            <Stack gap={6} p="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
              <TextInput
                data-testid="inbox-search"
                aria-label={t('inbox.searchLabel')}
                placeholder={t('inbox.searchPlaceholder')}
                leftSection={<Icon name="search" size={16} />}
                ref={searchInput}
                value={typed}
                onChange={(event) => setTyped(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') event.currentTarget.blur();
                }}
                size="sm"
              />
              <InboxFilters value={facets} onChange={setFacets} counts={counts.data} labels={labels.data?.items ?? []} />
            </Stack>
            <Box style={{ flex: 1, minHeight: 0 }}>
              <InboxList filter={filter} selectedId={selectedId} onOpen={onSelect} height="100%" />
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
              <ConversationPane key={selectedId} conversationId={selectedId} nextId={nextNeedingPerson(rows, selectedId)} onBack={() => onSelect(null)} onDone={afterDecision} />
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
    </DraftCommandsContext.Provider>
  );
}
