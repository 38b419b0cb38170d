import { BarChart, DonutChart } from '@mantine/charts';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Insights, InsightsPeriod, InsightsSource } from '../../../../main/contract/insights-schemas';
import { formatCount, formatDuration, formatShare } from './insights-format';
import { InsightsSection, NO_ANIMATION } from './insights-section';

type PanelProps = { insights: Insights; period: InsightsPeriod };

const CHART_HEIGHT = 220;

/** The label of a source: "Organic", the ad's title, else "Ad <id>". */
export function useSourceLabel(): (source: InsightsSource) => string {
  const { t } = useTranslation();
  return (source) => (source.kind === 'organic' ? t('insights.sources.organic') : (source.title ?? t('insights.sources.adUntitled', { id: source.adId ?? '' })));
}

/** Conversations started per day, organic and from ads (stacked bars), with the total. */
export function StartedPanel({ insights, period }: PanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const total = insights.days.reduce((sum, d) => sum + d.started, 0);
  const organic = t('insights.started.organic');
  const ads = t('insights.started.ads');
  const short = (day: string) => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  return (
    <InsightsSection
      title={t('insights.started.title')}
      table="days"
      period={period}
      summary={
        <Text fw={700} size="xl" data-testid="insights-started-total">
          {t('insights.started.total', { count: total, formatted: formatCount(total, lang) })}
        </Text>
      }
      chart={
        <BarChart
          barProps={NO_ANIMATION}
          h={CHART_HEIGHT}
          data={insights.days.map((d) => ({ day: short(d.day), organic: d.organic, ads: d.ads }))}
          dataKey="day"
          type="stacked"
          withLegend
          valueFormatter={(v) => formatCount(v, lang)}
          series={[
            { name: 'organic', label: organic, color: 'blue.6' },
            { name: 'ads', label: ads, color: 'orange.6' },
          ]}
        />
      }
      rows={{
        head: [t('insights.started.day'), t('insights.started.count'), organic, ads],
        rows: insights.days.map((d) => ({ key: d.day, cells: [short(d.day), formatCount(d.started, lang), formatCount(d.organic, lang), formatCount(d.ads, lang)] })),
      }}
    />
  );
}

/** Started → replied → purchase recorded, per source. */
export function SourcesPanel({ insights, period }: PanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = useSourceLabel();
  const names = { started: t('insights.sources.started'), replied: t('insights.sources.replied'), purchased: t('insights.sources.purchased') };
  return (
    <InsightsSection
      title={t('insights.sources.title')}
      hint={t('insights.sources.hint')}
      table="sources"
      period={period}
      empty={insights.sources.length === 0 ? t('insights.emptyBody') : null}
      chart={
        <BarChart
          barProps={NO_ANIMATION}
          h={CHART_HEIGHT}
          data={insights.sources.slice(0, 8).map((s) => ({ source: label(s), started: s.started, replied: s.replied, purchased: s.purchased }))}
          dataKey="source"
          withLegend
          valueFormatter={(v) => formatCount(v, lang)}
          series={[
            { name: 'started', label: names.started, color: 'blue.6' },
            { name: 'replied', label: names.replied, color: 'teal.6' },
            { name: 'purchased', label: names.purchased, color: 'grape.6' },
          ]}
        />
      }
      rows={{
        head: [t('insights.sources.source'), names.started, names.replied, names.purchased],
        rows: insights.sources.map((s) => ({
          key: s.key,
          cells: [
            label(s),
            formatCount(s.started, lang),
            `${formatCount(s.replied, lang)} (${formatShare(s.replied, s.started, lang)})`,
            `${formatCount(s.purchased, lang)} (${formatShare(s.purchased, s.started, lang)})`,
          ],
        })),
      }}
    />
  );
}

/** First-response p50/p90 for people and for the autopilot. */
export function ResponsePanel({ insights, period }: PanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const wait = (ms: number | null) => (ms === null ? t('insights.response.none') : formatDuration(ms, lang));
  const answered = insights.responseTimes.some((r) => r.turns > 0);
  return (
    <InsightsSection
      title={t('insights.response.title')}
      hint={t('insights.response.hint')}
      table="response_times"
      period={period}
      summary={
        <Text size="sm" data-testid="insights-unanswered">
          {t('insights.response.unanswered', { count: insights.unansweredTurns })}
        </Text>
      }
      chart={
        answered ? (
          <BarChart
          barProps={NO_ANIMATION}
            h={160}
            data={insights.responseTimes.map((r) => ({ responder: t(`insights.response.${r.responder}`), p50: (r.p50Ms ?? 0) / 60_000, p90: (r.p90Ms ?? 0) / 60_000 }))}
            dataKey="responder"
            orientation="vertical"
            yAxisProps={{ width: 110 }}
            withLegend
            valueFormatter={(v) => formatDuration(v * 60_000, lang)}
            series={[
              { name: 'p50', color: 'teal.6' },
              { name: 'p90', color: 'orange.6' },
            ]}
          />
        ) : null
      }
      rows={{
        head: [t('insights.response.responder'), t('insights.response.turns'), t('insights.response.p50'), t('insights.response.p90')],
        rows: insights.responseTimes.map((r) => ({
          key: r.responder,
          cells: [t(`insights.response.${r.responder}`), formatCount(r.turns, lang), wait(r.p50Ms), wait(r.p90Ms)],
        })),
      }}
    />
  );
}

const OUTCOMES = [
  ['autoSent', 'teal.6'],
  ['approvedUnedited', 'blue.6'],
  ['edited', 'indigo.4'],
  ['rejected', 'red.6'],
  ['pending', 'gray.5'],
  ['closed', 'gray.7'],
  ['handedOff', 'orange.6'],
  ['optedOut', 'grape.6'],
] as const;

/** What became of the drafts (donut), with shares. */
export function DraftsPanel({ insights, period }: PanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const d = insights.drafts;
  return (
    <InsightsSection
      title={t('insights.drafts.title')}
      table="drafts"
      period={period}
      empty={d.total === 0 ? t('insights.drafts.empty') : null}
      chart={
        <Group justify="center">
          <DonutChart
            pieProps={NO_ANIMATION}
            size={170}
            thickness={26}
            withTooltip
            tooltipDataSource="segment"
            chartLabel={formatCount(d.total, lang)}
            valueFormatter={(v) => formatCount(v, lang)}
            data={OUTCOMES.filter(([key]) => d[key] > 0).map(([key, color]) => ({ name: t(`insights.drafts.outcomes.${key}`), value: d[key], color }))}
          />
        </Group>
      }
      rows={{
        head: [t('insights.drafts.outcome'), t('insights.drafts.count'), t('insights.drafts.share')],
        rows: OUTCOMES.map(([key]) => ({ key, cells: [t(`insights.drafts.outcomes.${key}`), formatCount(d[key], lang), formatShare(d[key], d.total, lang)] })),
      }}
    />
  );
}
