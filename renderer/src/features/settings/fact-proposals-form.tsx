import { Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { useModelConfig, useSettings } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';

/**
 * Customer facts proposed in the background (Settings): on unless the owner switches it off, and
 * only with a model (offline, staff add facts on the card). Proposals always wait for a person.
 */
export function FactProposalsForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const model = useModelConfig();
  const save = useMutation({
    mutationFn: (patch: Pick<Settings, 'autoProposeFacts'>) => call('updateSettings', patch),
    onMutate: (patch) => queryClient.setQueryData<Settings>(queryKeys.settings, (old) => (old ? { ...old, ...patch } : old)),
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.settings }),
    onSuccess: (next) => queryClient.setQueryData(queryKeys.settings, next),
  });
  const hasModel = !!model.data && model.data.provider !== 'none' && model.data.model.trim() !== '';
  return (
    <Card withBorder padding="lg" data-testid="fact-proposals-settings">
      <Stack gap="sm">
        <Title order={4}>{t('factProposals.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('factProposals.description')}
        </Text>
        <Switch
          data-testid="fact-proposals-enabled"
          label={t('factProposals.enabled')}
          checked={hasModel && settings.data?.autoProposeFacts !== false}
          disabled={!hasModel || settings.isLoading}
          onChange={(e) => save.mutate({ autoProposeFacts: e.currentTarget.checked })}
        />
        {!hasModel && (
          <Text size="xs" c="dimmed" data-testid="fact-proposals-no-model">
            {t('factProposals.noModel')}
          </Text>
        )}
        {save.isSuccess && (
          <Text size="xs" c="dimmed">
            {t('factProposals.saved')}
          </Text>
        )}
        {save.isError && (
          <Text size="xs" c="red" role="alert">
            {t('factProposals.failed', { message: save.error.message })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
