/**
 * Each insights table as CSV (RFC 4180, CRLF, no spreadsheet formulas: the fields go through
 * the Activity export's `csvField`, since an ad's title is text a stranger wrote). Figures are
 * plain numbers with a dot (seconds, US dollars), for a spreadsheet to format.
 */
import type { Insights, InsightsTable } from '../../contract/insights-schemas';
import { assertNever } from '../platform/errors';
import { csvField } from '../audit/activity-csv';

type Cell = string | number | null;

function csv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvField(cell === null ? '' : String(cell))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);

/** One table's CSV text and its number of data rows. */
export function insightsCsv(insights: Insights, table: InsightsTable): { text: string; rows: number } {
  const rows = tableRows(insights, table);
  return { text: csv(rows.header, rows.rows), rows: rows.rows.length };
}

function tableRows(i: Insights, table: InsightsTable): { header: string[]; rows: Cell[][] } {
  switch (table) {
    case 'days':
      return { header: ['day', 'started', 'organic', 'from_ads'], rows: i.days.map((d) => [d.day, d.started, d.organic, d.ads]) };
    case 'sources':
      return {
        header: ['source', 'ad_id', 'ad_title', 'started', 'replied', 'purchased'],
        rows: i.sources.map((s) => [s.kind, s.adId, s.title, s.started, s.replied, s.purchased]),
      };
    case 'response_times':
      return {
        header: ['responder', 'turns', 'p50_seconds', 'p90_seconds'],
        rows: [...i.responseTimes.map((r): Cell[] => [r.responder, r.turns, seconds(r.p50Ms), seconds(r.p90Ms)]), ['unanswered', i.unansweredTurns, null, null]],
      };
    case 'drafts': {
      const d = i.drafts;
      const outcomes: Array<[string, number]> = [
        ['auto_sent', d.autoSent],
        ['approved_unedited', d.approvedUnedited],
        ['edited', d.edited],
        ['rejected', d.rejected],
        ['pending', d.pending],
        ['closed', d.closed],
        ['handed_off', d.handedOff],
        ['opted_out', d.optedOut],
      ];
      const share = (n: number) => (d.total === 0 ? null : Math.round((n / d.total) * 10_000) / 10_000);
      return { header: ['outcome', 'drafts', 'share'], rows: outcomes.map(([name, n]) => [name, n, share(n)]) };
    }
    case 'handoffs':
      return { header: ['reason_code', 'drafts'], rows: i.handoffs.map((h) => [h.code, h.count]) };
    case 'callbacks':
      return { header: ['sent', 'answered'], rows: [[i.callbacks.sent, i.callbacks.answered]] };
    case 'cost':
      return {
        header: ['month', 'drafts_usd', 'other_model_usd', 'replies', 'usd_per_reply', 'resolutions', 'per_resolution_service_usd'],
        rows: i.cost.months.map((m) => [
          m.month,
          m.draftsUsd,
          m.otherUsd,
          m.replies,
          m.replies === 0 ? null : Math.round((m.draftsUsd / m.replies) * 1e6) / 1e6,
          m.resolutions,
          m.perResolutionUsd,
        ]),
      };
    default:
      return assertNever(table);
  }
}
