import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/call';
import { useSettings } from '../api/queries';
import { queryKeys } from '../api/query-keys';

const CHOICES: readonly MantineColorScheme[] = ['auto', 'light', 'dark'];

/** Sun (light), moon (dark), half-filled circle (the system's). */
function SchemeGlyph({ scheme }: { scheme: MantineColorScheme }) {
  const paths: Record<MantineColorScheme, string[]> = {
    light: ['M12 12m-4 0a4 4 0 1 0 8 0a4 4 0 1 0 -8 0', 'M3 12h1m8 -9v1m8 8h1m-9 8v1m-6.4 -15.4l.7 .7m12.1 -.7l-.7 .7m0 11.4l.7 .7m-12.1 -.7l-.7 .7'],
    dark: ['M12 3c.132 0 .263 0 .393 0a7.5 7.5 0 0 0 7.92 12.446a9 9 0 1 1 -8.313 -12.454z'],
    auto: ['M12 12m-9 0a9 9 0 1 0 18 0a9 9 0 1 0 -18 0', 'M12 3v18', 'M12 9l4.65 -4.65', 'M12 14.3l7.37 -7.37', 'M12 19.6l8.85 -8.85'],
  };
  return (
    <svg width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden>
      {paths[scheme].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

/**
 * Light / dark / the system's theme: applied at once and stored in main's settings, like the UI
 * language, so the browser and the desktop shell open in the owner's choice.
 */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (scheme: MantineColorScheme) => call('updateSettings', { colorScheme: scheme }),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });
  const label = `${t('a11y.theme')}: ${t(`a11y.themeChoice.${colorScheme}`)}`;

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon data-testid="theme-switch" data-scheme={colorScheme} variant="default" size="lg" aria-label={label} title={label}>
          <SchemeGlyph scheme={colorScheme} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('a11y.theme')}</Menu.Label>
        {CHOICES.map((choice) => (
          <Menu.Item
            key={choice}
            data-testid={`theme-${choice}`}
            leftSection={<SchemeGlyph scheme={choice} />}
            aria-checked={choice === colorScheme}
            role="menuitemradio"
            fw={choice === colorScheme ? 700 : undefined}
            onClick={() => {
              setColorScheme(choice);
              save.mutate(choice);
            }}
          >
            {t(`a11y.themeChoice.${choice}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Follows the theme stored in main's settings whenever they load or change (unset: the system's). */
export function useColorSchemeSync(): void {
  const settings = useSettings();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const stored = settings.data ? (settings.data.colorScheme ?? 'auto') : null;
  // Mantine's setter is a new function each render (and restyles the page when called): apply
  // a stored value that differs, once per change.
  const applyStored = useEffectEvent((value: MantineColorScheme) => {
    if (value !== colorScheme) setColorScheme(value);
  });
  useEffect(() => {
    if (stored) applyStored(stored);
  }, [stored]);
}
