import { Button, Card, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightsPeriod, InsightsTable } from '../../../../main/contract/insights-schemas';
import { call } from '../../api/call';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';
import { downloadFiles } from '../knowledge/import/download';

/**
 * Charts draw at once: seven animated charts cost the main thread more than the figures are
 * worth (a loaded machine took seconds), and nothing moves for people who prefer less motion.
 */
export const NO_ANIMATION = { isAnimationActive: false } as const;

/** A table under a chart: header cells and rows of already formatted cells. */
export type SectionTable = { head: string[]; rows: Array<{ key: string; cells: ReactNode[] }> };

/**
 * One insights card: title, what the figure means, a chart, and the same figures as a table
 * with its CSV download (the core writes the CSV, so the file holds plain numbers). `empty`
 * replaces chart and table with what to do when there is nothing to show.
 */
export function InsightsSection(props: {
  title: string;
  hint?: string;
  table: InsightsTable;
  period: InsightsPeriod;
  chart?: ReactNode;
  rows: SectionTable;
  empty?: string | null;
  summary?: ReactNode;
  /** Spans both columns on wide screens (a table with many columns). */
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => call('exportInsights', { period: props.period, table: props.table }),
    onSuccess: async (csv) => {
      await downloadFiles([{ name: csv.fileName, text: csv.text, type: 'text/csv;charset=utf-8' }]);
      showToast({ color: 'green', title: t('insights.exported', { count: csv.rows }), message: csv.fileName }, 4000);
    },
    onError: (error) => showToast({ color: 'red', title: t('errors.actionFailed'), message: describeError(error) }, 6000),
  });
  return (
    <Card
      withBorder
      padding="md"
      data-testid={`insights-${props.table}`}
      component="section"
      aria-label={props.title}
      style={props.wide ? { gridColumn: '1 / -1' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} size="h4">
              {props.title}
            </Title>
            {props.hint && (
              <Text size="sm" c="dimmed">
                {props.hint}
              </Text>
            )}
          </Stack>
          <Button
            variant="default"
            size="xs"
            style={{ flexShrink: 0 }}
            leftSection={<Icon name="download" size={14} />}
            loading={download.isPending}
            onClick={() => download.mutate()}
            aria-label={t('insights.downloadCsvLabel', { table: props.title })}
            data-testid={`insights-csv-${props.table}`}
          >
            {t('insights.downloadCsv')}
          </Button>
        </Group>
        {props.summary}
        {props.empty ? (
          <Text size="sm" c="dimmed" py="md" data-testid={`insights-empty-${props.table}`}>
            {props.empty}
          </Text>
        ) : (
          <>
            {props.chart}
            <ScrollArea.Autosize mah={240} type="auto" offsetScrollbars>
              <Table striped highlightOnHover fz="sm" stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    {props.rows.head.map((cell, i) => (
                      <Table.Th key={i} ta={i === 0 ? 'left' : 'right'}>
                        {cell}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {props.rows.rows.map((row) => (
                    <Table.Tr key={row.key} data-testid={`insights-row-${props.table}`}>
                      {row.cells.map((cell, i) => (
                        <Table.Td key={i} ta={i === 0 ? 'left' : 'right'}>
                          {cell}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </>
        )}
      </Stack>
    </Card>
  );
}
