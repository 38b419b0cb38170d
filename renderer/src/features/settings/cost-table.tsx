import { Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../main/contract/contract';
import { useCostSummary } from '../../api/queries';
import { QueryState } from '../../components/query-state';

const DAYS = 30;

type CostDay = ChannelOutput<'getCostSummary'>['days'][number];
/** What one row of the table, or the total, shows: a day's figures without its date (of the test runs' part, the drafts and US$). */
type Figures = Omit<CostDay, 'day' | 'tests'> & { tests: Pick<CostDay['tests'], 'drafts' | 'usd'> };

/**
 * Tokens and estimated cost of model drafts per day (last 30 days), with a total. The figures are
 * the whole spend; the test runs' part of it has its own column.
 */
export function CostTable() {
  const { t, i18n } = useTranslation();
  const cost = useCostSummary(DAYS);
  const usd = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
  const count = new Intl.NumberFormat(i18n.language);
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const testSpend = (tests: { drafts: number; usd: number }) =>
    tests.drafts === 0 ? '—' : t('settings.testSpend', { count: tests.drafts, usd: usd.format(tests.usd) });
  const formatDay = (value: string) => {
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? value : day.format(date);
  };

  return (
    <Card padding="lg" data-testid="cost-summary">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('settings.cost')}</Title>
        <Text size="xs" c="dimmed">
          {t('settings.costPeriod', { count: DAYS })}
        </Text>
      </Group>
      <QueryState query={cost} minHeight={80}>
        {({ days }) => {
          if (days.length === 0) {
            return (
              <Text c="dimmed" size="sm" data-testid="cost-empty">
                {t('settings.costEmpty')}
              </Text>
            );
          }
          // The total has a day's shape, so one set of cells renders both.
          const total = days.reduce<Figures>(
            (sum, d) => ({
              drafts: sum.drafts + d.drafts,
              promptTokens: sum.promptTokens + d.promptTokens,
              completionTokens: sum.completionTokens + d.completionTokens,
              usd: sum.usd + d.usd,
              tests: { drafts: sum.tests.drafts + d.tests.drafts, usd: sum.tests.usd + d.tests.usd },
            }),
            { drafts: 0, promptTokens: 0, completionTokens: 0, usd: 0, tests: { drafts: 0, usd: 0 } },
          );
          const figureCells = (f: Figures, ids: { tests: string; usd?: string }) => (
            <>
              <Table.Td ta="right">{count.format(f.drafts)}</Table.Td>
              <Table.Td ta="right">
                {count.format(f.promptTokens)} / {count.format(f.completionTokens)}
              </Table.Td>
              <Table.Td ta="right" data-testid={ids.tests}>
                {testSpend(f.tests)}
              </Table.Td>
              <Table.Td ta="right" data-testid={ids.usd}>
                {usd.format(f.usd)}
              </Table.Td>
            </>
          );
          return (
            <>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('settings.day')}</Table.Th>
                    <Table.Th ta="right">{t('settings.drafts')}</Table.Th>
                    <Table.Th ta="right">{t('settings.tokens')}</Table.Th>
                    <Table.Th ta="right">{t('settings.testRuns')}</Table.Th>
                    <Table.Th ta="right">{t('settings.usd')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...days]
                    .sort((a, b) => b.day.localeCompare(a.day))
                    .map((d) => (
                      <Table.Tr key={d.day} data-testid="cost-row" data-day={d.day}>
                        <Table.Td>{formatDay(d.day)}</Table.Td>
                        {figureCells(d, { tests: 'cost-tests' })}
                      </Table.Tr>
                    ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr fw={700}>
                    <Table.Td>{t('settings.total')}</Table.Td>
                    {figureCells(total, { tests: 'cost-tests-total', usd: 'cost-total' })}
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
              {total.tests.drafts > 0 && (
                <Text size="xs" c="dimmed" mt="xs">
                  {t('settings.costIncludesTests')}
                </Text>
              )}
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
