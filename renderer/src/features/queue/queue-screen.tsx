import { Badge, Card, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQueue } from '../../api/queries';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { ScreenHeader } from '../../components/screen-header';
import { DraftingCards } from './drafting-card';
import { QueueList } from './queue-list';

/** Everything waiting for the owner: drafts to approve and conversations that need a person. */
export function QueueScreen() {
  const { t } = useTranslation();
  const queue = useQueue();
  const pending = queue.data?.items.filter((item) => item.status === 'pending') ?? [];

  return (
    <>
      <ScreenHeader
        title={t('queue.title')}
        description={t('queue.description')}
        actions={
          pending.length > 0 ? (
            <Badge size="xl" variant="light" color="orange">
              {t('queue.pendingCount', { count: pending.length })}
            </Badge>
          ) : null
        }
      />
      <DraftingCards />
      <QueryState query={queue}>
        {() =>
          pending.length === 0 ? (
            <Card py={56} data-testid="queue-empty">
              <EmptyState
                variant="light"
                size="lg"
                icon={<Icon name="check" size={30} />}
                title={t('queue.emptyTitle')}
                description={t('queue.emptyDescription')}
              />
            </Card>
          ) : (
            <QueueList items={[...pending].sort((a, b) => a.receivedAt - b.receivedAt)} />
          )
        }
      </QueryState>
    </>
  );
}
