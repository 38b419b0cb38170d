import { Button, Card, EmptyState } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { showToast } from '../../lib/toasts';

/** First-run state: the assistant knows nothing yet; offer the demo shop. */
export function KnowledgeEmpty() {
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
        title: t('knowledge.demoLoaded'),
        message: t('knowledge.demoLoadedDetail', { products: summary.products, faqs: summary.faqs }),
      });
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
        <Button
          data-testid="load-demo"
          size="md"
          leftSection={<Icon name="sparkles" />}
          loading={loadDemo.isPending}
          onClick={() => loadDemo.mutate()}
        >
          {t('knowledge.loadDemo')}
        </Button>
      </EmptyState>
    </Card>
  );
}
