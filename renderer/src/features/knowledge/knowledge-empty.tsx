import { Button, Card, EmptyState, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { showToast } from '../../lib/toasts';

/** First-run state: the assistant knows nothing yet; offer the demo shop or the owner's own files. */
export function KnowledgeEmpty({ onImport }: { onImport?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const loadDemo = useMutation({
    mutationFn: () => call('loadDemoShop', {}),
    onSuccess: (summary) => {
      queryClient.setQueryData(queryKeys.knowledgeSummary, summary);
      void queryClient.invalidateQueries({ queryKey: queryKeys.knowledge });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit });
      showToast({
        color: 'green',
        title: { key: 'knowledge.demoLoaded' },
        message: { key: 'knowledge.demoLoadedDetail', values: { products: summary.products, faqs: summary.faqs } },
      }, 4000);
    },
  });

  return (
    <Card py={56} data-testid="knowledge-empty">
      <EmptyState
        variant="light"
        size="lg"
        icon={<Icon name="book" size={30} />}
        title={t('knowledge.emptyTitle')}
        description={t('knowledge.emptyDescription')}
      >
        <Group justify="center" gap="sm">
          <Button
            data-testid="load-demo"
            size="md"
            leftSection={<Icon name="sparkles" />}
            loading={loadDemo.isPending}
            onClick={() => loadDemo.mutate()}
          >
            {t('knowledge.loadDemo')}
          </Button>
          {onImport && (
            <Button data-testid="empty-import" size="md" variant="default" leftSection={<Icon name="upload" />} onClick={onImport}>
              {t('knowledge.importOwn')}
            </Button>
          )}
        </Group>
      </EmptyState>
    </Card>
  );
}
