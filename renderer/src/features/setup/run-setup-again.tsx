import { Alert, Button, Card, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { describeError } from '../../lib/describe-error';

/** Settings' "Run setup again": reopens the wizard at its first step (owner only, in the core). */
export function RunSetupAgain() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const restart = useMutation({
    mutationFn: () => call('restartSetup', {}),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.setup, next);
      window.location.hash = '/setup';
    },
  });
  return (
    <Card withBorder padding="lg" data-testid="run-setup-again">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm" c="dimmed">
          {t('setup.runAgainHelp')}
        </Text>
        <Button variant="default" data-testid="run-setup-again-button" loading={restart.isPending} onClick={() => restart.mutate()} style={{ flexShrink: 0 }}>
          {t('setup.runAgain')}
        </Button>
      </Group>
      {restart.isError && (
        <Alert color="red" mt="sm">
          {describeError(restart.error)}
        </Alert>
      )}
    </Card>
  );
}
