import { ActionIcon, Box, Card, Center, Grid, Group, Select, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INBOX_NEEDS, type InboxQuery } from '../../../../main/contract/console-schemas';
import { useInboxCounts, useInboxPages } from '../../api/queries';
import { Icon } from '../../components/icon';
import { showToast } from '../../lib/toasts';
import { ConversationPane } from './conversation-pane';
import { DraftCommandSlot, DraftCommandsContext } from './draft-commands';
import { InboxList } from './inbox-list';
import { KeyboardHelp } from './keyboard-help';
import { nextNeedingPerson } from './next-conversation';
import { useInboxHotkeys } from './use-inbox-hotkeys';

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
  const [need, setNeed] = useState<InboxQuery['need']>('all');
  const [channel, setChannel] = useState<InboxQuery['channel']>('all');
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 200);
  const filter = { need, channel, search };
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
    if (next === null) showToast({ color: 'blue', title: t('keyboard.nothingNext'), message: '' }, 3000);
    else onSelect(next);
  };
  const needOptions = [
    { value: 'all', label: t('inbox.allNeeds') },
    ...INBOX_NEEDS.map((value) => ({ value, label: t('inbox.needCount', { need: t(`inbox.need.${value}`), count: counts.data?.needs[value] ?? 0 }) })),
  ];

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
              {/* Side by side when there is room, one under the other in a narrow column. */}
              <Group gap={6} wrap="wrap">
                <Select
                  data-testid="inbox-filter-need"
                  aria-label={t('inbox.needLabel')}
                  data={needOptions}
                  value={need}
                  onChange={(value) => setNeed((value as InboxQuery['need'] | null) ?? 'all')}
                  allowDeselect={false}
                  size="xs"
                  style={{ flex: '1 1 150px' }}
                />
                <Select
                  data-testid="inbox-filter-channel"
                  aria-label={t('inbox.channelLabel')}
                  data={[
                    { value: 'all', label: t('inbox.allChannels') },
                    { value: 'whatsapp', label: t('channel.whatsapp') },
                    { value: 'practice', label: t('channel.practice') },
                  ]}
                  value={channel}
                  onChange={(value) => setChannel((value as InboxQuery['channel'] | null) ?? 'all')}
                  allowDeselect={false}
                  size="xs"
                  style={{ flex: '1 1 130px' }}
                />
              </Group>
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
              <ConversationPane key={selectedId} conversationId={selectedId} onBack={() => onSelect(null)} onDone={afterDecision} />
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
    </DraftCommandsContext.Provider>
  );
}
