import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationStatus } from '../../../../main/contract/console-schemas';
import type { ConversationState } from '../../../../main/contract/schemas';
import type { StatusChange } from '../../../../main/contract/states-schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';
import { useNow } from '../../lib/use-now';
import { parseLocalDateTime, snoozeOneHour, snoozeTomorrowMorning, toLocalDateTime } from './snooze-presets';
import { useRegisterStatusCommands } from './draft-commands';
import { formatSnooze } from './status-badge';

/**
 * The conversation view's status actions: resolve, snooze (1 hour, tomorrow 9:00, a chosen
 * time), waiting for the customer, reopen; and take over / resume the assistant. In the inbox,
 * `x` resolves (`onResolved` then lets the inbox move on).
 */
export function StatusActions({
  conversationId,
  status,
  state,
  onResolved,
}: {
  conversationId: number;
  status: ConversationStatus;
  state: ConversationState;
  onResolved?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [custom, setCustom] = useState<string | null>(null);
  // The snooze dialog opens from a menu item that is gone once it shows: on close, focus goes
  // back to the menu's button rather than to nowhere.
  const menuButton = useRef<HTMLButtonElement | null>(null);
  const now = useNow();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.inbox });
    void queryClient.invalidateQueries({ queryKey: queryKeys.conversation(conversationId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.queue });
  };
  const change = useMutation({
    mutationFn: (next: StatusChange) => call('setConversationStatus', next),
    onSuccess: (row) => {
      refresh();
      setCustom(null);
      const message = row.status === 'snoozed' && row.snoozedUntil !== null ? t('states.actions.done.snoozed', { time: formatSnooze(row.snoozedUntil, i18n.language) }) : t(`states.actions.done.${row.status}`);
      showToast({ color: 'green', title: message, message: '' }, 3000);
      if (row.status === 'resolved') onResolved?.();
    },
    onError: (error) => showToast({ color: 'red', title: t('errors.actionFailed'), message: describeError(error) }),
  });
  const driver = useMutation({
    mutationFn: (to: 'paused' | 'assistant') => (to === 'paused' ? call('takeOverConversation', { conversationId }) : call('resumeAssistant', { conversationId })),
    onSuccess: refresh,
    onError: (error) => showToast({ color: 'red', title: t('errors.actionFailed'), message: describeError(error) }),
  });
  useRegisterStatusCommands({
    resolve: () => {
      if (status !== 'resolved' && !change.isPending) change.mutate({ conversationId, status: 'resolved' });
    },
  });
  const customAt = custom === null ? null : parseLocalDateTime(custom);
  const customValid = customAt !== null && customAt > now;

  return (
    <Group gap={6} wrap="nowrap">
      {state === 'paused' ? (
        <Button data-testid="resume-assistant" size="compact-sm" variant="light" leftSection={<Icon name="play" size={14} />} loading={driver.isPending} onClick={() => driver.mutate('assistant')}>
          {t('states.actions.resume')}
        </Button>
      ) : (
        <Button data-testid="take-over" size="compact-sm" variant="default" leftSection={<Icon name="user" size={14} />} loading={driver.isPending} onClick={() => driver.mutate('paused')} title={t('states.actions.takeOverHint')}>
          {t('states.actions.takeOver')}
        </Button>
      )}
      {status === 'resolved' ? (
        <Button data-testid="status-reopen" size="compact-sm" variant="default" loading={change.isPending} onClick={() => change.mutate({ conversationId, status: 'open' })}>
          {t('states.actions.open')}
        </Button>
      ) : (
        <Button data-testid="status-resolve" size="compact-sm" variant="light" color="leaf" leftSection={<Icon name="check" size={14} />} loading={change.isPending} onClick={() => change.mutate({ conversationId, status: 'resolved' })} title={t('states.actions.resolveHint')}>
          {t('states.actions.resolve')}
        </Button>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button ref={menuButton} data-testid="status-menu" size="compact-sm" variant="default" leftSection={<Icon name="clock" size={14} />} rightSection={<Icon name="selector" size={12} />}>
            {t('states.actions.snooze')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('states.actions.snoozeHint')}</Menu.Label>
          <Menu.Item data-testid="snooze-hour" onClick={() => change.mutate({ conversationId, status: 'snoozed', until: snoozeOneHour(Date.now()) })}>
            {t('states.actions.snoozeHour')}
          </Menu.Item>
          <Menu.Item data-testid="snooze-tomorrow" onClick={() => change.mutate({ conversationId, status: 'snoozed', until: snoozeTomorrowMorning(Date.now()) })}>
            {t('states.actions.snoozeTomorrow')}
          </Menu.Item>
          <Menu.Item data-testid="snooze-custom" onClick={() => setCustom(toLocalDateTime(snoozeTomorrowMorning(Date.now())))}>
            {t('states.actions.snoozeCustom')}
          </Menu.Item>
          <Menu.Divider />
          {status !== 'pending' && (
            <Menu.Item data-testid="status-pending" onClick={() => change.mutate({ conversationId, status: 'pending' })}>
              {t('states.actions.pending')}
            </Menu.Item>
          )}
          {status !== 'open' && (
            <Menu.Item data-testid="status-open" onClick={() => change.mutate({ conversationId, status: 'open' })}>
              {t('states.actions.open')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={custom !== null}
        onClose={() => setCustom(null)}
        returnFocus={false}
        onExitTransitionEnd={() => menuButton.current?.focus()}
        title={t('states.actions.snoozeCustomLabel')}
        size="sm"
      >
        <Stack gap="sm">
          <TextInput
            data-testid="snooze-at"
            type="datetime-local"
            label={t('states.actions.snoozeCustomLabel')}
            value={custom ?? ''}
            min={toLocalDateTime(now)}
            onChange={(event) => setCustom(event.currentTarget.value)}
            data-autofocus
          />
          <Text size="sm" c="gray.7">
            {t('states.actions.snoozeHint')}
          </Text>
          <Group justify="flex-end">
            <Button data-testid="snooze-confirm" disabled={!customValid} loading={change.isPending} onClick={() => customAt !== null && change.mutate({ conversationId, status: 'snoozed', until: customAt })}>
              {t('states.actions.snoozeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
