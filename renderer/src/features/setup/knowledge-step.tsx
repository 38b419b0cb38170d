import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { useKnowledgeSummary } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { ImportExportTab } from '../knowledge/import/import-export-tab';

/** Knowledge: the demo shop in one click, or the Knowledge screen's own import (folder or CSV). */
export function KnowledgeStep() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const summary = useKnowledgeSummary();
  const [importing, setImporting] = useState(false);
  const loadDemo = useMutation({
    mutationFn: () => call('loadDemoShop', {}),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.knowledgeSummary, next);
      void queryClient.invalidateQueries({ queryKey: queryKeys.knowledge });
    },
  });
  const known = summary.data ? summary.data.products + summary.data.faqs : 0;
  return (
    <Stack gap="md">
      {known > 0 && summary.data && (
        <Alert color="green" data-testid="setup-knowledge-count" icon={<Icon name="check" />}>
          {t('setup.steps.knowledge.have', { products: summary.data.products, faqs: summary.data.faqs })}
        </Alert>
      )}
      <Group gap="sm">
        <Button data-testid="setup-load-demo" leftSection={<Icon name="sparkles" />} loading={loadDemo.isPending} onClick={() => loadDemo.mutate()} variant={known > 0 ? 'default' : 'filled'}>
          {t('setup.steps.knowledge.demo')}
        </Button>
        <Button data-testid="setup-import" variant="default" leftSection={<Icon name="upload" />} onClick={() => setImporting((v) => !v)}>
          {t('setup.steps.knowledge.import')}
        </Button>
      </Group>
      {loadDemo.isError && <Alert color="red">{describeError(loadDemo.error)}</Alert>}
      {importing && <ImportExportTab />}
    </Stack>
  );
}
