import { Button, Group, Popover, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuietHours } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { useAppInfo, useSettings } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';
import { browserPermission, type BrowserPermission } from './attention-text';

const DEFAULT_QUIET: QuietHours = { from: '21:00', to: '08:00' };

/**
 * Notifications: in the browser shell, permission is asked here, from a click (never on load);
 * quiet hours are the owner's setting, kept by the core, which decides every notice.
 */
export function AttentionButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} onDismiss={() => setOpened(false)} position="bottom-end" withinPortal shadow="md" trapFocus>
      <Popover.Target>
        <Button data-testid="attention-button" size="compact-sm" variant="default" leftSection={<Icon name="bell" size={14} />} onClick={() => setOpened((o) => !o)} style={{ flexShrink: 0 }}>
          {t('states.attention.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>{opened && <AttentionPanel onSaved={() => setOpened(false)} />}</Popover.Dropdown>
    </Popover>
  );
}

function AttentionPanel({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const shell = useAppInfo().data?.shell;
  const settings = useSettings().data;
  const [permission, setPermission] = useState<BrowserPermission>(browserPermission());
  const saved = settings?.quietHours ?? null;
  const [quiet, setQuiet] = useState<QuietHours | null>(saved);
  const save = useMutation({
    mutationFn: () => call('updateSettings', { quietHours: quiet }),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.settings, next);
      showToast({ color: 'green', title: t('states.attention.saved'), message: '' }, 3000);
      // Saved: the toast confirms it, and the disabled Save button would otherwise hold no focus for Escape.
      onSaved();
    },
    onError: (error) => showToast({ color: 'red', title: t('errors.actionFailed'), message: describeError(error) }),
  });
  const ask = async () => setPermission(await Notification.requestPermission());
  const changed = JSON.stringify(quiet) !== JSON.stringify(saved);

  return (
    <Stack gap="sm" maw={300} data-testid="attention-panel">
      <Text fw={650}>{t('states.attention.title')}</Text>
      <Text size="sm" c="gray.7">
        {t('states.attention.explain')}
      </Text>
      {shell === 'electron' && <Text size="sm">{t('states.attention.desktop')}</Text>}
      {shell === 'browser' && permission === 'default' && (
        <Button data-testid="attention-allow" size="compact-sm" variant="light" onClick={() => void ask()}>
          {t('states.attention.allow')}
        </Button>
      )}
      {shell === 'browser' && permission !== 'default' && (
        <Text size="sm" data-testid="attention-permission" data-permission={permission} c={permission === 'granted' ? 'leaf.9' : 'gray.8'}>
          {t(permission === 'granted' ? 'states.attention.allowed' : permission === 'denied' ? 'states.attention.denied' : 'states.attention.unsupported')}
        </Text>
      )}
      <Switch data-testid="quiet-hours" label={t('states.attention.quiet')} description={t('states.attention.quietHint')} checked={quiet !== null} onChange={(event) => setQuiet(event.currentTarget.checked ? (saved ?? DEFAULT_QUIET) : null)} />
      {quiet !== null && (
        <Group gap="xs" grow>
          <TextInput type="time" size="xs" label={t('states.attention.from')} value={quiet.from} onChange={(event) => setQuiet({ ...quiet, from: event.currentTarget.value || quiet.from })} />
          <TextInput type="time" size="xs" label={t('states.attention.to')} value={quiet.to} onChange={(event) => setQuiet({ ...quiet, to: event.currentTarget.value || quiet.to })} />
        </Group>
      )}
      <Group justify="flex-end">
        <Button data-testid="attention-save" size="compact-sm" disabled={!changed} loading={save.isPending} onClick={() => save.mutate()}>
          {t('states.labels.save')}
        </Button>
      </Group>
    </Stack>
  );
}
