import { Button, Card, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateChannel } from '../../../../main/contract/update-schemas';
import { call } from '../../api/call';
import { useSettings, useUpdateStatus } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';

/**
 * Updates and support: the update channel (desktop only; the headless shell is updated by its
 * package manager) and "Copy diagnostics", the same text as `counterpart doctor`.
 */
export function SupportPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const status = useUpdateStatus();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const channel = useMutation({
    mutationFn: async (updateChannel: UpdateChannel) => {
      const next = await call('updateSettings', { updateChannel });
      queryClient.setQueryData(queryKeys.settings, next);
      // Look on the new channel now rather than tomorrow.
      return call('checkForUpdates', {});
    },
    onSuccess: (next) => queryClient.setQueryData(queryKeys.update, next),
  });
  const diagnostics = useMutation({
    mutationFn: () => call('getDiagnostics', {}),
    onSuccess: async ({ text }) => {
      try {
        await navigator.clipboard.writeText(text);
        setCopied('copied');
      } catch {
        // Clipboard access can be refused (an http page, a denied permission): the text stays below.
        setCopied('failed');
      }
    },
  });
  const managed = status.data?.state === 'managed';

  return (
    <Card withBorder padding="lg" radius="md" data-testid="support-panel">
      <Stack gap="sm">
        <Title order={4}>{t('update.support.title')}</Title>
        {!managed && status.data ? (
          <Select
            data-testid="update-channel"
            label={t('update.support.channel')}
            description={t('update.support.channelHelp')}
            value={settings.data?.updateChannel ?? 'stable'}
            allowDeselect={false}
            data={(['stable', 'beta'] as const).map((value) => ({ value, label: t(`update.support.channels.${value}`) }))}
            onChange={(value) => value && channel.mutate(value === 'beta' ? 'beta' : 'stable')}
          />
        ) : null}
        <Text size="sm" c="dimmed">
          {t('update.support.diagnosticsHelp')}
        </Text>
        <Button variant="light" w="fit-content" loading={diagnostics.isPending} onClick={() => diagnostics.mutate()} data-testid="copy-diagnostics">
          {t('update.support.copy')}
        </Button>
        {copied ? (
          <Text size="sm" c={copied === 'copied' ? 'teal' : 'orange'} data-testid="diagnostics-result">
            {t(copied === 'copied' ? 'update.support.copied' : 'update.support.copyFailed')}
          </Text>
        ) : null}
        {diagnostics.data ? <Textarea readOnly autosize maxRows={12} value={diagnostics.data.text} data-testid="diagnostics-text" styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }} /> : null}
      </Stack>
    </Card>
  );
}
