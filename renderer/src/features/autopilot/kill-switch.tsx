import { Button, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { showToast } from '../../lib/toasts';
import { autopilotKeys, useAutopilot } from './autopilot-queries';

/**
 * The kill switch in the header: one click (or Ctrl/Cmd+Shift+.) stops every automatic send and
 * takes back queued ones not yet handed to WhatsApp. Shown while the autopilot may send; the
 * shortcut works always.
 */
export function KillSwitch() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const state = useAutopilot();
  const stop = useMutation({
    mutationFn: () => call('stopAutopilot', {}),
    onSuccess: ({ cancelled }) => {
      void queryClient.invalidateQueries({ queryKey: autopilotKeys.state });
      showToast({ color: 'red', title: t('autopilot.stop'), message: t('autopilot.stopped', { count: cancelled }) });
    },
  });
  useHotkeys([['mod+shift+period', () => stop.mutate()]]);
  if (state.data?.settings.mode !== 'auto') return null;
  return (
    <Tooltip label={t('autopilot.stopHint')}>
      <Button color="red" size="xs" data-testid="autopilot-stop" loading={stop.isPending} onClick={() => stop.mutate()}>
        {t('autopilot.stop')}
      </Button>
    </Tooltip>
  );
}
