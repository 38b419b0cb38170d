import { AppShell, Badge, NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo, useQueue } from '../api/queries';
import type { Screen } from '../lib/use-route';
import { Icon, type IconName } from './icon';
import { UpdateNotice } from './update-notice';

const ITEMS: ReadonlyArray<{ screen: Screen; icon: IconName }> = [
  { screen: 'queue', icon: 'inbox' },
  { screen: 'practice', icon: 'message' },
  { screen: 'knowledge', icon: 'book' },
  { screen: 'tests', icon: 'check' },
  { screen: 'whatsapp', icon: 'phone' },
  { screen: 'settings', icon: 'sparkles' },
  { screen: 'activity', icon: 'activity' },
];

/** Left navigation; the review queue carries a badge with the number of pending items. */
export function AppNavbar({ screen, onNavigate }: { screen: Screen; onNavigate: (screen: Screen) => void }) {
  const { t } = useTranslation();
  const queue = useQueue();
  const appInfo = useAppInfo();
  const pending = queue.data?.items.filter((item) => item.status === 'pending').length ?? 0;

  return (
    <>
      <AppShell.Section grow>
        <Stack gap={4}>
          {ITEMS.map((item) => (
            <NavLink
              key={item.screen}
              component="button"
              data-testid={`nav-${item.screen}`}
              active={screen === item.screen}
              label={t(`nav.${item.screen}`)}
              description={t(`nav.${item.screen}Hint`)}
              leftSection={<Icon name={item.icon} size={20} />}
              rightSection={
                item.screen === 'queue' && pending > 0 ? (
                  <Badge data-testid="queue-count" size="sm" circle={pending < 10} variant="filled" color="orange">
                    {pending}
                  </Badge>
                ) : null
              }
              onClick={() => onNavigate(item.screen)}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          ))}
        </Stack>
      </AppShell.Section>
      <AppShell.Section>
        <UpdateNotice />
        <Text size="xs" c="dimmed" px="xs">
          {appInfo.data
            ? t('nav.version', { version: appInfo.data.version, shell: t(`nav.shell.${appInfo.data.shell}`) })
            : ' '}
        </Text>
      </AppShell.Section>
    </>
  );
}
