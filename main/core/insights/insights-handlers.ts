/**
 * Insights channels: the figures of a period, and one of its tables as CSV. Read-only, so staff
 * may call them too (not in `owner-only.ts`): the people answering chats see how fast they answer
 * and where chats come from; the model's cost is already on the owner's and staff's screens.
 */
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { insightsCsv } from './insights-csv';

type InsightsChannels = 'getInsights' | 'exportInsights';

/** Registers the insights channels. */
export function insightsHandlers(core: Core): HandlerMap<InsightsChannels> {
  return {
    getInsights: ({ period }) => core.insights.compute(period),
    exportInsights: ({ period, table }) => {
      const insights = core.insights.compute(period);
      const { text, rows } = insightsCsv(insights, table);
      const name = table.replace(/_/g, '-');
      return { fileName: `counterpart-insights-${name}-${insights.period.from}-to-${insights.period.to}.csv`, text, rows };
    },
  };
}
