import { ActionIcon, Alert, Box, Button, Card, Center, EmptyState, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityCursor } from '../../../../main/contract/activity-schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { ScreenHeader } from '../../components/screen-header';
import { TimeAgo } from '../../components/time-ago';
import { describeError } from '../../lib/describe-error';
import { formatAbsolute } from '../../lib/time';
import { showToast } from '../../lib/toasts';
import { downloadFiles } from '../knowledge/import/download';
import { ActionBadge } from './action-badge';
import { ActivityFilters, NO_FILTER, toActivityFilter, type FilterState } from './activity-filters';
import { EntryDetail } from './entry-detail';

const PAGE_SIZE = 100;

/**
 * Activity written for people: what happened, to which customer, who did it and when (an edit
 * as a diff), filtered by customer, person, kind and date, paged by a keyset cursor as far back
 * as the log goes, exported as CSV.
 */
export function ActivityScreen() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<FilterState>(NO_FILTER);
  const filter = toActivityFilter(filters);
  const pages = useInfiniteQuery({
    queryKey: queryKeys.activity(filter),
    queryFn: ({ pageParam }) => call('listActivity', { ...filter, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as ActivityCursor | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const entries = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const exportCsv = useMutation({
    mutationFn: () => call('exportActivity', filter),
    onSuccess: async (csv) => {
      await downloadFiles([{ name: csv.fileName, text: csv.text, type: 'text/csv;charset=utf-8' }]);
      showToast({ color: 'green', title: t('activity.exported', { count: csv.rows }), message: csv.fileName }, 4000);
    },
    onError: (error) => showToast({ color: 'red', title: t('errors.actionFailed'), message: describeError(error) }, 6000),
  });
  const actorLabel = (actor: string) => (actor === 'assistant' ? t('activity.assistant') : actor === 'system' ? t('activity.system') : actor);

  return (
    <>
      <ScreenHeader
        title={t('activity.title')}
        description={t('activity.description')}
        actions={
          <Group gap="xs">
            <Button variant="default" leftSection={<Icon name="download" size={16} />} loading={exportCsv.isPending} onClick={() => exportCsv.mutate()} data-testid="activity-export">
              {t('activity.exportCsv')}
            </Button>
            <Tooltip label={t('common.refresh')} withArrow>
              <ActionIcon variant="default" size="lg" aria-label={t('common.refresh')} loading={pages.isFetching && !pages.isFetchingNextPage} onClick={() => void pages.refetch()}>
                <Icon name="refresh" />
              </ActionIcon>
            </Tooltip>
          </Group>
        }
      />
      <Stack gap="sm">
        <ActivityFilters value={filters} onChange={setFilters} actorLabel={actorLabel} />
        <Card padding={0}>
          {pages.data === undefined ? (
            pages.isError ? (
              <Alert color="red" variant="light" title={t('errors.loadFailed')} m="sm" data-testid="query-error">
                {describeError(pages.error)}
              </Alert>
            ) : (
              <Center h={160} data-testid="loading">
                <Loader size="sm" />
              </Center>
            )
          ) : entries.length === 0 ? (
            <EmptyState
              py={48}
              data-testid="activity-empty"
              icon={<Icon name="activity" size={28} />}
              title={JSON.stringify(filters) === JSON.stringify(NO_FILTER) ? t('activity.emptyTitle') : t('activity.noMatches')}
              description={JSON.stringify(filters) === JSON.stringify(NO_FILTER) ? t('activity.emptyDescription') : undefined}
            />
          ) : (
            <Box role="list" aria-label={t('activity.title')}>
              {entries.map((entry) => (
                <Group
                  key={entry.id}
                  role="listitem"
                  data-testid="audit-row"
                  data-action={entry.action}
                  data-kind={entry.kind}
                  align="flex-start"
                  wrap="nowrap"
                  gap="md"
                  px="md"
                  py="sm"
                  style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                >
                  <Box w={120} style={{ flexShrink: 0 }}>
                    <TimeAgo at={entry.at} size="sm" fw={500} />
                    <Text size="xs" c="gray.7">
                      {formatAbsolute(entry.at, i18n.language)}
                    </Text>
                  </Box>
                  <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                    <Group gap="xs" wrap="wrap">
                      <ActionBadge action={entry.action} />
                      {entry.customerName !== null && (
                        <Text size="sm" fw={650} data-testid="audit-customer">
                          {entry.customerName}
                        </Text>
                      )}
                      <Text size="sm" c="gray.7" data-testid="audit-actor">
                        · {actorLabel(entry.actor)}
                      </Text>
                    </Group>
                    <EntryDetail entry={entry} />
                  </Stack>
                </Group>
              ))}
              <Group justify="space-between" px="md" py="sm">
                <Text size="sm" c="gray.7" data-testid="activity-shown">
                  {t('activity.shown', { count: entries.length })}
                </Text>
                {pages.hasNextPage && (
                  <Button variant="default" size="xs" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()} data-testid="activity-more">
                    {t('activity.loadMore')}
                  </Button>
                )}
              </Group>
            </Box>
          )}
        </Card>
      </Stack>
    </>
  );
}
