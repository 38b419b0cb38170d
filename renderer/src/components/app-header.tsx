import { Burger, Divider, Group, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useKnowledgeSummary } from '../api/queries';
import { KillSwitch } from '../features/autopilot/kill-switch';
import { Icon } from './icon';
import { LanguageSwitch } from './language-switch';
import { OperatorControl } from './operator-control';
import { ThemeSwitch } from './theme-switch';

/** Top bar: product mark, the shop's name, who is operating, the UI language and the theme. */
export function AppHeader({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const { t } = useTranslation();
  const summary = useKnowledgeSummary();
  const shopName = summary.data?.profile?.name;

  return (
    <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
        <ThemeIcon size={34} radius="md" variant="filled">
          <Icon name="leaf" size={20} />
        </ThemeIcon>
        <Text fw={700} size="lg">
          Counterpart
        </Text>
        <Divider orientation="vertical" mx={4} visibleFrom="xs" />
        <Text data-testid="shop-name" c={shopName ? undefined : 'dimmed'} fw={shopName ? 500 : 400} truncate visibleFrom="xs">
          {shopName ?? t('header.noShop')}
        </Text>
      </Group>
      <Group gap="md" wrap="nowrap">
        <KillSwitch />
        <OperatorControl />
        <LanguageSwitch />
        <ThemeSwitch />
      </Group>
    </Group>
  );
}
