import { AppShell, Badge, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo, useInboxCounts } from '../api/queries';
import type { Screen } from '../lib/use-route';
import { Icon, type IconName } from './icon';
import { UpdateNotice } from './update-notice';

// `label`: a screen whose strings live in its own feature file names its key prefix there.
const ITEMS: ReadonlyArray<{ screen: Screen; icon: IconName; label?: string }> = [
  { screen: 'inbox', icon: 'inbox' },
  { screen: 'queue', icon: 'list' },
  { screen: 'practice', icon: 'message' },
  { screen: 'knowledge', icon: 'book' },
  { screen: 'tests', icon: 'check' },
  { screen: 'whatsapp', icon: 'phone' },
  { screen: 'settings', icon: 'sparkles' },
  { screen: 'activity', icon: 'activity' },
  { screen: 'insights', icon: 'chart', label: 'insights' },
];

/**
 * Left navigation. The inbox's badge counts conversations waiting for a person, the review
 * queue's the pending drafts: both from one server-side count, never the whole queue.
 */
export function AppNavbar({ screen, setupOpen, onNavigate }: { screen: Screen; setupOpen: boolean; onNavigate: (screen: Screen) => void }) {
  const { t } = useTranslation();
  const counts = useInboxCounts();
  const appInfo = useAppInfo();
  const badges: Partial<Record<Screen, { count: number; testId: string }>> = {
    inbox: { count: counts.data?.waiting ?? 0, testId: 'inbox-count' },
    queue: { count: counts.data?.pendingDrafts ?? 0, testId: 'queue-count' },
  };

  return (
    <>
      {/* The links scroll on their own, so the update line and version below always stay in view. */}
      <AppShell.Section grow component={ScrollArea} type="auto" scrollbarSize={6} mb="xs">
        <Stack gap={4}>
          {setupOpen && (
            <NavLink
              component="button"
              data-testid="nav-setup"
              active={screen === 'setup'}
              label={t('setup.nav')}
              description={t('setup.navHint')}
              leftSection={<Icon name="sparkles" size={20} />}
              onClick={() => onNavigate('setup')}
              variant="filled"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          )}
          {ITEMS.map((item) => (
            <NavLink
              key={item.screen}
              component="button"
              data-testid={`nav-${item.screen}`}
              active={screen === item.screen}
              label={item.label ? t(`${item.label}.nav`) : t(`nav.${item.screen}`)}
              description={item.label ? t(`${item.label}.navHint`) : t(`nav.${item.screen}Hint`)}
              classNames={{ description: 'nav-hint' }}
              leftSection={<Icon name={item.icon} size={20} />}
              rightSection={<CountBadge badge={badges[item.screen]} />}
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

function CountBadge({ badge }: { badge: { count: number; testId: string } | undefined }) {
  if (!badge || badge.count === 0) return null;
  return (
    <Badge data-testid={badge.testId} size="sm" circle={badge.count < 10} variant="filled" color="orange">
      {badge.count}
    </Badge>
  );
}
