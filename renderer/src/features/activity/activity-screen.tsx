import { ActionIcon, Card, EmptyState, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAudit } from '../../api/queries';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { ScreenHeader } from '../../components/screen-header';
import { TimeAgo } from '../../components/time-ago';
import { ActionBadge } from './action-badge';
import { summarizeDetail } from './summarize-detail';

/** The audit log: who did what, and when. */
export function ActivityScreen() {
  const { t } = useTranslation();
  const audit = useAudit();

  return (
    <>
      <ScreenHeader
        title={t('activity.title')}
        description={t('activity.description')}
        actions={
          <Tooltip label={t('common.refresh')} withArrow>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('common.refresh')}
              loading={audit.isFetching}
              onClick={() => void audit.refetch()}
            >
              <Icon name="refresh" />
            </ActionIcon>
          </Tooltip>
        }
      />
      <Card padding={0}>
        <QueryState query={audit}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState
                py={48}
                data-testid="activity-empty"
                icon={<Icon name="activity" size={28} />}
                title={t('activity.emptyTitle')}
                description={t('activity.emptyDescription')}
              />
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm" horizontalSpacing="md" striped highlightOnHover>
                  <Table.Thead bg="gray.0">
                    <Table.Tr>
                      <Table.Th w={140}>{t('activity.colTime')}</Table.Th>
                      <Table.Th w={140}>{t('activity.colWho')}</Table.Th>
                      <Table.Th w={200}>{t('activity.colAction')}</Table.Th>
                      <Table.Th>{t('activity.colSubject')}</Table.Th>
                      <Table.Th>{t('activity.colDetail')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((entry) => (
                      <Table.Tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                        <Table.Td>
                          <TimeAgo at={entry.at} size="sm" />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {entry.actor}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <ActionBadge action={entry.action} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" ff="monospace">
                            {entry.subject}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c="dimmed" lineClamp={2} title={summarizeDetail(entry.detail, 2000)}>
                            {summarizeDetail(entry.detail)}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}
