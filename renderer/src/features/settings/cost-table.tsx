import { Card, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';

/** Tokens and estimated cost of model drafts, per day. */
export function CostTable() {
  const { t } = useTranslation();
  const cost = useQuery({ queryKey: queryKeys.cost, queryFn: () => call('getCostSummary', { days: 30 }) });
  const days = cost.data?.days ?? [];
  return (
    <Card padding="lg" data-testid="cost-summary">
      <Title order={4} mb="sm">
        {t('settings.cost')}
      </Title>
      {days.length === 0 ? (
        <Text c="dimmed">{cost.isError ? cost.error.message : t('settings.costEmpty')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.day')}</Table.Th>
              <Table.Th>{t('settings.drafts')}</Table.Th>
              <Table.Th>{t('settings.tokens')}</Table.Th>
              <Table.Th>{t('settings.usd')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((d) => (
              <Table.Tr key={d.day}>
                <Table.Td>{d.day}</Table.Td>
                <Table.Td>{d.drafts}</Table.Td>
                <Table.Td>
                  {d.promptTokens.toLocaleString()} / {d.completionTokens.toLocaleString()}
                </Table.Td>
                <Table.Td>US$ {d.usd.toFixed(4)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
