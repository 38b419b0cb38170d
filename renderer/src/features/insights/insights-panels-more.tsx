import { BarChart } from '@mantine/charts';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Insights, InsightsPeriod } from '../../../../main/contract/insights-schemas';
import { formatCount, formatShare, formatUsd } from './insights-format';
import { InsightsSection, NO_ANIMATION } from './insights-section';

type PanelProps = { insights: Insights; period: InsightsPeriod };

/** Handoffs by their first reason. */
export function HandoffsPanel({ insights, period }: PanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reason = (code: string) => t(`insights.handoffs.reasons.${code}`, { defaultValue: code });
  const count = t('insights.handoffs.count');
  return (
    <InsightsSection
      title={t('insights.handoffs.title')}
      table="handoffs"
      period={period}
      empty={insights.handoffs.length === 0 ? t('insights.handoffs.empty') : null}
      chart={
        <BarChart
          barProps={NO_ANIMATION}
          h={Math.max(120, 36 * insights.handoffs.length + 40)}
          data={insights.handoffs.map((h) => ({ reason: reason(h.code), count: h.count }))}
          dataKey="reason"
          orientation="vertical"
          yAxisProps={{ width: 170 }}
          valueFormatter={(v) => formatCount(v, lang)}
          series={[{ name: 'count', label: count, color: 'orange.6' }]}
        />
      }
      rows={{
        head: [t('insights.handoffs.reason'), count],
        rows: insights.handoffs.map((h) => ({ key: h.code, cells: [reason(h.code), formatCount(h.count, lang)] })),
      }}
    />
  );
}

/** Warm callbacks sent and answered. */
export function CallbacksPanel({ insights, period }: PanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const c = insights.callbacks;
  return (
    <InsightsSection
      title={t('insights.callbacks.title')}
      table="callbacks"
      period={period}
      empty={c.sent === 0 ? t('insights.callbacks.empty') : null}
      rows={{
        head: [t('insights.callbacks.sent'), t('insights.callbacks.answered'), t('insights.callbacks.rate')],
        rows: [{ key: 'callbacks', cells: [formatCount(c.sent, lang), formatCount(c.answered, lang), formatShare(c.answered, c.sent, lang)] }],
      }}
    />
  );
}

/** Model cost per month and per reply, beside what a per-resolution service would have billed. */
export function CostPanel({ insights, period }: PanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cost = insights.cost;
  const price = formatUsd(cost.perResolutionPriceUsd, lang);
  const model = t('insights.cost.model');
  const perResolution = t('insights.cost.perResolution', { price });
  return (
    <InsightsSection
      title={t('insights.cost.title')}
      hint={t('insights.cost.hint', { price })}
      table="cost"
      period={period}
      wide
      summary={
        <Group gap="xl" wrap="wrap">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('insights.cost.totalModel')}
            </Text>
            <Text fw={700} data-testid="insights-cost-model">
              {formatUsd(cost.draftsUsd + cost.otherUsd, lang)}
            </Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('insights.cost.perReply')}
            </Text>
            <Text fw={700} data-testid="insights-cost-per-reply">
              {cost.perReplyUsd === null ? '—' : formatUsd(cost.perReplyUsd, lang)}
            </Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('insights.cost.totalPerResolution')}
            </Text>
            <Text fw={700} data-testid="insights-cost-per-resolution">
              {formatUsd(cost.perResolutionUsd, lang)}
            </Text>
          </Stack>
          {cost.replies === 0 && (
            <Text size="sm" c="dimmed">
              {t('insights.cost.noReplies')}
            </Text>
          )}
        </Group>
      }
      chart={
        cost.replies > 0 ? (
          <BarChart
          barProps={NO_ANIMATION}
            h={200}
            data={cost.months.map((m) => ({ month: m.month, model: m.draftsUsd + m.otherUsd, perResolution: m.perResolutionUsd }))}
            dataKey="month"
            withLegend
            valueFormatter={(v) => formatUsd(v, lang)}
            series={[
              { name: 'model', label: model, color: 'teal.6' },
              { name: 'perResolution', label: perResolution, color: 'gray.6' },
            ]}
          />
        ) : null
      }
      rows={{
        head: [t('insights.cost.month'), model, t('insights.cost.other'), t('insights.cost.replies'), t('insights.cost.perReply'), t('insights.cost.resolutions'), perResolution],
        rows: cost.months.map((m) => ({
          key: m.month,
          cells: [
            m.month,
            formatUsd(m.draftsUsd, lang),
            formatUsd(m.otherUsd, lang),
            formatCount(m.replies, lang),
            m.replies === 0 ? '—' : formatUsd(m.draftsUsd / m.replies, lang),
            formatCount(m.resolutions, lang),
            formatUsd(m.perResolutionUsd, lang),
          ],
        })),
      }}
    />
  );
}
