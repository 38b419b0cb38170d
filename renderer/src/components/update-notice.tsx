import { Button, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/call';
import { useUpdateStatus } from '../api/queries';

/**
 * The update line under the navigation: "Restart to update" with the release notes once a new
 * version is downloaded; on the headless shell, that its package manager updates it.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const status = useUpdateStatus();
  const restart = useMutation({ mutationFn: () => call('restartToUpdate', {}) });
  const data = status.data;
  if (!data) return null;
  switch (data.state) {
    case 'managed':
      return (
        <Text size="xs" c="dimmed" px="xs" data-testid="update-managed">
          {t('update.managed')}
        </Text>
      );
    case 'downloading':
      return (
        <Text size="xs" c="dimmed" px="xs" data-testid="update-downloading">
          {t('update.downloading', { version: data.version })}
        </Text>
      );
    case 'ready':
      return (
        <Paper withBorder p="xs" mx="xs" mb="xs" data-testid="update-ready">
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('update.ready', { version: data.version })}
              {data.channel === 'beta' ? ` · ${t('update.beta')}` : ''}
            </Text>
            {data.notes ? (
              <>
                <Text size="xs" c="dimmed">
                  {t('update.notes')}
                </Text>
                <ScrollArea.Autosize mah={120}>
                  <Text size="xs" style={{ whiteSpace: 'pre-wrap' }} data-testid="update-notes">
                    {data.notes}
                  </Text>
                </ScrollArea.Autosize>
              </>
            ) : null}
            <Button size="xs" loading={restart.isPending} onClick={() => restart.mutate()} data-testid="update-restart">
              {t('update.restart')}
            </Button>
            {restart.data?.reason === 'sending' ? (
              <Text size="xs" c="orange" data-testid="update-held">
                {t('update.heldSending')}
              </Text>
            ) : null}
          </Stack>
        </Paper>
      );
    case 'idle':
    case 'checking':
    case 'error':
      return null;
    default:
      return data.state satisfies never;
  }
}
