import { ActionIcon, Alert, Center, EmptyState, Group, Loader, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSIGHTS_PRESETS, type InsightsPeriod, type InsightsPreset } from '../../../../main/contract/insights-schemas';
import { call } from '../../api/call';
import { Icon } from '../../components/icon';
import { ScreenHeader } from '../../components/screen-header';
import { describeError } from '../../lib/describe-error';
import { CallbacksPanel, CostPanel, HandoffsPanel } from './insights-panels-more';
import { DraftsPanel, ResponsePanel, SourcesPanel, StartedPanel } from './insights-panels';

type Choice = InsightsPreset | 'custom';

/**
 * Insights: for a period read in the shop's time zone, where conversations came from and how
 * far they went, how fast the shop answered, what became of the assistant's drafts, callbacks,
 * and the model's cost beside a per-resolution service — each a chart, its table and its CSV.
 * Read-only, for owners and staff alike.
 */
export function InsightsScreen() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>('last_7_days');
  const [custom, setCustom] = useState<{ from: string; to: string } | null>(null);
  const period: InsightsPeriod =
    choice === 'custom' && custom && /^\d{4}-\d{2}-\d{2}$/.test(custom.from) && /^\d{4}-\d{2}-\d{2}$/.test(custom.to)
      ? { kind: 'custom', from: custom.from, to: custom.to }
      : { kind: 'preset', preset: choice === 'custom' ? 'last_30_days' : choice };
  const insights = useQuery({
    queryKey: ['insights', period],
    queryFn: () => call('getInsights', { period }),
    placeholderData: keepPreviousData,
  });
  const data = insights.data;

  const pick = (value: string) => {
    const next = value as Choice;
    // A custom period starts from the one on screen, to be narrowed or widened.
    if (next === 'custom' && custom === null && data) setCustom({ from: data.period.from, to: data.period.to });
    setChoice(next);
  };

  return (
    <>
      <ScreenHeader
        title={t('insights.title')}
        description={t('insights.description')}
        actions={
          <Tooltip label={t('common.refresh')} withArrow>
            <ActionIcon variant="default" size="lg" aria-label={t('common.refresh')} loading={insights.isFetching} onClick={() => void insights.refetch()}>
              <Icon name="refresh" />
            </ActionIcon>
          </Tooltip>
        }
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label={t('insights.periodLabel')}
            data-testid="insights-period"
            value={choice}
            onChange={pick}
            data={[...INSIGHTS_PRESETS, 'custom' as const].map((value) => ({ value, label: t(`insights.period.${value}`) }))}
          />
          {choice === 'custom' && (
            <>
              <TextInput type="date" size="sm" label={t('insights.from')} value={custom?.from ?? ''} onChange={(e) => setCustom({ from: e.currentTarget.value, to: custom?.to ?? '' })} data-testid="insights-from" />
              <TextInput type="date" size="sm" label={t('insights.to')} value={custom?.to ?? ''} onChange={(e) => setCustom({ from: custom?.from ?? '', to: e.currentTarget.value })} data-testid="insights-to" />
            </>
          )}
          {data && (
            <Text size="sm" c="dimmed" data-testid="insights-period-shown">
              {t('insights.periodShown', { from: data.period.from, to: data.period.to, zone: data.period.timeZone })}
            </Text>
          )}
        </Group>
        {insights.isError && (
          <Alert color="red" variant="light" title={t('errors.loadFailed')} data-testid="query-error">
            {describeError(insights.error)}
          </Alert>
        )}
        {data === undefined ? (
          !insights.isError && (
            <Center h={160} data-testid="loading">
              <Loader size="sm" />
            </Center>
          )
        ) : data.days.every((d) => d.started === 0) && data.drafts.total === 0 && data.responseTimes.every((r) => r.turns === 0) ? (
          <EmptyState py={48} data-testid="insights-empty" icon={<Icon name="chart" size={28} />} title={t('insights.emptyTitle')} description={t('insights.emptyBody')} />
        ) : (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" data-testid="insights-panels">
            <StartedPanel insights={data} period={period} />
            <SourcesPanel insights={data} period={period} />
            <ResponsePanel insights={data} period={period} />
            <DraftsPanel insights={data} period={period} />
            <HandoffsPanel insights={data} period={period} />
            <CallbacksPanel insights={data} period={period} />
            <CostPanel insights={data} period={period} />
          </SimpleGrid>
        )}
      </Stack>
    </>
  );
}
